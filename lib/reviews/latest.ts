// The latest published reviews of public listings, for the home page: rating, title, a short
// excerpt, the author as « Marie D. » (a first name and an initial, never a full name) and the listing.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { publicListingWhere } from '@/lib/listings/visibility';

/** Characters of the review body shown on the home page. */
const EXCERPT_LENGTH = 180;

export type LatestReview = {
  id: string;
  rating: number;
  title: string | null;
  excerpt: string;
  author: string;
  /** When it was published (its creation date for the rare review published without one). */
  postedAt: Date;
  listing: { slug: string; title: string; categoryName: string; communeName: string; departmentCode: string };
};

/**
 * « Marie Dupont » → « Marie D. »; « Jean-Pierre » → « Jean-Pierre ». New reviews are stored in that
 * form already (lib/reviews/redemption.ts); an anonymised author (« Client anonymisé ») stays as is.
 */
export function shortAuthorName(fullName: string, anonymized = false): string {
  if (anonymized) return fullName;
  const [first, ...rest] = fullName.trim().split(/\s+/);
  const initial = rest.find((word) => /\p{L}/u.test(word))?.match(/\p{L}/u)?.[0];
  return initial ? `${first} ${initial.toUpperCase()}.` : (first ?? '');
}

/** The body on one line, cut on a word with an ellipsis. */
export function reviewExcerpt(body: string, length = EXCERPT_LENGTH): string {
  const line = body.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  const cut = line.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export async function getLatestReviews(limit = 6): Promise<LatestReview[]> {
  const rows = await prisma.review.findMany({
    where: { status: 'PUBLISHED', listing: publicListingWhere },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: limit,
    select: {
      id: true,
      rating: true,
      title: true,
      body: true,
      authorName: true,
      anonymizedAt: true,
      publishedAt: true,
      createdAt: true,
      listing: {
        select: {
          slug: true,
          title: true,
          category: { select: { name: true } },
          commune: { select: { name: true, departmentCode: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    rating: row.rating,
    title: row.title,
    excerpt: reviewExcerpt(row.body),
    author: shortAuthorName(row.authorName, row.anonymizedAt !== null),
    postedAt: row.publishedAt ?? row.createdAt,
    listing: {
      slug: row.listing.slug,
      title: row.listing.title,
      categoryName: row.listing.category.name,
      communeName: row.listing.commune.name,
      departmentCode: row.listing.commune.departmentCode,
    },
  }));
}
