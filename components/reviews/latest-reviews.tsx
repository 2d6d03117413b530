// « Derniers avis » on the home page: each review's rating, title, excerpt, author (« Marie D. »),
// date and a link to the listing it is about, with what « Avis vérifié » means.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Stars } from '@/components/ui/stars';
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { VERIFIED_MEANING } from '@/components/reviews/review-item';
import { formatDate, placeLabel } from '@/lib/format/french';
import type { LatestReview } from '@/lib/reviews/latest';

export function LatestReviews({ reviews }: { reviews: LatestReview[] }) {
  return (
    <ul className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-2 lg:grid-cols-3">
      {reviews.map((review) => (
        <li key={review.id}>
          <article className="flex h-full flex-col gap-3 rounded-card border border-ink-200 bg-white p-5 shadow-card">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Stars value={review.rating} />
              <Link href="/avis-verifies" title={VERIFIED_MEANING} className="rounded-pill focus-visible:outline-2 focus-visible:outline-focus">
                <Badge tone="success">
                  <VerifiedIcon className="h-3.5 w-3.5" />
                  Avis vérifié
                  <span className="sr-only">{`\u00a0: ${VERIFIED_MEANING.toLowerCase()} (en savoir plus)`}</span>
                </Badge>
              </Link>
            </div>
            <h3 className="font-semibold text-ink-950">{review.title ?? `Avis de ${review.author}`}</h3>
            <p className="text-ink-800">{review.excerpt}</p>
            <p className="mt-auto text-sm text-ink-600">
              {review.title ? `${review.author}, le` : 'Le'} {formatDate(review.postedAt)}, à propos de{' '}
              <Link href={`/annonce/${review.listing.slug}`} className="font-semibold text-brand-700 underline hover:text-brand-900">
                {review.listing.title}
              </Link>{' '}
              ({review.listing.categoryName}, {placeLabel(review.listing.communeName, review.listing.departmentCode)})
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
