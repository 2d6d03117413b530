// Back-office: first-party audience, aggregated — page views per page template and per day over the
// last 30 days, from visitors who accepted « Mesure d'audience ». There is nothing more to see: no
// visitor, no IP, no path beyond its template is ever stored.
import type { Metadata } from 'next';
import { DataTable, numericCell, rowHeaderCell } from '@/components/ui/data-table';
import { longDay } from '@/components/stats/dates';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdmin } from '@/lib/auth/guards';
import { audienceReport } from '@/lib/consent/audience';
import { formatNumber, plural } from '@/lib/format/french';

export const metadata: Metadata = { title: 'Audience · Administration' };

const REPORT_DAYS = 30;

export default async function AdminAudiencePage() {
  await requireAdmin('/admin/audience');
  const report = await audienceReport(REPORT_DAYS);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Audience</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Pages vues ces {REPORT_DAYS}&nbsp;derniers jours, comptées seulement pour les visiteurs qui ont accepté la mesure
        d’audience, par type de page et par jour. Aucun identifiant ni adresse IP n’est enregistré&nbsp;; les compteurs
        sont effacés après 25&nbsp;mois.
      </p>
      {report.total === 0 ? (
        <EmptyState title="Aucune page vue mesurée" headingLevel="h2" className="mt-8">
          <p>Aucun visiteur ayant accepté la mesure d’audience n’a consulté le site sur cette période.</p>
        </EmptyState>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="audience-pages">
            <h2 id="audience-pages" className="text-xl font-semibold">
              {plural(report.total, 'page vue', 'pages vues')}, par type de page
            </h2>
            <DataTable
              id="par-type"
              caption="Pages vues par type de page, du plus consulté au moins consulté"
              captionHidden
              columns={['Type de page', { label: 'Pages vues', align: 'right' }]}
              className="mt-3"
            >
              {report.byPath.map((row) => (
                <tr key={row.path}>
                  <th scope="row" className={rowHeaderCell}>
                    <code>{row.path}</code>
                  </th>
                  <td className={numericCell}>{formatNumber(row.views)}</td>
                </tr>
              ))}
            </DataTable>
          </section>
          <section aria-labelledby="audience-jours">
            <h2 id="audience-jours" className="text-xl font-semibold">
              Par jour
            </h2>
            <DataTable
              id="par-jour"
              caption="Pages vues par jour, du plus récent au plus ancien"
              captionHidden
              columns={['Jour', { label: 'Pages vues', align: 'right' }]}
              className="mt-3"
            >
              {report.byDay.map((row) => (
                <tr key={row.day.toISOString()}>
                  <th scope="row" className={rowHeaderCell}>
                    {longDay(row.day)}
                  </th>
                  <td className={numericCell}>{formatNumber(row.views)}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        </div>
      )}
    </>
  );
}
