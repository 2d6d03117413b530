// Sitemap files of at most N URLs: chunk n takes URLs [n × N, (n + 1) × N) across the sections, in order.
import { chunkCount, chunkSlices, SITEMAP_CHUNK_SIZE } from '@/lib/seo/sitemap-chunks';

const sections = [
  { kind: 'static', count: 3 },
  { kind: 'listings', count: 5 },
  { kind: 'departments', count: 0 },
  { kind: 'communes', count: 4 },
];

describe('sitemap chunks', () => {
  it('uses the protocol’s limit of 50 000 URLs, and one (empty) file when there is nothing', () => {
    expect(SITEMAP_CHUNK_SIZE).toBe(50_000);
    expect(chunkCount(0)).toBe(1);
    expect(chunkCount(50_000)).toBe(1);
    expect(chunkCount(50_001)).toBe(2);
  });

  it('cuts the sections into slices that cover every row once, none larger than the chunk', () => {
    const size = 5;
    expect(chunkCount(12, size)).toBe(3);
    expect(chunkSlices(sections, 0, size)).toEqual([
      { kind: 'static', offset: 0, limit: 3 },
      { kind: 'listings', offset: 0, limit: 2 },
    ]);
    expect(chunkSlices(sections, 1, size)).toEqual([
      { kind: 'listings', offset: 2, limit: 3 },
      { kind: 'communes', offset: 0, limit: 2 },
    ]);
    expect(chunkSlices(sections, 2, size)).toEqual([{ kind: 'communes', offset: 2, limit: 2 }]);
    expect(chunkSlices(sections, 3, size)).toEqual([]);
  });
});
