// Back-office: a new survey, saved as a draft.
import type { Metadata } from 'next';
import { SurveyEditor } from '@/components/surveys/survey-editor';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdmin } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Nouveau sondage · Administration' };

export default async function NewSurveyPage() {
  await requireAdmin('/admin/sondages/nouveau');
  return (
    <>
      <Breadcrumbs items={[{ href: '/admin/sondages', label: 'Sondages' }, { label: 'Nouveau sondage' }]} />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Nouveau sondage</h1>
      <div className="mt-6 max-w-3xl">
        <SurveyEditor />
      </div>
    </>
  );
}
