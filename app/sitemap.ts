// sitemap.xml in files of at most 50 000 URLs, served at /sitemap/0.xml, /sitemap/1.xml…; the index
// that lists them is /sitemap-index.xml (Next.js does not write one, and a route at /sitemap.xml
// would collide with this file). What each file holds: lib/seo/sitemap.ts.
import type { MetadataRoute } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { sitemapChunk, sitemapChunkCount } from '@/lib/seo/sitemap';

/** Always read the catalogue at request time: listings change all day. */
export const dynamic = 'force-dynamic';

export async function generateSitemaps(): Promise<Array<{ id: number }>> {
  // Next.js also calls this while building, to list static params: the database is not part of the
  // build. Requests call it again, and are answered with the files the catalogue needs then.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [{ id: 0 }];
  const count = await sitemapChunkCount();
  return Array.from({ length: count }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemapChunk(Number(await id));
}
