// Back-office: the retention table, the reports of the last purges (count per kind, errors) and
// « Lancer maintenant ».
import type { Metadata } from 'next';
import { PurgeNowForm } from '@/components/privacy/purge-now-form';
import { RetentionRunsTable } from '@/components/privacy/retention-runs-table';
import { RetentionTable } from '@/components/privacy/retention-table';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdmin } from '@/lib/auth/guards';
import { listRetentionRuns } from '@/lib/privacy/retention';

export const metadata: Metadata = { title: 'Conservation des données · Administration' };

export default async function AdminRetentionPage() {
  await requireAdmin('/admin/conservation');
  const runs = await listRetentionRuns(30);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Conservation des données</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Chaque nuit à 3 h 30 (heure de Paris), la purge supprime ou anonymise ce qui a dépassé sa durée de conservation,
        par lots de 500. La relancer le même jour ne supprime rien de plus.
      </p>
      <section aria-labelledby="purges" className="mt-8">
        <h2 id="purges" className="text-xl font-semibold">
          Dernières purges
        </h2>
        <div className="mt-4">
          <PurgeNowForm />
        </div>
        <div className="mt-4">
          {runs.length === 0 ? (
            <EmptyState title="Aucune purge pour le moment" headingLevel="h3">
              <p>La première aura lieu cette nuit, ou maintenant avec le bouton ci-dessus.</p>
            </EmptyState>
          ) : (
            <RetentionRunsTable runs={runs} />
          )}
        </div>
      </section>
      <section aria-labelledby="regles" className="mt-10">
        <h2 id="regles" className="text-xl font-semibold">
          Durées de conservation
        </h2>
        <div className="mt-4">
          {/* The rules are lib/privacy/retention-rules.ts, the very table the purge reads. */}
          <RetentionTable id="regles-table" caption="Règles appliquées par la purge" />
        </div>
      </section>
    </>
  );
}
