// One published review: author (« Marie D. », or « Client anonymisé »), rating, dates of the review and
// of the experience (Code de la consommation D111-17), the « Avis vérifié » mark with what it checks,
// linking to the review policy, and the professional's reply. Everything user-written is plain text.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Stars } from '@/components/ui/stars';
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { formatCalendarDate, formatDate } from '@/lib/format/french';
import type { PublicReview } from '@/lib/listings/queries';

export const VERIFIED_MEANING = 'Déposé avec un code client à usage unique remis par le professionnel';

export function ReviewItem({ review }: { review: PublicReview }) {
  const postedAt = review.publishedAt ?? review.createdAt;
  return (
    <article id={`avis-${review.id}`} className="scroll-mt-24 rounded-card border border-ink-200 bg-white p-5 shadow-card">
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div>
          <h3 className="font-semibold text-ink-950">{review.authorName}</h3>
          <p className="mt-1 text-sm text-ink-700">
            <Stars value={review.rating} />
          </p>
        </div>
        <Link href="/avis-verifies" className="rounded-pill focus-visible:outline-2 focus-visible:outline-focus" title={VERIFIED_MEANING}>
          <Badge tone="success">
            <VerifiedIcon className="h-3.5 w-3.5" />
            Avis vérifié
            <span className="sr-only">{`\u00a0: ${VERIFIED_MEANING.toLowerCase()} (en savoir plus)`}</span>
          </Badge>
        </Link>
      </header>
      {review.title && <p className="mt-3 font-semibold break-words text-ink-950">{review.title}</p>}
      <p className={`${review.title ? 'mt-1' : 'mt-3'} break-words whitespace-pre-line text-ink-800`}>{review.body}</p>
      <p className="mt-3 text-sm text-ink-600">
        Avis du {formatDate(postedAt)} · expérience du {formatCalendarDate(review.experienceDate)}
      </p>
      <p className="mt-1 text-xs text-ink-600" aria-hidden="true">
        {VERIFIED_MEANING}.
      </p>
      <p className="mt-2 text-xs">
        <Link href={`/signaler?type=review&id=${review.id}`} rel="nofollow" className="text-ink-600 underline underline-offset-2 hover:text-brand-800">
          Signaler cet avis
        </Link>
      </p>
      {review.reply && (
        <div className="mt-4 border-l-4 border-brand-200 bg-brand-50 py-3 pr-3 pl-4">
          <p className="text-sm font-semibold text-brand-900">Réponse du professionnel, le {formatDate(review.reply.createdAt)}</p>
          <p className="mt-1 break-words whitespace-pre-line text-ink-800">{review.reply.body}</p>
        </div>
      )}
    </article>
  );
}
