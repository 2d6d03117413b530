// Demo mailbox: every e-mail the site wrote to its outbox, newest first (never in production).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Container } from '@/components/ui/container';
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { hasDemoMailbox } from '@/lib/env';
import { listRecentEmails } from '@/lib/email/queries';
import { EmailStatusBadge, formatDateTime } from './email-status';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Boîte de réception de démonstration', robots: { index: false } };

export default async function DemoMailboxPage() {
  if (!hasDemoMailbox()) notFound();
  const emails = await listRecentEmails();

  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold text-ink-900">Boîte de réception de démonstration</h1>
      <p className="mt-3 max-w-prose text-ink-700">
        Sans clé d’API Resend, les e-mails ne quittent pas le site{'\u00a0'}: ils sont gardés ici pour que vous
        puissiez les lire. Seuls les 100 derniers sont affichés.
      </p>

      {emails.length === 0 ? (
        <p className="mt-8 rounded-card border border-ink-200 bg-white p-5 text-ink-700">
          Aucun e-mail pour l’instant.
        </p>
      ) : (
        <DataTable
          id="emails"
          caption="E-mails écrits par le site, du plus récent au plus ancien"
          captionHidden
          columns={['Date', 'Destinataire', 'Objet', 'État']}
          className="mt-8 shadow-card"
        >
          {emails.map((email) => (
            <tr key={email.id}>
              <td className={cx(cell, 'whitespace-nowrap')}>
                <time dateTime={email.createdAt.toISOString()}>{formatDateTime(email.createdAt)}</time>
              </td>
              <td className={cx(cell, 'text-ink-900')}>{email.to}</td>
              <td className={cell}>
                <Link href={`/dev/emails/${email.id}`} className="font-medium text-brand-700 underline">
                  {email.subject}
                </Link>
              </td>
              <td className={cell}>
                <EmailStatusBadge status={email.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Container>
  );
}
