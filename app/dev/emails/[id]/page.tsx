// One e-mail of the demo mailbox: its envelope, its HTML (sandboxed) and its text version.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Container } from '@/components/ui/container';
import { env, hasDemoMailbox } from '@/lib/env';
import { getMailboxEmail } from '@/lib/email/queries';
import { EmailStatusBadge, formatDateTime } from '../email-status';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'E-mail de démonstration', robots: { index: false } };

export default async function DemoEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!hasDemoMailbox()) notFound();
  const email = await getMailboxEmail((await params).id);
  if (!email) notFound();

  const headers = Object.entries((email.headers ?? {}) as Record<string, string>);
  const envelope: [string, string][] = [
    ['De', env().EMAIL_FROM],
    ['À', email.to],
    ['Date', formatDateTime(email.createdAt)],
    ['Catégorie', email.category === 'NEWSLETTER' ? 'Lettre d’information' : 'Transactionnel'],
    ['Clé d’idempotence', email.idempotencyKey],
    ['Tentatives', String(email.attempts)],
    ...(email.lastError ? [['Dernière erreur', email.lastError] as [string, string]] : []),
    ...headers,
  ];

  return (
    <Container className="py-10">
      <p>
        <Link href="/dev/emails" className="text-brand-700 underline">
          ← Retour à la boîte de réception
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold text-ink-900">{email.subject}</h1>
      <div className="mt-2">
        <EmailStatusBadge status={email.status} />
      </div>

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {envelope.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="font-semibold text-ink-700">{name}</dt>
            <dd className="wrap-anywhere text-ink-900">{value}</dd>
          </div>
        ))}
      </dl>

      {'error' in email.rendered ? (
        <p role="alert" className="mt-8 rounded-card border border-danger-600 bg-danger-50 p-4 text-danger-700">
          Impossible d’afficher cet e-mail{'\u00a0'}: {email.rendered.error}
        </p>
      ) : (
        <>
          <h2 className="mt-10 text-xl font-semibold text-ink-900">Version HTML</h2>
          {/* sandbox="" : the message's HTML can run no script and reach nothing of this page. */}
          <iframe
            title={`Contenu HTML de l’e-mail «\u00a0${email.subject}\u00a0»`}
            srcDoc={email.rendered.html}
            sandbox=""
            className="mt-3 h-[36rem] w-full rounded-card border border-ink-200 bg-white"
          />
          <h2 className="mt-10 text-xl font-semibold text-ink-900">Version texte</h2>
          <pre className="mt-3 overflow-x-auto whitespace-pre-wrap rounded-card border border-ink-200 bg-white p-4 text-sm text-ink-900">
            {email.rendered.text}
          </pre>
        </>
      )}
    </Container>
  );
}
