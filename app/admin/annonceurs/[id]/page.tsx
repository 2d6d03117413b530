// Back-office: one advertiser's record. Personal data: the page first asks the reason of the
// consultation (written to the audit log), and shows the record only with a recent entry of this
// admin for this advertiser (?consultation=<id>, valid 15 minutes).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdvertiserRecord } from '@/components/admin/advertiser-record';
import { ConsultationForm } from '@/components/admin/consultation-form';
import { SiretStatusBadge } from '@/components/siret/siret-status-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDateTime, formatSiret } from '@/lib/format/french';
import { getAdvertiserRecord, getAdvertiserSummary } from '@/lib/admin/queries';
import { recordParamsSchema, type RawSearchParams } from '@/lib/admin/schema';

// The advertiser's name stays out of the title: titles end up in browser history.
export const metadata: Metadata = { title: 'Fiche annonceur · Administration' };

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

export default async function AdminAdvertiserPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireAdmin(`/admin/annonceurs/${id}`);
  const { consultation } = recordParamsSchema.parse(await searchParams);
  const advertiser = await getAdvertiserSummary(id);
  if (!advertiser) notFound();
  const record = await getAdvertiserRecord(id, consultation);

  return (
    <>
      <Breadcrumbs
        items={[{ label: 'Annonceurs', href: '/admin/annonceurs' }, { label: advertiser.fullName }]}
        className="mb-4"
      />
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">{advertiser.fullName}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-ink-700">
        <span className="tabular-nums">SIRET {formatSiret(advertiser.siret)}</span>
        <SiretStatusBadge status={advertiser.siretStatus} />
      </p>

      {record ? (
        <>
          <p role="status" className="mt-6 rounded-control border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900">
            Consultation enregistrée au journal d’audit le {formatDateTime(record.consultation.createdAt)}, motif&nbsp;:
            «&nbsp;{record.consultation.reason}&nbsp;». Accès valable jusqu’au {formatDateTime(record.consultation.expiresAt)}.
          </p>
          <div className="mt-6">
            <AdvertiserRecord record={record} />
          </div>
        </>
      ) : (
        <Card as="section" aria-labelledby="motif-titre" className="mt-6 max-w-prose">
          <h2 id="motif-titre" className="text-lg font-semibold text-ink-950">
            Avant de consulter la fiche
          </h2>
          {consultation && (
            <p className="mt-2 rounded-control border border-warning-600 bg-warning-50 px-3 py-2 text-sm text-warning-800">
              Cette consultation n’est plus valable&nbsp;: un motif ouvre la fiche pendant 15&nbsp;minutes, et
              seulement pour le membre de l’équipe qui l’a indiqué. Indiquez à nouveau le motif.
            </p>
          )}
          <p className="mt-2 text-ink-700">
            La fiche contient des données personnelles (coordonnées, adresse, téléphone). Chaque consultation
            est inscrite au journal d’audit avec votre compte, la date et le motif indiqué ici.
          </p>
          <div className="mt-4">
            <ConsultationForm advertiserId={advertiser.id} />
          </div>
        </Card>
      )}
    </>
  );
}
