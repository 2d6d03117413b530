// Back-office: opt-outs of commercial messages — the team records those received by e-mail or post,
// and sees every opt-out, newest first (each recording is in the audit log).
import type { Metadata } from 'next';
import { OptOutAdminForm } from '@/components/privacy/personal-data-opt-out-admin-form';
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { requireAdmin } from '@/lib/auth/guards';
import { prisma } from '@/lib/db/client';
import { formatDateTime } from '@/lib/format/french';

export const metadata: Metadata = { title: 'Oppositions · Administration' };

const CHANNEL_LABELS = { EMAIL: 'E-mail', POST: 'Courrier', WEB: 'Site (formulaire ou lien)' } as const;

export default async function AdminOptOutsPage() {
  await requireAdmin('/admin/oppositions');
  const optOuts = await prisma.marketingOptOut.findMany({
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, email: true, channel: true, source: true, createdAt: true, recordedBy: { select: { email: true } } },
  });
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Oppositions aux messages commerciaux</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Aucune lettre d’information ni offre n’est envoyée aux adresses listées ici. Enregistrez les demandes reçues par
        e-mail ou par courrier{'\u00a0'}; celles faites sur le site s’ajoutent seules.
      </p>
      <section aria-labelledby="nouvelle-opposition" className="mt-6 rounded-card border border-ink-200 bg-white p-5">
        <h2 id="nouvelle-opposition" className="text-lg font-bold text-brand-900">
          Enregistrer une opposition
        </h2>
        <div className="mt-4 max-w-xl">
          <OptOutAdminForm />
        </div>
      </section>
      <section aria-labelledby="liste-oppositions" className="mt-8">
        <h2 id="liste-oppositions" className="text-lg font-bold text-brand-900">
          Dernières oppositions
        </h2>
        {optOuts.length === 0 ? (
          <p className="mt-2 text-ink-700">Aucune opposition pour l’instant.</p>
        ) : (
          <DataTable
            id="oppositions"
            caption="Oppositions, de la plus récente à la plus ancienne"
            captionHidden
            columns={['Date', 'Adresse', 'Canal', 'Demande', 'Enregistrée par']}
            minWidth="min-w-[40rem]"
            className="mt-3"
          >
            {optOuts.map((optOut) => (
              <tr key={optOut.id}>
                <td className={cell}>{formatDateTime(optOut.createdAt)}</td>
                <td className={cx(cell, 'wrap-anywhere')}>{optOut.email}</td>
                <td className={cell}>{CHANNEL_LABELS[optOut.channel]}</td>
                <td className={cell}>{optOut.source}</td>
                <td className={cell}>{optOut.recordedBy?.email ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
