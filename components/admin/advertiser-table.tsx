// The advertisers list as a table (identity and statuses only: no phone, no address).
import Link from 'next/link';
import { SiretStatusBadge } from '@/components/siret/siret-status-badge';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { listingStatusLabel } from '@/lib/admin/labels';
import { formatSiret } from '@/lib/format/french';
import type { AdvertiserListItem } from '@/lib/admin/queries';
import { formatDate } from '@/lib/format/french';

export function AdvertiserTable({ advertisers, caption }: { advertisers: AdvertiserListItem[]; caption: string }) {
  return (
    <DataTable
      id="annonceurs"
      caption={caption}
      columns={['Annonceur', 'SIRET', 'Statut du SIRET', 'E-mail', 'Annonce', 'Inscription']}
      minWidth="min-w-[48rem]"
    >
      {advertisers.map((advertiser) => (
        <tr key={advertiser.id}>
          <th scope="row" className={cx(cell, 'font-semibold')}>
            <Link href={`/admin/annonceurs/${advertiser.id}`} className="text-brand-700 underline hover:text-brand-900">
              {advertiser.fullName}
            </Link>
          </th>
          <td className={cx(cell, 'whitespace-nowrap tabular-nums')}>{formatSiret(advertiser.siret)}</td>
          <td className={cell}>
            <SiretStatusBadge status={advertiser.siretStatus} />
          </td>
          <td className={cell}>
            {advertiser.user.emailVerifiedAt ? (
              <Badge tone="success">Vérifié</Badge>
            ) : (
              <Badge tone="warning">Non vérifié</Badge>
            )}
          </td>
          <td className={cell}>{listingStatusLabel(advertiser.listing?.status)}</td>
          <td className={cx(cell, 'whitespace-nowrap')}>{formatDate(advertiser.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
