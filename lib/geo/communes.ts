// Postcode and town checked against the official list of communes (seeded from the INSEE/La Poste data).
import 'server-only';
import { prisma } from '@/lib/db/client';

/** « Saint-Étienne », « ST ETIENNE » and « saint etienne » compare equal. */
export function foldCommuneName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[''’\-\s]+/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .trim();
}

export type CommuneMatch =
  | { kind: 'ok'; commune: { code: string; name: string } }
  | { kind: 'unknown_postal_code' }
  | { kind: 'city_mismatch'; candidates: string[] };

export async function matchCommune(postalCode: string, city: string): Promise<CommuneMatch> {
  const communes = await prisma.commune.findMany({
    where: { postalCodes: { has: postalCode } },
    select: { code: true, name: true },
    orderBy: { population: { sort: 'desc', nulls: 'last' } },
  });
  if (communes.length === 0) return { kind: 'unknown_postal_code' };
  const wanted = foldCommuneName(city);
  const commune = communes.find((candidate) => foldCommuneName(candidate.name) === wanted);
  return commune ? { kind: 'ok', commune } : { kind: 'city_mismatch', candidates: communes.map((c) => c.name) };
}

/** Town names for a postcode, for the sign-up form's suggestions. */
export async function communeNamesForPostalCode(postalCode: string): Promise<string[]> {
  if (!/^\d{5}$/.test(postalCode)) return [];
  const communes = await prisma.commune.findMany({
    where: { postalCodes: { has: postalCode } },
    select: { name: true },
    orderBy: { name: 'asc' },
  });
  return communes.map((commune) => commune.name);
}
