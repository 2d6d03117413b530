// An advertiser's full record (personal data), shown only after a consultation was written to the
// audit log: identity and contact details, SIRET register data, account activity and the listing.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SiretStatusBadge } from '@/components/siret/siret-status-badge';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatFrenchPhone } from '@/lib/accounts/phone';
import { listingStatusLabel } from '@/lib/admin/labels';
import { formatDateTime, formatSiret } from '@/lib/format/french';
import type { AdvertiserRecord as RecordData } from '@/lib/admin/queries';
import { formatDate, placeLabel } from '@/lib/format/french';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card as="section" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold text-ink-950">
        {title}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_minmax(0,1fr)]">{children}</dl>
    </Card>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm font-semibold text-ink-700">{label}</dt>
      <dd className="text-ink-900 break-words">{children}</dd>
    </div>
  );
}

const missing = <span className="text-ink-600">Non renseigné</span>;

export function AdvertiserRecord({ record }: { record: RecordData }) {
  const { user, listing } = record;
  return (
    <div className="flex flex-col gap-6">
      <Section id="fiche-coordonnees" title="Identité et coordonnées">
        <Item label="Nom">{record.fullName}</Item>
        <Item label="E-mail">
          <span className="mr-2">{user.email}</span>
          {user.emailVerifiedAt ? (
            <Badge tone="success">Vérifié le {formatDate(user.emailVerifiedAt)}</Badge>
          ) : (
            <Badge tone="warning">Non vérifié</Badge>
          )}
        </Item>
        <Item label="Téléphone">
          <a href={`tel:${record.phone}`} className="text-brand-700 underline hover:text-brand-900">
            {formatFrenchPhone(record.phone)}
          </a>
        </Item>
        <Item label="Adresse postale">
          {record.addressLine}
          <br />
          {record.postalCode} {record.city}
        </Item>
      </Section>

      <Section id="fiche-siret" title="SIRET">
        <Item label="Numéro">
          <span className="tabular-nums">{formatSiret(record.siret)}</span>
        </Item>
        <Item label="Statut">
          <SiretStatusBadge status={record.siretStatus} />
        </Item>
        <Item label="Dernière vérification">
          {record.siretCheckedAt ? formatDateTime(record.siretCheckedAt) : 'Pas encore vérifié'}
        </Item>
        <Item label="Nom au répertoire">{record.siretRegisteredName ?? missing}</Item>
        <Item label="Forme juridique">{record.siretLegalForm ?? missing}</Item>
      </Section>

      <Section id="fiche-compte" title="Compte">
        <Item label="Inscription">{formatDate(record.createdAt)}</Item>
        <Item label="Dernière activité">{formatDateTime(user.lastActiveAt)}</Item>
        <Item label="Sessions ouvertes">{record.activeSessions}</Item>
      </Section>

      <Section id="fiche-annonce" title="Annonce">
        {listing ? (
          <>
            <Item label="Titre">
              {listing.status === 'PUBLISHED' ? (
                <Link href={`/annonce/${listing.slug}`} className="text-brand-700 underline hover:text-brand-900">
                  {listing.title}
                </Link>
              ) : (
                listing.title
              )}
            </Item>
            <Item label="Statut">{listingStatusLabel(listing.status)}</Item>
            <Item label="Commune">{placeLabel(listing.commune.name, listing.commune.departmentCode)}</Item>
            <Item label="Publication">{listing.publishedAt ? formatDate(listing.publishedAt) : 'Jamais publiée'}</Item>
          </>
        ) : (
          <Item label="Statut">{listingStatusLabel(null)}</Item>
        )}
      </Section>
    </div>
  );
}
