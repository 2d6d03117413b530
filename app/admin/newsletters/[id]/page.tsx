// Back-office: one newsletter. A draft can be edited, previewed at 600 and 360 px, tested, scheduled
// or sent; once sending, the page shows its progress (refreshing by itself) and then its results.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/newsletters/auto-refresh';
import { EmailPreview } from '@/components/newsletters/email-preview';
import { IssueForm } from '@/components/newsletters/issue-form';
import { IssueStatusBadge } from '@/components/newsletters/issue-status-badge';
import { SendPanel } from '@/components/newsletters/send-panel';
import { SendResults } from '@/components/newsletters/send-results';
import { requireAdmin } from '@/lib/auth/guards';
import { surveySlugs } from '@/lib/email/templates/newsletter';
import { countAudience } from '@/lib/newsletters/audience';
import { newsletterEmailProps, renderNewsletter, sampleLinks } from '@/lib/newsletters/email';
import { formatDateTimeParis } from '@/lib/newsletters/format';
import { isDue, tomorrowInParis } from '@/lib/newsletters/paris-time';
import { getIssue, listsWithAudience } from '@/lib/newsletters/queries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Lettre d’information · Administration' };

type Props = { params: Promise<{ id: string }> };

export default async function IssuePage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/newsletters/${id}`);
  const issue = await getIssue(id);
  if (!issue) notFound();

  const editable = issue.status === 'DRAFT';
  // « Envoyer maintenant »: the workers' fan-out starts it within seconds; the page follows it.
  const starting = issue.status === 'SCHEDULED' && isDue(issue.scheduledAt);
  const [lists, audience, preview] = await Promise.all([
    editable ? listsWithAudience() : Promise.resolve([]),
    countAudience(issue.listId, issue.isCommercial),
    renderNewsletter(newsletterEmailProps({ ...issue, listName: issue.list.name }, sampleLinks(surveySlugs(issue.bodyMarkdown)))),
  ]);

  return (
    <>
      <p>
        <Link href="/admin/newsletters" className="text-brand-700 underline">
          ← Newsletters
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">{issue.subject}</h1>
        <IssueStatusBadge status={issue.status} />
      </div>
      <p className="mt-2 text-ink-700">
        {`Liste «\u00a0${issue.list.name}\u00a0» · ${issue.isCommercial ? 'contenu commercial' : 'contenu non commercial'}`}
        {issue.scheduledAt && issue.status === 'SCHEDULED' ? ` · envoi prévu le ${formatDateTimeParis(issue.scheduledAt)}` : ''}
        {issue.lastTestSentAt ? ` · dernier test le ${formatDateTimeParis(issue.lastTestSentAt)}` : ''}
      </p>

      {starting ? (
        <section aria-labelledby="resultats-titre" className="mt-8">
          <h2 id="resultats-titre" className="text-xl font-semibold">
            Envoi en préparation
          </h2>
          <p className="mt-3 text-ink-700">Les destinataires sont en cours de calcul{'\u00a0'}; la page se met à jour toute seule.</p>
          <AutoRefresh />
        </section>
      ) : issue.status === 'SENDING' || issue.status === 'SENT' ? (
        <section aria-labelledby="resultats-titre" className="mt-8">
          <h2 id="resultats-titre" className="text-xl font-semibold">
            {issue.status === 'SENDING' ? 'Envoi en cours' : 'Résultats'}
          </h2>
          <div className="mt-3">
            <SendResults stats={issue.stats} inProgress={issue.status === 'SENDING'} />
          </div>
          {issue.status === 'SENDING' && <AutoRefresh />}
        </section>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <section aria-labelledby="contenu-titre">
            <h2 id="contenu-titre" className="text-xl font-semibold">
              Contenu
            </h2>
            <div className="mt-3">
              {editable ? (
                <IssueForm
                  lists={lists}
                  issue={{
                    id: issue.id,
                    listId: issue.listId,
                    subject: issue.subject,
                    preheader: issue.preheader,
                    bodyMarkdown: issue.bodyMarkdown,
                    isCommercial: issue.isCommercial,
                  }}
                />
              ) : (
                <p className="text-ink-700">Annulez la programmation pour modifier cette lettre.</p>
              )}
            </div>
          </section>
          <section aria-labelledby="envoi-titre">
            <h2 id="envoi-titre" className="text-xl font-semibold">
              Envoi
            </h2>
            <p className="mt-2 text-sm text-ink-700">
              {`Audience aujourd’hui\u00a0: ${audience.toLocaleString('fr-FR')} abonnés confirmés, ni désinscrits, ni bloqués${issue.isCommercial ? ', sans opposition aux messages commerciaux' : ''}.`}
            </p>
            <div className="mt-4">
              <SendPanel
                issueId={issue.id}
                status={issue.status === 'SCHEDULED' ? 'SCHEDULED' : 'DRAFT'}
                audience={audience}
                listName={issue.list.name}
                defaultScheduledAt={tomorrowInParis()}
              />
            </div>
          </section>
        </div>
      )}

      <section aria-labelledby="apercu-titre" className="mt-10">
        <h2 id="apercu-titre" className="text-xl font-semibold">
          Aperçu
        </h2>
        <p className="mt-1 text-sm text-ink-700">Version enregistrée, avec des liens d’exemple à la place des liens personnels.</p>
        <div className="mt-4">
          <EmailPreview html={preview.html} subject={issue.subject} />
        </div>
      </section>
    </>
  );
}
