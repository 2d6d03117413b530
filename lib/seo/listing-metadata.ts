// Metadata of a public listing page (/annonce/[slug]): « Title – Category à Commune », its pitch or
// description, canonical URL and Open Graph, in the same shape as every other public page.
import 'server-only';
import type { Metadata } from 'next';
import { markdownToPlainText } from '@/lib/listings/markdown';
import { pageMetadata } from './metadata';

export type ListingMetadataSource = {
  slug: string;
  title: string;
  categoryName: string;
  communeName: string;
  /** Limited Markdown: read as plain text. */
  description: string;
  pitch?: string | null;
};

export function listingMetadata(listing: ListingMetadataSource): Metadata {
  return pageMetadata({
    title: `${listing.title} – ${listing.categoryName} à ${listing.communeName}`,
    description: listing.pitch?.trim() ? listing.pitch : markdownToPlainText(listing.description),
    path: `/annonce/${listing.slug}`,
  });
}
