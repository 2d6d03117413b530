// The inbox's rows: who wrote, when, the first words and the state; each row links to the inquiry.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format/french';
import type { InboxRow } from '@/lib/inquiries/queries';
import { InquiryStatusBadges } from './inquiry-status-badges';

export function InboxList({ rows }: { rows: InboxRow[] }) {
  return (
    <ul className="divide-y divide-ink-200 overflow-hidden rounded-card border border-ink-200 bg-white">
      {rows.map((row) => (
        <li key={row.id} className={row.readAt ? undefined : 'bg-brand-50/40'}>
          <Link
            href={`/espace/demandes/${row.id}`}
            className="flex flex-col gap-1 p-4 hover:bg-ink-50 focus-visible:bg-ink-50"
          >
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span className={row.readAt ? 'font-semibold text-ink-900' : 'font-bold text-brand-950'}>
                {row.senderName}
              </span>
              <time dateTime={row.createdAt.toISOString()} className="text-sm text-ink-600">
                {formatDateTime(row.createdAt)}
              </time>
            </span>
            <span className="flex flex-wrap items-center gap-2">
              {row.kind === 'CALLBACK' && <Badge tone="brand">Rappel demandé</Badge>}
              <InquiryStatusBadges readAt={row.readAt} answeredAt={row.answeredAt} archivedAt={row.archivedAt} />
            </span>
            <span className="break-words text-sm text-ink-700">{row.excerpt}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
