// Splitting the sitemap: its URLs are sections read in a fixed order (static pages, listings,
// department pages, commune pages); chunk n holds URLs [n × size, (n + 1) × size) of that sequence,
// and this works out which slice of which sections that is, so each chunk reads only its own rows.

/** The sitemaps protocol's limit of URLs per file. */
export const SITEMAP_CHUNK_SIZE = 50_000;

export type Section<K extends string = string> = { kind: K; count: number };
export type SectionSlice<K extends string = string> = { kind: K; offset: number; limit: number };

/** Number of sitemap files for this many URLs (one, empty, when there are none). */
export function chunkCount(total: number, size = SITEMAP_CHUNK_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows of each section that chunk `index` holds, in order; empty slices left out. */
export function chunkSlices<K extends string>(sections: Section<K>[], index: number, size = SITEMAP_CHUNK_SIZE): SectionSlice<K>[] {
  const start = index * size;
  const end = start + size;
  const slices: SectionSlice<K>[] = [];
  let sectionStart = 0;
  for (const section of sections) {
    const sectionEnd = sectionStart + section.count;
    const from = Math.max(start, sectionStart);
    const to = Math.min(end, sectionEnd);
    if (from < to) slices.push({ kind: section.kind, offset: from - sectionStart, limit: to - from });
    sectionStart = sectionEnd;
  }
  return slices;
}
