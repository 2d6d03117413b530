'use client';
// The listing's published reviews: newest first by default (the order the review policy states), or by
// rating on request, ten at a time with « Voir plus d'avis ».
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field-styles';
import type { PublicReview } from '@/lib/listings/queries';
import { ReviewItem } from './review-item';

export const REVIEWS_PER_PAGE = 10;

const SORTS = {
  recent: 'Les plus récents d’abord',
  'rating-desc': 'Note\u00a0: la plus haute d’abord',
  'rating-asc': 'Note\u00a0: la plus basse d’abord',
} as const;

type Sort = keyof typeof SORTS;

function sorted(reviews: PublicReview[], sort: Sort): PublicReview[] {
  if (sort === 'recent') return reviews;
  const direction = sort === 'rating-desc' ? -1 : 1;
  // Stable sort: within one rating, the newest first still.
  return [...reviews].sort((a, b) => direction * (a.rating - b.rating));
}

export function ReviewList({ reviews }: { reviews: PublicReview[] }) {
  const [sort, setSort] = useState<Sort>('recent');
  const [shown, setShown] = useState(REVIEWS_PER_PAGE);
  const visible = sorted(reviews, sort).slice(0, shown);
  return (
    <div className="mt-6">
      {reviews.length > 1 && (
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="tri-avis" className="text-sm font-semibold text-ink-900">
            Trier par
          </label>
          <select
            id="tri-avis"
            value={sort}
            onChange={(event) => {
              setSort(event.target.value as Sort);
              setShown(REVIEWS_PER_PAGE);
            }}
            className={controlClasses('max-w-xs')}
          >
            {(Object.keys(SORTS) as Sort[]).map((key) => (
              <option key={key} value={key}>
                {SORTS[key]}
              </option>
            ))}
          </select>
        </div>
      )}
      <ol className="mt-4 space-y-4">
        {visible.map((review) => (
          <li key={review.id}>
            <ReviewItem review={review} />
          </li>
        ))}
      </ol>
      <p role="status" className="mt-4 text-sm text-ink-700">
        {`Avis affichés\u00a0: ${visible.length} sur ${reviews.length}`}
      </p>
      {shown < reviews.length && (
        <Button variant="secondary" className="mt-3" onClick={() => setShown((count) => count + REVIEWS_PER_PAGE)}>
          Voir plus d’avis
        </Button>
      )}
    </div>
  );
}
