// Official departments and communes from @etalab/decoupage-administratif (INSEE's geography), and a
// population-weighted picker so generated advertisers live where people do.
import fs from 'node:fs';
import type { Prisma } from '@/lib/db/client';
import type { Random } from '@/lib/seed/random';
import { slugify } from '@/lib/seed/slug';

interface EtalabDepartment {
  code: string;
  nom: string;
  region?: string;
}

interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
}

export type DepartmentRow = Prisma.DepartmentCreateManyInput;

export interface CommuneRow {
  code: string;
  name: string;
  slug: string;
  departmentCode: string;
  postalCodes: string[];
  population: number | null;
}

function readDataset<T>(file: string): T {
  const path = require.resolve(`@etalab/decoupage-administratif/data/${file}`);
  return JSON.parse(fs.readFileSync(path, 'utf8')) as T;
}

/** Slugs that collide get the department code, then the INSEE code if still ambiguous. */
function assignSlugs<T extends { code: string; name: string; departmentCode: string }>(
  rows: T[],
): Array<T & { slug: string }> {
  const countBy = (keys: string[]) =>
    keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<string, number>());
  const base = rows.map((row) => slugify(row.name));
  const baseCounts = countBy(base);
  const withDepartment = rows.map((row, i) =>
    baseCounts.get(base[i])! > 1 ? `${base[i]}-${row.departmentCode.toLowerCase()}` : base[i],
  );
  const departmentCounts = countBy(withDepartment);
  return rows.map((row, i) => ({
    ...row,
    slug: departmentCounts.get(withDepartment[i])! > 1 ? `${base[i]}-${row.code.toLowerCase()}` : withDepartment[i],
  }));
}

export function loadPlaces(): { departments: DepartmentRow[]; communes: CommuneRow[] } {
  const departments = readDataset<EtalabDepartment[]>('departements.json').map((department) => ({
    code: department.code,
    name: department.nom,
    slug: `${slugify(department.nom)}-${department.code.toLowerCase()}`,
    regionCode: department.region ?? null,
  }));
  const communes = assignSlugs(
    readDataset<EtalabCommune[]>('communes.json')
      // Delegated and associated communes and Paris/Lyon/Marseille districts are not communes today.
      .filter((commune) => commune.type === 'commune-actuelle')
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((commune) => ({
        code: commune.code,
        name: commune.nom,
        departmentCode: commune.departement,
        postalCodes: commune.codesPostaux ?? [],
        population: commune.population ?? null,
      })),
  );
  return { departments, communes };
}

const WITHOUT_SIRET = new Set(['984', '986', '987', '988', '989']);

/** Draws communes with a probability proportional to their population (binary search over sums). */
export class CommunePicker {
  private readonly communes: CommuneRow[];
  private readonly cumulative: number[];
  private readonly byDepartment = new Map<string, CommuneRow[]>();
  private readonly byInseeCode = new Map<string, CommuneRow>();

  constructor(communes: CommuneRow[]) {
    // Uninhabited communes (TAAF, villages « morts pour la France ») have no population or postcode;
    // Polynesia, New Caledonia and Wallis-et-Futuna have no SIRET, hence no micro-entrepreneurs.
    this.communes = communes.filter(
      (commune) =>
        (commune.population ?? 0) > 0 &&
        commune.postalCodes.length > 0 &&
        !WITHOUT_SIRET.has(commune.departmentCode),
    );
    let total = 0;
    this.cumulative = this.communes.map((commune) => (total += commune.population!));
    for (const commune of this.communes) {
      this.byInseeCode.set(commune.code, commune);
      const list = this.byDepartment.get(commune.departmentCode) ?? [];
      list.push(commune);
      this.byDepartment.set(commune.departmentCode, list);
    }
  }

  pick(random: Random): CommuneRow {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.communes[low];
  }

  byCode(code: string): CommuneRow {
    const commune = this.byInseeCode.get(code);
    if (!commune) throw new Error(`Unknown or uninhabited commune ${code}`);
    return commune;
  }

  /** Other communes of the same department, for service areas (no coordinates in the dataset). */
  neighbours(random: Random, commune: CommuneRow, count: number): CommuneRow[] {
    const sameDepartment = this.byDepartment.get(commune.departmentCode) ?? [];
    const chosen = new Map<string, CommuneRow>();
    for (let attempt = 0; attempt < count * 4 && chosen.size < count; attempt++) {
      const other = random.pick(sameDepartment);
      if (other.code !== commune.code) chosen.set(other.code, other);
    }
    return [...chosen.values()];
  }
}
