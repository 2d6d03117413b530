// Back-office: the queue of reported reviews (oldest first) with the team's three decisions, and the
// hidden reviews that can be restored. Every decision is e-mailed with its reasons and audit-logged.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Stars } from '@/components/ui/stars';
import { ModerationForm } from '@/components/reviews/moderation-form';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDate, formatDateTime, plural } from '@/lib/format/french';
import { listOpenReports, listRemovedReviews } from '@/lib/reviews/moderation';

export const metadata: Metadata = { title: 'Avis · Administration' };

const HIDE_HINT = 'Les faits et la règle enfreinte (voir la politique de publication). Envoyé tel quel à l’auteur et à l’annonceur.';

export default async function AdminReviewsPage() {
  await requireAdmin('/admin/avis');
  const [reports, removed] = await Promise.all([listOpenReports(), listRemovedReviews()]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Avis</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Les avis sont publiés dès leur dépôt et contrôlés sur signalement. Chaque décision est motivée, envoyée par
        e-mail aux personnes concernées avec les voies de recours, et inscrite au journal d’audit.
      </p>

      <section aria-labelledby="signalements" className="mt-8">
        <h2 id="signalements" className="text-xl font-bold text-brand-950">
          Signalements à traiter
        </h2>
        <p className="mt-1 text-sm text-ink-700">{plural(reports.length, 'signalement ouvert', 'signalements ouverts')}</p>
        {reports.length === 0 ? (
          <EmptyState title="Aucun signalement en attente" headingLevel="h3" className="mt-4" />
        ) : (
          <ol className="mt-4 flex flex-col gap-4">
            {reports.map((report) => (
              <li key={report.id}>
                <article aria-labelledby={`signalement-${report.id}`} className="flex flex-col gap-3 rounded-card border border-ink-200 bg-white p-5 shadow-card">
                  <h3 id={`signalement-${report.id}`} className="font-semibold text-ink-950">
                    {`Avis sur «\u00a0${report.review.listing.title}\u00a0»`}
                  </h3>
                  <div className="rounded-control bg-warning-50 px-3 py-2 text-sm text-ink-900">
                    <p className="font-semibold">
                      {`Signalé ${report.byAdvertiser ? 'par l’annonceur' : 'par un tiers'} le ${formatDateTime(report.createdAt)}\u00a0:`}
                    </p>
                    <p className="mt-1 break-words whitespace-pre-line">{report.reason}</p>
                  </div>
                  <div className="border-l-4 border-ink-200 pl-4">
                    <p className="text-sm text-ink-700">
                      <Stars value={report.review.rating} /> · {report.review.authorName}
                      {report.review.publishedAt && ` · publié le ${formatDate(report.review.publishedAt)}`}
                      {report.review.status !== 'PUBLISHED' && (
                        <Badge tone="warning" className="ml-2">
                          Déjà masqué
                        </Badge>
                      )}
                    </p>
                    {report.review.title && <p className="mt-2 font-semibold break-words text-ink-950">{report.review.title}</p>}
                    <p className="mt-1 break-words whitespace-pre-line text-ink-800">{report.review.body}</p>
                    <p className="mt-2 text-sm">
                      <Link href={`/annonce/${report.review.listing.slug}#avis-${report.review.id}`} className="text-brand-700 underline">
                        Voir sur l’annonce
                      </Link>
                    </p>
                  </div>
                  <div className="grid gap-4 md:grid-cols-2">
                    {report.review.status === 'PUBLISHED' && <ModerationForm decision="hide" targetId={report.review.id} hint={HIDE_HINT} />}
                    <ModerationForm
                      decision="dismiss"
                      targetId={report.id}
                      hint="Pourquoi l’avis reste publié. Envoyé à l’annonceur qui l’a signalé."
                    />
                  </div>
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="masques" className="mt-10">
        <h2 id="masques" className="text-xl font-bold text-brand-950">
          Avis masqués
        </h2>
        {removed.length === 0 ? (
          <EmptyState title="Aucun avis masqué" headingLevel="h3" className="mt-4" />
        ) : (
          <ol className="mt-4 flex flex-col gap-4">
            {removed.map((review) => (
              <li key={review.id}>
                <article aria-labelledby={`masque-${review.id}`} className="flex flex-col gap-3 rounded-card border border-ink-200 bg-white p-5 shadow-card">
                  <h3 id={`masque-${review.id}`} className="font-semibold text-ink-950">
                    {`Avis de ${review.authorName} sur «\u00a0${review.listing.title}\u00a0», masqué le ${formatDate(review.updatedAt)}`}
                  </h3>
                  <p className="text-sm text-ink-700">
                    <Stars value={review.rating} />
                  </p>
                  {review.title && <p className="font-semibold break-words text-ink-950">{review.title}</p>}
                  <p className="break-words whitespace-pre-line text-ink-800">{review.body}</p>
                  <ModerationForm
                    decision="restore"
                    targetId={review.id}
                    hint="Pourquoi l’avis est rétabli. Envoyé à son auteur et à l’annonceur."
                  />
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
