// The sitemap index (sitemaps.org protocol): one <sitemap> per file that app/sitemap.ts serves.
// robots.txt points here.
import { sitemapChunkCount } from '@/lib/seo/sitemap';
import { absoluteUrl } from '@/lib/seo/metadata';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const count = await sitemapChunkCount();
  const entries = Array.from({ length: count }, (_, id) => `  <sitemap><loc>${absoluteUrl(`/sitemap/${id}.xml`)}</loc></sitemap>`);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
