// /espace/avis: the reviews of the advertiser's listing, newest first, each with its public reply
// (created or edited here) and « Signaler ». An advertiser can never edit nor delete a review.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Stars } from '@/components/ui/stars';
import { PageLinks } from '@/components/reviews/page-links';
import { ReplyForm } from '@/components/reviews/reply-form';
import { ReportForm } from '@/components/reviews/report-form';
import { requireAdvertiser } from '@/lib/auth/guards';
import { formatCalendarDate, formatDate, plural } from '@/lib/format/french';
import { listAdvertiserReviews } from '@/lib/reviews/advertiser';

export const metadata: Metadata = { title: 'Avis' };

const PATH = '/espace/avis';

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function AdvertiserReviewsPage({ searchParams }: Props) {
  const { advertiserId } = await requireAdvertiser(PATH);
  const { page } = await searchParams;
  const list = await listAdvertiserReviews(advertiserId, typeof page === 'string' ? Number(page) || 1 : 1);
  return (
    <>
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Avis</h1>
        <p className="mt-1 max-w-prose text-ink-700">
          Les avis de vos clients, publiés dès leur dépôt. Vous pouvez répondre publiquement à chacun, ou signaler à notre
          équipe un avis dont vous doutez&nbsp;; vous ne pouvez ni modifier ni supprimer un avis.{' '}
          <Link href="/avis-verifies" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
            Notre politique de publication
          </Link>
        </p>
      </header>
      <p className="text-sm text-ink-700">{plural(list.total, 'avis', 'avis')}</p>
      {list.reviews.length === 0 ? (
        <EmptyState title="Aucun avis pour le moment" headingLevel="h2">
          <p>
            Remettez un <Link href="/espace/codes" className="font-medium text-brand-700 underline">code d’évaluation</Link>{' '}
            à vos clients pour qu’ils puissent donner leur avis.
          </p>
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-4">
          {list.reviews.map((review) => (
            <li key={review.id}>
              <article aria-labelledby={`avis-${review.id}-titre`} className="flex flex-col gap-3 rounded-card border border-ink-200 bg-white p-5 shadow-card">
                <header className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h2 id={`avis-${review.id}-titre`} className="font-semibold break-words text-ink-950">
                      {review.title ?? `Avis de ${review.authorName}`}
                    </h2>
                    <p className="mt-1 text-sm text-ink-700">
                      <Stars value={review.rating} />
                      {/* Without a title the heading already names the author. */}
                      {review.title && <> · {review.authorName}</>}
                    </p>
                  </div>
                  {review.status === 'REMOVED' && <Badge tone="warning">Masqué par la modération</Badge>}
                </header>
                <p className="break-words whitespace-pre-line text-ink-800">{review.body}</p>
                <p className="text-sm text-ink-600">
                  Avis du {formatDate(review.publishedAt ?? review.createdAt)} · expérience du {formatCalendarDate(review.experienceDate)}
                </p>
                {review.status === 'PUBLISHED' && (
                  <>
                    {review.reply && (
                      <div className="border-l-4 border-brand-200 bg-brand-50 py-3 pr-3 pl-4">
                        <p className="text-sm font-semibold text-brand-900">Votre réponse publiée, le {formatDate(review.reply.createdAt)}</p>
                        <p className="mt-1 break-words whitespace-pre-line text-ink-800">{review.reply.body}</p>
                      </div>
                    )}
                    <ReplyForm reviewId={review.id} currentReply={review.reply?.body ?? null} />
                    {review.openReport ? (
                      <p className="rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-700">
                        {`Signalé le ${formatDate(review.openReport.createdAt)}\u00a0: notre équipe l’examine.`}
                      </p>
                    ) : (
                      <ReportForm reviewId={review.id} />
                    )}
                  </>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      <PageLinks path={PATH} page={list.page} pageCount={list.pageCount} label="Pages d’avis" />
    </>
  );
}
