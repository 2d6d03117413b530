// Back-office: opt-outs of commercial messages — the team records those received by e-mail or post,
// and sees every opt-out, newest first (each recording is in the audit log).
import type { Metadata } from 'next';
import { OptOutAdminForm } from '@/components/privacy/personal-data-opt-out-admin-form';
import { requireAdmin } from '@/lib/auth/guards';
import { prisma } from '@/lib/db/client';
import { formatDateTime } from '@/lib/format/french';

export const metadata: Metadata = { title: 'Oppositions · Administration' };

const CHANNEL_LABELS = { EMAIL: 'E-mail', POST: 'Courrier', WEB: 'Site (formulaire ou lien)' } as const;

const th = 'px-3 py-2 text-left text-sm font-semibold text-ink-900 whitespace-nowrap';
const td = 'px-3 py-2 align-top text-sm text-ink-800';

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
          <div role="region" aria-labelledby="liste-oppositions" tabIndex={0} className="mt-3 overflow-x-auto rounded-card border border-ink-200 bg-white">
            <table className="w-full min-w-[40rem] border-collapse">
              <thead className="border-b border-ink-200 bg-ink-50">
                <tr>
                  <th scope="col" className={th}>Date</th>
                  <th scope="col" className={th}>Adresse</th>
                  <th scope="col" className={th}>Canal</th>
                  <th scope="col" className={th}>Demande</th>
                  <th scope="col" className={th}>Enregistrée par</th>
                </tr>
              </thead>
              <tbody>
                {optOuts.map((optOut) => (
                  <tr key={optOut.id} className="border-b border-ink-100 last:border-0">
                    <td className={td}>{formatDateTime(optOut.createdAt)}</td>
                    <td className={`${td} break-all`}>{optOut.email}</td>
                    <td className={td}>{CHANNEL_LABELS[optOut.channel]}</td>
                    <td className={td}>{optOut.source}</td>
                    <td className={td}>{optOut.recordedBy?.email ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
