// Back-office: one notice, the content it targets, and the decision (or its history and a restore).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DecisionForm } from '@/components/moderation/decision-form';
import { RestoreForm } from '@/components/moderation/restore-form';
import { listingStatusLabel, reviewStatusLabel } from '@/lib/admin/labels';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format/french';
import { NOTICE_CATEGORIES } from '@/lib/moderation/categories';
import { noticeReference } from '@/lib/moderation/notices';
import { getNotice } from '@/lib/moderation/queries';

export const metadata: Metadata = { title: 'Signalement · Administration' };

const ACTION_LABELS = {
  REMOVE: 'Avis retiré',
  SUSPEND: 'Annonce suspendue',
  DEMOTE: 'Contenu déclassé',
  RESTORE: 'Contenu rétabli',
  NO_ACTION: 'Aucune action',
} as const;

const dt = 'text-sm font-semibold text-ink-900';
const dd = 'mb-3 text-sm whitespace-pre-line text-ink-800 break-words';

export default async function AdminNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/signalements/${id}`);
  const detail = await getNotice(id);
  if (!detail) notFound();
  const { notice, listing, review, history } = detail;
  const last = history.at(-1);
  const removed = listing?.status === 'SUSPENDED' || review?.status === 'REMOVED';
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/signalements" className="text-brand-700 underline">
          Tous les signalements
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">{NOTICE_CATEGORIES[notice.category]}</h1>
      <dl className="mt-6 rounded-card border border-ink-200 bg-white p-5">
        <dt className={dt}>Référence</dt>
        <dd className={dd}>{noticeReference(notice.id)}</dd>
        <dt className={dt}>Reçu le</dt>
        <dd className={dd}>{formatDateTime(notice.createdAt)}</dd>
        <dt className={dt}>Adresse du contenu</dt>
        <dd className={dd}>{notice.url}</dd>
        <dt className={dt}>Explication</dt>
        <dd className={dd}>{notice.explanation}</dd>
        <dt className={dt}>Auteur du signalement</dt>
        <dd className={dd}>
          {notice.reporterName ?? 'Anonyme'}
          {notice.reporterEmail ? ` · ${notice.reporterEmail}` : ''}
        </dd>
      </dl>

      <section aria-labelledby="contenu-signale" className="mt-6 rounded-card border border-ink-200 bg-white p-5">
        <h2 id="contenu-signale" className="text-lg font-bold text-brand-900">
          Contenu signalé
        </h2>
        {listing && (
          <p className="mt-2 text-sm text-ink-800">
            Annonce «{'\u00a0'}<Link href={`/annonce/${listing.slug}`} className="text-brand-700 underline">{listing.title}</Link>
            {'\u00a0'}» de{' '}
            <Link href={`/admin/annonceurs/${listing.advertiser.id}`} className="text-brand-700 underline">
              {listing.advertiser.fullName}
            </Link>{' '}
            · état{'\u00a0'}: {listingStatusLabel(listing.status).toLowerCase()}
          </p>
        )}
        {review && (
          <div className="mt-2 text-sm text-ink-800">
            <p>
              Avis de {review.authorName} ({review.rating}/5) sur «{'\u00a0'}{review.listing.title}{'\u00a0'}» · état{'\u00a0'}: {reviewStatusLabel(review.status).toLowerCase()}
            </p>
            {review.title && <p className="mt-2 font-semibold">{review.title}</p>}
            <p className="mt-1 whitespace-pre-line">{review.body}</p>
          </div>
        )}
        {!listing && !review && <p className="mt-2 text-sm text-ink-700">Le contenu n’existe plus, ou le signalement ne vise qu’une adresse.</p>}
      </section>

      {history.length > 0 && (
        <section aria-labelledby="decisions" className="mt-6">
          <h2 id="decisions" className="text-lg font-bold text-brand-900">
            Décisions
          </h2>
          <ol className="mt-3 flex flex-col gap-3">
            {history.map((decision) => (
              <li key={decision.id} className="rounded-card border border-ink-200 bg-white p-4 text-sm text-ink-800">
                <p className="font-semibold">
                  {ACTION_LABELS[decision.action]} · {formatDateTime(decision.createdAt)}
                </p>
                <p className="mt-1">Fondement{'\u00a0'}: {decision.grounds}</p>
                <p className="mt-1 whitespace-pre-line">{decision.statement}</p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="decider" className="mt-6 rounded-card border border-ink-200 bg-white p-5">
        <h2 id="decider" className="text-lg font-bold text-brand-900">
          {notice.status === 'OPEN' ? 'Décider' : removed ? 'Rétablir' : 'Décision prise'}
        </h2>
        <div className="mt-4 max-w-2xl">
          {notice.status === 'OPEN' ? (
            <DecisionForm
              noticeId={notice.id}
              removeLabel={notice.targetType === 'LISTING' ? 'Retirer\u00a0: suspendre l’annonce' : 'Retirer\u00a0: masquer l’avis'}
            />
          ) : removed && last && (last.action === 'SUSPEND' || last.action === 'REMOVE') ? (
            <RestoreForm decisionId={last.id} />
          ) : (
            <p className="text-sm text-ink-700">Ce signalement est traité.</p>
          )}
        </div>
      </section>
    </>
  );
}
