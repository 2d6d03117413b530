// Back-office: every survey, newest first, with its audience, state and number of responses.
import type { Metadata } from 'next';
import Link from 'next/link';
import { SurveyStatusBadge } from '@/components/surveys/survey-status-badge';
import { ButtonLink } from '@/components/ui/button-link';
import { cell, DataTable, numericCell, rowHeaderCell } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDate, formatNumber } from '@/lib/format/french';
import { AUDIENCE_LABELS } from '@/lib/surveys/labels';
import { listSurveys } from '@/lib/surveys/queries';

export const metadata: Metadata = { title: 'Sondages · Administration' };

export default async function AdminSurveysPage() {
  await requireAdmin('/admin/sondages');
  const surveys = await listSurveys();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Sondages</h1>
        <ButtonLink href="/admin/sondages/nouveau">Nouveau sondage</ButtonLink>
      </div>
      <p className="mt-2 max-w-prose text-ink-700">
        Un sondage ouvert est proposé à son public par une invitation discrète, que chacun peut repousser ou refuser.
        Répondre est entièrement facultatif, question par question.
      </p>
      {surveys.length === 0 ? (
        <EmptyState title="Aucun sondage pour l’instant" className="mt-6">
          <p>Créez un brouillon, ajoutez ses questions, puis ouvrez-le.</p>
        </EmptyState>
      ) : (
        <DataTable
          id="sondages"
          caption="Sondages"
          captionHidden
          columns={['Sondage', 'Public', 'État', { label: 'Réponses', align: 'right' }, 'Résultats']}
          className="mt-6"
        >
          {surveys.map((survey) => (
            <tr key={survey.id}>
              <th scope="row" className={rowHeaderCell}>
                <Link
                  href={`/admin/sondages/${survey.id}`}
                  className="font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-950"
                >
                  {survey.title}
                </Link>
                <span className="block text-ink-600">{`Créé le ${formatDate(survey.createdAt)}`}</span>
              </th>
              <td className={cell}>{AUDIENCE_LABELS[survey.audience]}</td>
              <td className={cell}>
                <SurveyStatusBadge status={survey.status} />
              </td>
              <td className={numericCell}>{formatNumber(survey._count.responses)}</td>
              <td className={cell}>
                <Link
                  href={`/admin/sondages/${survey.id}/resultats`}
                  className="text-brand-800 underline underline-offset-2 hover:text-brand-950"
                >
                  Résultats<span className="sr-only">{` de ${survey.title}`}</span>
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
