// Back-office: requisitions from an authority. Recording one (authority, written reference, person's
// e-mail) opens the download of everything tied to that address; every download is in the audit log.
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalRequestForm } from '@/components/privacy/legal-request-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { cell, DataTable, rowHeaderCell } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format/french';
import { listLegalRequests } from '@/lib/privacy/legal-requests';

export const metadata: Metadata = { title: 'Requêtes légales · Administration' };

type PageProps = { searchParams: Promise<{ requete?: string | string[] }> };

export default async function AdminLegalRequestsPage({ searchParams }: PageProps) {
  await requireAdmin('/admin/requetes-legales');
  const { requete } = await searchParams;
  const requests = await listLegalRequests();
  const recorded = typeof requete === 'string' ? requests.find((request) => request.id === requete) : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Requêtes légales</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Les données d’une personne ne sont communiquées à une autorité que sur réquisition écrite. Chaque
        téléchargement est inscrit au <Link href="/admin/journal" className="text-brand-700 underline">journal d’audit</Link>{' '}
        avec la référence de la réquisition.
      </p>
      {recorded && (
        <section
          aria-labelledby="requete-enregistree"
          className="mt-6 rounded-card border border-success-600 bg-success-50 p-4 text-sm text-success-800"
        >
          <h2 id="requete-enregistree" className="font-semibold">
            Réquisition enregistrée
          </h2>
          <p className="mt-1">
            {recorded.legalAuthority}, réf. {recorded.legalReference}, au sujet de {recorded.subjectEmail}.
          </p>
          {/* A plain link: the route answers with a file, not a page for the client router. */}
          <a href={`/admin/requetes-legales/${recorded.id}/export`} className={buttonClasses('primary', 'md', 'mt-3')}>
            Télécharger les données (JSON)
          </a>
        </section>
      )}
      <section aria-labelledby="nouvelle-requete" className="mt-8 max-w-2xl">
        <h2 id="nouvelle-requete" className="text-xl font-semibold">
          Nouvelle réquisition
        </h2>
        <div className="mt-4">
          <LegalRequestForm />
        </div>
      </section>
      <section aria-labelledby="requetes" className="mt-10">
        <h2 id="requetes" className="text-xl font-semibold">
          Réquisitions enregistrées
        </h2>
        {requests.length === 0 ? (
          <EmptyState title="Aucune réquisition" headingLevel="h3" className="mt-4">
            <p>Aucune donnée n’a été communiquée à une autorité.</p>
          </EmptyState>
        ) : (
          <DataTable
            id="requetes"
            caption="Réquisitions, de la plus récente à la plus ancienne"
            columns={['Date', 'Autorité et référence', 'Personne concernée', 'Enregistrée par', 'Données']}
            minWidth="min-w-[44rem]"
            className="mt-4"
          >
            {requests.map((request) => (
              <tr key={request.id}>
                <th scope="row" className={cx(rowHeaderCell, 'whitespace-nowrap')}>
                  <time dateTime={request.createdAt.toISOString()}>{formatDateTime(request.createdAt)}</time>
                </th>
                <td className={cell}>
                  {request.legalAuthority}
                  <span className="block text-ink-600">réf. {request.legalReference}</span>
                </td>
                <td className={cx(cell, 'wrap-anywhere')}>{request.subjectEmail}</td>
                <td className={cx(cell, 'wrap-anywhere')}>{request.handledBy?.email ?? '—'}</td>
                <td className={cell}>
                  <a href={`/admin/requetes-legales/${request.id}/export`} className="text-brand-700 underline hover:text-brand-900">
                    Télécharger<span className="sr-only"> les données de {request.subjectEmail} (réf. {request.legalReference})</span>
                  </a>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
