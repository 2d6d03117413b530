// Demo mailbox: every e-mail the site wrote to its outbox, newest first (never in production).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Container } from '@/components/ui/container';
import { isProduction } from '@/lib/env';
import { listRecentEmails } from '@/lib/email/queries';
import { EmailStatusBadge, formatDateTime } from './email-status';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Boîte de réception de démonstration', robots: { index: false } };

export default async function DemoMailboxPage() {
  if (isProduction()) notFound();
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
        <div className="mt-8 overflow-x-auto rounded-card border border-ink-200 bg-white shadow-card">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">E-mails écrits par le site, du plus récent au plus ancien</caption>
            <thead className="bg-ink-50 text-ink-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Date
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Destinataire
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Objet
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  État
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-ink-200">
              {emails.map((email) => (
                <tr key={email.id}>
                  <td className="whitespace-nowrap px-4 py-3 text-ink-700">
                    <time dateTime={email.createdAt.toISOString()}>{formatDateTime(email.createdAt)}</time>
                  </td>
                  <td className="px-4 py-3 text-ink-900">{email.to}</td>
                  <td className="px-4 py-3">
                    <Link href={`/dev/emails/${email.id}`} className="font-medium text-brand-700 underline">
                      {email.subject}
                    </Link>
                  </td>
                  <td className="px-4 py-3">
                    <EmailStatusBadge status={email.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
