// Places as the advertiser types them in « Zone d'intervention »: departments and communes whose
// name starts with the text (accents and case ignored) or whose code / postcode starts with it.
import 'server-only';
import { z } from 'zod';
import { prisma } from '@/lib/db/client';
import { placeLabel } from '@/lib/format/french';

export const MAX_PLACES = 10;
const MAX_DEPARTMENTS = 3;

export const placeQuerySchema = z.string().trim().min(2).max(60);

export type PlaceSuggestion = {
  kind: 'commune' | 'department';
  code: string;
  /** « Colmar (68) », « Haut-Rhin (68) »: also the chip's text once chosen. */
  label: string;
  /** « 68000 », « Tout le département ». */
  detail: string;
};

/** LIKE treats % and _ as wildcards: typed text matches literally. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, '\\$&')}%`;
}

export async function searchPlaces(text: string): Promise<PlaceSuggestion[]> {
  const prefix = likePrefix(text);
  const digits = /^\d+$/.test(text);
  const departments = await prisma.$queryRaw<Array<{ code: string; name: string }>>`
    SELECT d."code", d."name" FROM "Department" d
    WHERE search_normalize(d."name") LIKE search_normalize(${prefix}) OR upper(d."code") = upper(${text})
    ORDER BY (upper(d."code") = upper(${text})) DESC, d."name"
    LIMIT ${MAX_DEPARTMENTS}`;
  // Digits are a postcode (prefix), anything else a name (prefix on the indexed normalised name).
  const communes = digits
    ? await prisma.$queryRaw<Array<{ code: string; name: string; departmentCode: string; postalCodes: string[] }>>`
        SELECT c."code", c."name", c."departmentCode", c."postalCodes" FROM "Commune" c
        WHERE EXISTS (SELECT 1 FROM unnest(c."postalCodes") AS p(code) WHERE p.code LIKE ${prefix})
        ORDER BY c."population" DESC NULLS LAST, c."name"
        LIMIT ${MAX_PLACES - departments.length}`
    : await prisma.$queryRaw<Array<{ code: string; name: string; departmentCode: string; postalCodes: string[] }>>`
        SELECT c."code", c."name", c."departmentCode", c."postalCodes" FROM "Commune" c
        WHERE search_normalize(c."name") LIKE search_normalize(${prefix})
        ORDER BY (search_normalize(c."name") = search_normalize(${text})) DESC, c."population" DESC NULLS LAST, c."name"
        LIMIT ${MAX_PLACES - departments.length}`;
  return [
    ...departments.map((d): PlaceSuggestion => ({ kind: 'department', code: d.code, label: `${d.name} (${d.code})`, detail: 'Tout le département' })),
    ...communes.map((c): PlaceSuggestion => ({
      kind: 'commune',
      code: c.code,
      label: placeLabel(c.name, c.departmentCode),
      detail: (digits ? c.postalCodes.find((code) => code.startsWith(text)) : c.postalCodes[0]) ?? '',
    })),
  ];
}
