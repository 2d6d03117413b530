// Back-office dashboard: advertisers by SIRET status, unverified e-mails and listings by status, each
// count linking to the matching filtered list.
import type { Metadata } from 'next';
import { CountCard } from '@/components/admin/count-card';
import { requireAdmin } from '@/lib/auth/guards';
import { listingStatusLabel } from '@/lib/admin/labels';
import { getAdminOverview } from '@/lib/admin/queries';
import { siretStatusLabel } from '@/lib/siret/status';
import { ListingStatus, SiretStatus } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Tableau de bord · Administration' };

export default async function AdminDashboardPage() {
  await requireAdmin('/admin');
  const overview = await getAdminOverview();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Tableau de bord</h1>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <CountCard
          title="Annonceurs"
          items={[
            { label: 'Tous les annonceurs', count: overview.advertisers, href: '/admin/annonceurs' },
            ...Object.values(SiretStatus).map((status) => ({
              label: siretStatusLabel(status),
              count: overview.siret[status],
              href: `/admin/annonceurs?statut=${status}`,
            })),
            {
              label: 'E-mail non vérifié',
              count: overview.unverifiedEmails,
              href: '/admin/annonceurs?email=non-verifie',
            },
          ]}
        />
        <CountCard
          title="Annonces"
          items={[
            ...Object.values(ListingStatus).map((status) => ({
              label: listingStatusLabel(status),
              count: overview.listings[status],
              href: `/admin/annonceurs?annonce=${status}`,
            })),
            {
              label: 'Annonceurs sans annonce',
              count: overview.advertisersWithoutListing,
              href: '/admin/annonceurs?annonce=AUCUNE',
            },
          ]}
        />
      </div>
    </>
  );
}
