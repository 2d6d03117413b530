// One published review: author, rating, dates of the review and of the experience (Code de la
// consommation D111-17), what « Avis vérifié » means, and the professional's reply.
import { Badge } from '@/components/ui/badge';
import { Stars } from '@/components/ui/stars';
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { formatCalendarDate, formatDate } from '@/lib/format/french';
import type { PublicReview } from '@/lib/listings/queries';

export function ReviewItem({ review }: { review: PublicReview }) {
  const postedAt = review.publishedAt ?? review.createdAt;
  return (
    <article className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div>
          <h3 className="font-semibold text-ink-950">{review.authorName}</h3>
          <p className="mt-1 text-sm text-ink-700">
            <Stars value={review.rating} />
          </p>
        </div>
        <Badge tone="success" title="Déposé avec un code client à usage unique remis par le professionnel">
          <VerifiedIcon className="h-3.5 w-3.5" />
          Avis vérifié
        </Badge>
      </header>
      {review.title && <p className="mt-3 font-semibold text-ink-950">{review.title}</p>}
      <p className={review.title ? 'mt-1 whitespace-pre-line text-ink-800' : 'mt-3 whitespace-pre-line text-ink-800'}>
        {review.body}
      </p>
      <p className="mt-3 text-sm text-ink-600">
        Avis du {formatDate(postedAt)} · expérience du {formatCalendarDate(review.experienceDate)}
        <span className="sr-only">. Avis vérifié&nbsp;: déposé avec un code client à usage unique remis par le professionnel.</span>
      </p>
      {review.reply && (
        <div className="mt-4 border-l-4 border-brand-200 bg-brand-50 py-3 pr-3 pl-4">
          <p className="text-sm font-semibold text-brand-900">
            Réponse du professionnel, le {formatDate(review.reply.createdAt)}
          </p>
          <p className="mt-1 whitespace-pre-line text-ink-800">{review.reply.body}</p>
        </div>
      )}
    </article>
  );
}
