// The audit log as a table: when, who, what, about whom, why.
import Link from 'next/link';
import { cx } from '@/components/ui/cx';
import { cell, DataTable, rowHeaderCell } from '@/components/ui/data-table';
import { auditActionLabel, auditSubjectTypeLabel } from '@/lib/admin/labels';
import { formatDateTime } from '@/lib/format/french';
import { ADVERTISER_SUBJECT, type AuditListItem } from '@/lib/admin/queries';

function Subject({ entry }: { entry: AuditListItem }) {
  const type = auditSubjectTypeLabel(entry.subjectType);
  return (
    <>
      {entry.subjectType === ADVERTISER_SUBJECT && entry.subjectId ? (
        <Link href={`/admin/annonceurs/${entry.subjectId}`} className="text-brand-700 underline hover:text-brand-900">
          {type}
        </Link>
      ) : (
        type
      )}
      {entry.subjectUser && <span className="block wrap-anywhere text-ink-700">{entry.subjectUser.email}</span>}
    </>
  );
}

export function AuditTable({ entries, caption }: { entries: AuditListItem[]; caption: string }) {
  return (
    <DataTable id="journal" caption={caption} columns={['Date', 'Qui', 'Quoi', 'Sujet', 'Motif']} minWidth="min-w-[48rem]">
      {entries.map((entry) => (
        <tr key={entry.id}>
          <th scope="row" className={cx(rowHeaderCell, 'whitespace-nowrap')}>
            <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
          </th>
          <td className={cx(cell, 'wrap-anywhere')}>{entry.actor?.email ?? 'Système'}</td>
          <td className={cell}>{auditActionLabel(entry.action)}</td>
          <td className={cell}>
            <Subject entry={entry} />
          </td>
          <td className={cell}>{entry.reason ?? <span className="text-ink-600">—</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
