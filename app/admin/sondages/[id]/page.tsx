// Back-office: one survey. A draft is edited here and opened; an open survey is closed (and a closed
// one reopened) here; its questions then stay as they were answered.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SurveyEditor, type EditorSurvey } from '@/components/surveys/survey-editor';
import { SurveyStatusBadge } from '@/components/surveys/survey-status-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDateTime, plural } from '@/lib/format/french';
import { setSurveyStatusAction } from '@/lib/surveys/actions';
import { AUDIENCE_LABELS, choicesOf, QUESTION_KIND_LABELS, scaleLabelsOf } from '@/lib/surveys/labels';
import { getSurveyForAdmin, type AdminSurvey } from '@/lib/surveys/queries';

export const metadata: Metadata = { title: 'Sondage · Administration' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ enregistre?: string }> };

function editorSurvey(survey: AdminSurvey): EditorSurvey {
  return {
    id: survey.id,
    title: survey.title,
    intro: survey.intro,
    invitation: survey.invitation,
    audience: survey.audience,
    allowAnonymous: survey.allowAnonymous,
    questions: survey.questions.map((question) => ({
      kind: question.kind,
      label: question.label,
      choices: choicesOf(question.options).join('\n'),
      ...scaleLabelsOf(question.options),
    })),
  };
}

function StatusButton({ surveyId, status, label }: { surveyId: string; status: 'OPEN' | 'CLOSED'; label: string }) {
  return (
    <form action={setSurveyStatusAction}>
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="status" value={status} />
      <Button type="submit" variant={status === 'OPEN' ? 'primary' : 'secondary'}>
        {label}
      </Button>
    </form>
  );
}

export default async function AdminSurveyPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/sondages/${id}`);
  const survey = await getSurveyForAdmin(id);
  if (!survey) notFound();
  const { enregistre } = await searchParams;

  return (
    <>
      <Breadcrumbs items={[{ href: '/admin/sondages', label: 'Sondages' }, { label: survey.title }]} className="mb-4" />
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">{survey.title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-ink-700">
        <SurveyStatusBadge status={survey.status} />
        <span>{AUDIENCE_LABELS[survey.audience]}</span>
        <span>{plural(survey._count.responses, 'réponse')}</span>
      </p>
      {enregistre && (
        <Notice tone="success" className="mt-4">
          Le brouillon est enregistré.
        </Notice>
      )}

      <section aria-labelledby="etat-sondage" className="mt-6 flex flex-col gap-3 rounded-card border border-ink-200 bg-white p-5">
        <h2 id="etat-sondage" className="text-lg font-semibold text-ink-950">
          Diffusion
        </h2>
        {survey.status === 'DRAFT' && (
          <p className="text-ink-700">
            Ouvrir le sondage affiche l’invitation à son public. Ses questions ne pourront plus être modifiées.
          </p>
        )}
        {survey.status === 'OPEN' && survey.openedAt && (
          <p className="text-ink-700">{`Ouvert le ${formatDateTime(survey.openedAt)}.`}</p>
        )}
        {survey.status === 'CLOSED' && survey.closedAt && (
          <p className="text-ink-700">{`Clos le ${formatDateTime(survey.closedAt)}.`}</p>
        )}
        {survey.audience === 'CLIENTS' && (
          <p className="text-sm text-ink-700">
            {'Les clients y accèdent par un lien personnel signé, inséré dans la newsletter «\u00a0Clients\u00a0»\u00a0: la page sans ce lien ne permet pas de répondre.'}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          {survey.status === 'OPEN' ? (
            <StatusButton surveyId={survey.id} status="CLOSED" label="Clore le sondage" />
          ) : (
            <StatusButton
              surveyId={survey.id}
              status="OPEN"
              label={survey.status === 'DRAFT' ? 'Ouvrir le sondage' : 'Rouvrir le sondage'}
            />
          )}
          {survey.status !== 'DRAFT' && (
            <Link href={`/sondages/${survey.slug}`} className="text-brand-800 underline underline-offset-2 hover:text-brand-950">
              Page du sondage
            </Link>
          )}
          <Link
            href={`/admin/sondages/${survey.id}/resultats`}
            className="text-brand-800 underline underline-offset-2 hover:text-brand-950"
          >
            Voir les résultats
          </Link>
        </div>
      </section>

      {survey.status === 'DRAFT' ? (
        <section aria-labelledby="modifier-sondage" className="mt-8 max-w-3xl">
          <h2 id="modifier-sondage" className="mb-4 text-xl font-semibold text-ink-950">
            Modifier le brouillon
          </h2>
          <SurveyEditor survey={editorSurvey(survey)} />
        </section>
      ) : (
        <section aria-labelledby="questions-sondage" className="mt-8 max-w-3xl">
          <h2 id="questions-sondage" className="text-xl font-semibold text-ink-950">
            Questions
          </h2>
          <p className="mt-1 text-ink-700">{survey.invitation}</p>
          <ol className="mt-4 flex list-decimal flex-col gap-2 pl-6">
            {survey.questions.map((question) => (
              <li key={question.id}>
                <span className="font-semibold text-ink-900">{question.label}</span>{' '}
                <span className="text-ink-600">{`(${QUESTION_KIND_LABELS[question.kind]})`}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
