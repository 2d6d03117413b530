// The advertisers list as a table (identity and statuses only: no phone, no address). On a narrow
// screen the table scrolls sideways inside a focusable region, so keyboard users can scroll it too.
import Link from 'next/link';
import { SiretStatusBadge } from '@/components/siret/siret-status-badge';
import { Badge } from '@/components/ui/badge';
import { listingStatusLabel } from '@/lib/admin/labels';
import { formatSiret } from '@/lib/format/french';
import type { AdvertiserListItem } from '@/lib/admin/queries';
import { formatDate } from '@/lib/format/french';

const th = 'px-3 py-2 text-left text-sm font-semibold text-ink-900 whitespace-nowrap';
const td = 'px-3 py-2 align-top text-sm text-ink-800';

export function AdvertiserTable({ advertisers, caption }: { advertisers: AdvertiserListItem[]; caption: string }) {
  return (
    <div
      role="region"
      aria-labelledby="annonceurs-legende"
      tabIndex={0}
      className="overflow-x-auto rounded-card border border-ink-200 bg-white"
    >
      <table className="w-full min-w-[48rem] border-collapse">
        <caption id="annonceurs-legende" className="px-3 py-2 text-left text-sm text-ink-700">
          {caption}
        </caption>
        <thead className="border-b border-ink-200 bg-ink-50">
          <tr>
            <th scope="col" className={th}>
              Annonceur
            </th>
            <th scope="col" className={th}>
              SIRET
            </th>
            <th scope="col" className={th}>
              Statut du SIRET
            </th>
            <th scope="col" className={th}>
              E-mail
            </th>
            <th scope="col" className={th}>
              Annonce
            </th>
            <th scope="col" className={th}>
              Inscription
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-200">
          {advertisers.map((advertiser) => (
            <tr key={advertiser.id}>
              <th scope="row" className={`${td} font-semibold`}>
                <Link href={`/admin/annonceurs/${advertiser.id}`} className="text-brand-700 underline hover:text-brand-900">
                  {advertiser.fullName}
                </Link>
              </th>
              <td className={`${td} whitespace-nowrap tabular-nums`}>{formatSiret(advertiser.siret)}</td>
              <td className={td}>
                <SiretStatusBadge status={advertiser.siretStatus} />
              </td>
              <td className={td}>
                {advertiser.user.emailVerifiedAt ? (
                  <Badge tone="success">Vérifié</Badge>
                ) : (
                  <Badge tone="warning">Non vérifié</Badge>
                )}
              </td>
              <td className={td}>{listingStatusLabel(advertiser.listing?.status)}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(advertiser.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
