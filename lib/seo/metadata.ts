// Page metadata in one shape for every public page: title, description, canonical URL and Open Graph.
// Next.js merges metadata shallowly, so a page that sets `openGraph` replaces the layout's whole
// object: this helper always writes every Open Graph field the site promises.
import 'server-only';
import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { frenchSpacing } from '@/lib/format/french';

/** Meta descriptions longer than this are cut by search engines: cut them ourselves, on a word. */
const DESCRIPTION_LENGTH = 160;

export type PageMetadataInput = {
  title: string;
  description: string;
  /** The page's own URL path, e.g. `/plombier/colmar` (made absolute by the layout's metadataBase). */
  path: string;
  /** Keep out of search indexes while letting crawlers follow the links (and name no canonical URL:
   * « noindex » and « canonical » would send search engines contradictory signals). */
  noindex?: boolean;
};

/** Absolute URL of a path on this site (structured data needs absolute URLs). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

/** One line, French spacing, at most 160 characters (cut on a word, with an ellipsis). */
export function metaDescription(text: string): string {
  const line = frenchSpacing(text.replace(/\s+/g, ' ').trim());
  if (line.length <= DESCRIPTION_LENGTH) return line;
  const cut = line.slice(0, DESCRIPTION_LENGTH - 1);
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > 80 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function pageMetadata({ title: rawTitle, description, path, noindex = false }: PageMetadataInput): Metadata {
  const { SITE_NAME } = env();
  const title = frenchSpacing(rawTitle);
  const text = metaDescription(description);
  return {
    title,
    description: text,
    openGraph: { title, description: text, url: path, type: 'website', locale: 'fr_FR', siteName: SITE_NAME },
    ...(noindex ? { robots: { index: false, follow: true } } : { alternates: { canonical: path } }),
  };
}
