// Back-office: a survey's results. Per question, a bar chart of the choices (or of the 1–5 scale, with
// its average), the free-text answers, and how many skipped it; the CSV of every response.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SurveyResultChart } from '@/components/surveys/survey-result-chart';
import { SurveyStatusBadge } from '@/components/surveys/survey-status-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClasses } from '@/components/ui/button-styles';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDateTime, plural } from '@/lib/format/french';
import { getSurveyForAdmin } from '@/lib/surveys/queries';
import { getSurveyResults } from '@/lib/surveys/results';

export const metadata: Metadata = { title: 'Résultats du sondage · Administration' };

type Props = { params: Promise<{ id: string }> };

export default async function AdminSurveyResultsPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/sondages/${id}/resultats`);
  const survey = await getSurveyForAdmin(id);
  if (!survey) notFound();
  const results = await getSurveyResults(survey.id);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/admin/sondages', label: 'Sondages' },
          { href: `/admin/sondages/${survey.id}`, label: survey.title },
          { label: 'Résultats' },
        ]}
        className="mb-4"
      />
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">{`Résultats\u00a0: ${survey.title}`}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-ink-700">
        <SurveyStatusBadge status={survey.status} />
        <p>{plural(results.responses, 'réponse')}</p>
        {results.responses > 0 && (
          // A download, not a page: a plain link so the browser saves the file.
          <a href={`/admin/sondages/${survey.id}/export`} download className={buttonClasses('secondary', 'sm')}>
            Exporter en CSV
          </a>
        )}
      </div>

      {results.responses === 0 ? (
        <EmptyState title="Pas encore de réponse" className="mt-6">
          <p>Les résultats apparaîtront ici dès la première réponse.</p>
        </EmptyState>
      ) : (
        <ol className="mt-6 flex flex-col gap-6">
          {results.questions.map((question, index) => {
            const headingId = `question-${question.id}`;
            const skipped = results.responses - question.answered;
            return (
              <li key={question.id}>
                <section aria-labelledby={headingId} className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
                  <h2 id={headingId} className="text-lg font-semibold text-ink-950">
                    {`${index + 1}.\u00a0${question.label}`}
                  </h2>
                  <p className="mt-1 text-sm text-ink-700">
                    {`${plural(question.answered, 'réponse')}, ${plural(skipped, 'personne l’a passée', 'personnes l’ont passée')}`}
                    {question.kind === 'MULTIPLE_CHOICE' && ' · plusieurs choix possibles'}
                    {question.scale?.average != null &&
                      ` · moyenne ${question.scale.average.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0/\u00a05`}
                  </p>
                  {question.scale && (question.scale.low || question.scale.high) && (
                    <p className="mt-1 text-sm text-ink-600">
                      {`1\u00a0= ${question.scale.low || '—'} · 5\u00a0= ${question.scale.high || '—'}`}
                    </p>
                  )}
                  <div className="mt-4">
                    {question.kind === 'TEXT' ? (
                      question.texts.length === 0 ? (
                        <p className="text-ink-700">Aucune réponse écrite.</p>
                      ) : (
                        <ul className="flex flex-col divide-y divide-ink-100">
                          {question.texts.map((entry, position) => (
                            <li key={position} className="py-2">
                              <p className="whitespace-pre-line text-ink-900">{entry.text}</p>
                              <p className="text-xs text-ink-600">{formatDateTime(entry.createdAt)}</p>
                            </li>
                          ))}
                        </ul>
                      )
                    ) : (
                      <SurveyResultChart
                        id={`graphique-${question.id}`}
                        title={question.label}
                        counts={question.counts}
                        answered={question.answered}
                      />
                    )}
                  </div>
                </section>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
