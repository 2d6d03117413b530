// The audit log as a table: when, who, what, about whom, why. Scrolls sideways inside a focusable
// region on narrow screens.
import Link from 'next/link';
import { auditActionLabel, auditSubjectTypeLabel } from '@/lib/admin/labels';
import { formatDateTime } from '@/lib/format/french';
import { ADVERTISER_SUBJECT, type AuditListItem } from '@/lib/admin/queries';

const th = 'px-3 py-2 text-left text-sm font-semibold text-ink-900 whitespace-nowrap';
const td = 'px-3 py-2 align-top text-sm text-ink-800';

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
      {entry.subjectUser && <span className="block break-all text-ink-700">{entry.subjectUser.email}</span>}
    </>
  );
}

export function AuditTable({ entries, caption }: { entries: AuditListItem[]; caption: string }) {
  return (
    <div
      role="region"
      aria-labelledby="journal-legende"
      tabIndex={0}
      className="overflow-x-auto rounded-card border border-ink-200 bg-white"
    >
      <table className="w-full min-w-[48rem] border-collapse">
        <caption id="journal-legende" className="px-3 py-2 text-left text-sm text-ink-700">
          {caption}
        </caption>
        <thead className="border-b border-ink-200 bg-ink-50">
          <tr>
            <th scope="col" className={th}>
              Date
            </th>
            <th scope="col" className={th}>
              Qui
            </th>
            <th scope="col" className={th}>
              Quoi
            </th>
            <th scope="col" className={th}>
              Sujet
            </th>
            <th scope="col" className={th}>
              Motif
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-200">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" className={`${td} font-normal whitespace-nowrap`}>
                <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
              </th>
              <td className={`${td} break-all`}>{entry.actor?.email ?? 'Système'}</td>
              <td className={td}>{auditActionLabel(entry.action)}</td>
              <td className={td}>
                <Subject entry={entry} />
              </td>
              <td className={td}>{entry.reason ?? <span className="text-ink-600">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
