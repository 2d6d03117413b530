// Back-office: the newsletters, newest first, with their state and results, and the lists' audience.
import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueStatusBadge } from '@/components/newsletters/issue-status-badge';
import { ButtonLink } from '@/components/ui/button-link';
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdmin } from '@/lib/auth/guards';
import { formatNumber } from '@/lib/format/french';
import { formatDateTimeParis } from '@/lib/newsletters/format';
import { listIssues, listsWithAudience } from '@/lib/newsletters/queries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Newsletters · Administration' };

export default async function AdminNewslettersPage() {
  await requireAdmin('/admin/newsletters');
  const [issues, lists] = await Promise.all([listIssues(), listsWithAudience()]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Newsletters</h1>
        <ButtonLink href="/admin/newsletters/nouvelle">Nouvelle lettre</ButtonLink>
      </div>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-ink-700">
        {lists.map((list) => (
          <li key={list.id}>
            {`«\u00a0${list.name}\u00a0»\u00a0: ${formatNumber(list.audience.nonCommercial)} abonnés confirmés (${formatNumber(list.audience.commercial)} pour un contenu commercial)`}
          </li>
        ))}
      </ul>
      {issues.length === 0 ? (
        <EmptyState title="Aucune lettre pour l’instant" headingLevel="h2" className="mt-6">
          <p>Écrivez la première avec «{'\u00a0'}Nouvelle lettre{'\u00a0'}».</p>
        </EmptyState>
      ) : (
        <DataTable
          id="lettres"
          caption="Lettres d’information, de la plus récente à la plus ancienne"
          captionHidden
          columns={['Objet', 'Liste', 'État', 'Envoyés', 'Rejetés', 'Désinscrits']}
          className="mt-6 shadow-card"
        >
          {issues.map((issue) => (
            <tr key={issue.id}>
              <td className={cell}>
                <Link href={`/admin/newsletters/${issue.id}`} className="font-medium text-brand-700 underline">
                  {issue.subject}
                </Link>
                <span className="block text-xs text-ink-600">
                  {issue.sentAt
                    ? `Envoyée le ${formatDateTimeParis(issue.sentAt)}`
                    : issue.scheduledAt
                      ? `Prévue le ${formatDateTimeParis(issue.scheduledAt)}`
                      : `Créée le ${formatDateTimeParis(issue.createdAt)}`}
                </span>
              </td>
              <td className={cx(cell, 'text-ink-900')}>{issue.list.name}</td>
              <td className={cell}>
                <IssueStatusBadge status={issue.status} />
              </td>
              <td className={cx(cell, 'tabular-nums')}>{`${formatNumber(issue.stats.sent)} / ${formatNumber(issue.stats.recipients)}`}</td>
              <td className={cx(cell, 'tabular-nums')}>{formatNumber(issue.stats.bounced)}</td>
              <td className={cx(cell, 'tabular-nums')}>{formatNumber(issue.stats.unsubscribed)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
