// /espace/statistiques: views of the advertiser's listing, phone numbers shown and inquiries received,
// per day over the last 30 or 90 days, with the period's totals.
import type { Metadata } from 'next';
import { DailyChart } from '@/components/stats/daily-chart';
import { PeriodSwitch } from '@/components/stats/period-switch';
import { StatTotals } from '@/components/stats/stat-totals';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdvertiser } from '@/lib/auth/guards';
import { getListingStats, parseStatsPeriod } from '@/lib/listings/stats';

export const metadata: Metadata = { title: 'Statistiques' };

const PATH = '/espace/statistiques';

type Props = { searchParams: Promise<{ periode?: string | string[] }> };

export default async function StatisticsPage({ searchParams }: Props) {
  const { advertiserId } = await requireAdvertiser(PATH);
  const days = parseStatsPeriod((await searchParams).periode);
  const stats = await getListingStats(advertiserId, days);

  if (!stats) {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Statistiques</h1>
        <EmptyState
          title="Pas encore de statistiques"
          action={<ButtonLink href="/espace/annonce">Créer mon annonce</ButtonLink>}
        >
          <p>Les visites de votre annonce, les numéros affichés et les demandes reçues apparaîtront ici dès que votre annonce sera en ligne.</p>
        </EmptyState>
      </>
    );
  }

  const { series, totals, listing } = stats;
  return (
    <>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Statistiques</h1>
          <p className="mt-1 text-ink-700">
            {listing.title} · les {days}&nbsp;derniers jours, jour par jour (heure de Paris)
          </p>
        </div>
        <PeriodSwitch current={days} basePath={PATH} />
      </header>

      {listing.status !== 'PUBLISHED' && (
        <p className="rounded-control border border-warning-600 bg-warning-50 px-4 py-3 text-sm font-medium text-warning-800">
          Votre annonce n’est pas publiée en ce moment&nbsp;: elle ne reçoit ni visites ni demandes.
        </p>
      )}

      <section aria-labelledby="totaux">
        <h2 id="totaux" className="sr-only">
          Totaux de la période
        </h2>
        <StatTotals
          totals={[
            { label: 'Vues de l’annonce', value: totals.views },
            { label: 'Numéros affichés', value: totals.phoneReveals },
            { label: 'Demandes reçues', value: totals.inquiries },
          ]}
        />
      </section>

      <Card as="section" aria-labelledby="vues">
        <h2 id="vues" className="mb-4 text-xl font-bold text-brand-900">
          Vues de l’annonce
        </h2>
        <DailyChart
          id="graphique-vues"
          title="Vues de l’annonce par jour"
          kind="line"
          unit={{ one: 'vue', many: 'vues', none: 'Aucune vue' }}
          points={series.map((point) => ({ day: point.day, value: point.views }))}
        />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section" aria-labelledby="numeros">
          <h2 id="numeros" className="mb-4 text-xl font-bold text-brand-900">
            Numéros affichés
          </h2>
          <DailyChart
            id="graphique-numeros"
            title={'Clics sur «\u00a0Afficher le numéro\u00a0» par jour'}
            unit={{ one: 'numéro affiché', many: 'numéros affichés', none: 'Aucun numéro affiché' }}
            points={series.map((point) => ({ day: point.day, value: point.phoneReveals }))}
          />
        </Card>
        <Card as="section" aria-labelledby="demandes">
          <h2 id="demandes" className="mb-4 text-xl font-bold text-brand-900">
            Demandes reçues
          </h2>
          <DailyChart
            id="graphique-demandes"
            title="Demandes reçues par jour"
            unit={{ one: 'demande', many: 'demandes', none: 'Aucune demande' }}
            points={series.map((point) => ({ day: point.day, value: point.inquiries }))}
          />
        </Card>
      </div>

      <p className="text-sm text-ink-600">
        Ne sont comptées ni les visites des robots d’indexation, ni vos propres visites depuis votre compte.
      </p>
    </>
  );
}
