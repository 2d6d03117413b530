// /espace/demandes/[id]: one inquiry, only for the advertiser it was sent to (anyone else: the 404).
// Opening it marks it read. Shows the message, how to reach the sender, earlier answers, « Répondre »
// and archiving.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerForm } from '@/components/inquiries/answer-form';
import { ArchiveForm } from '@/components/inquiries/archive-form';
import { InquiryStatusBadges } from '@/components/inquiries/inquiry-status-badges';
import { Card } from '@/components/ui/card';
import { formatFrenchPhone } from '@/lib/accounts/phone';
import { requireAdvertiser } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format/french';
import { markRead } from '@/lib/inquiries/inbox';
import { getInquiry } from '@/lib/inquiries/queries';

export const metadata: Metadata = { title: 'Demande' };

type Props = { params: Promise<{ id: string }> };

export default async function InquiryPage({ params }: Props) {
  const { id } = await params;
  const session = await requireAdvertiser(`/espace/demandes/${encodeURIComponent(id)}`);
  if (!(await markRead(session.advertiserId, id))) notFound();
  const inquiry = await getInquiry(session.advertiserId, id);
  if (!inquiry) notFound();

  return (
    <>
      <p>
        <Link href="/espace/demandes" className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">
          ← Toutes les demandes
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">
          {inquiry.kind === 'CALLBACK' ? 'Demande de rappel' : 'Message'} de {inquiry.senderName}
        </h1>
        <p className="text-ink-700">
          Reçu le{' '}
          <time dateTime={inquiry.createdAt.toISOString()}>{formatDateTime(inquiry.createdAt)}</time> via votre annonce
          «{'\u00a0'}{inquiry.listing.title}{'\u00a0'}»
        </p>
        <InquiryStatusBadges readAt={inquiry.readAt} answeredAt={inquiry.answeredAt} archivedAt={inquiry.archivedAt} />
      </header>

      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card as="section" aria-labelledby="message-titre">
            <h2 id="message-titre" className="text-lg font-semibold text-ink-950">
              Son message
            </h2>
            <p className="mt-3 whitespace-pre-line break-words text-ink-900">{inquiry.message}</p>
          </Card>

          {inquiry.answers.length > 0 && (
            <section aria-labelledby="reponses-titre" className="flex flex-col gap-3">
              <h2 id="reponses-titre" className="text-lg font-semibold text-ink-950">
                Vos réponses
              </h2>
              <ol className="flex flex-col gap-3">
                {inquiry.answers.map((answer) => (
                  <li key={answer.id}>
                    <Card className="bg-brand-50/40">
                      <p className="text-sm text-ink-600">
                        Envoyée le <time dateTime={answer.createdAt.toISOString()}>{formatDateTime(answer.createdAt)}</time>
                      </p>
                      <p className="mt-2 whitespace-pre-line break-words text-ink-900">{answer.body}</p>
                    </Card>
                  </li>
                ))}
              </ol>
            </section>
          )}

          <Card as="section" aria-labelledby="repondre-titre">
            <h2 id="repondre-titre" className="mb-4 text-lg font-semibold text-ink-950">
              Répondre
            </h2>
            <AnswerForm inquiryId={inquiry.id} senderName={inquiry.senderName} replyTo={session.user.email} />
          </Card>
        </div>

        <aside className="flex flex-col gap-6" aria-label="Coordonnées et actions">
          <Card as="section" aria-labelledby="contact-titre">
            <h2 id="contact-titre" className="text-lg font-semibold text-ink-950">
              Coordonnées
            </h2>
            <dl className="mt-3 flex flex-col gap-3 text-sm">
              <div>
                <dt className="font-semibold text-ink-700">E-mail</dt>
                <dd>
                  <a href={`mailto:${inquiry.senderEmail}`} className="wrap-anywhere text-brand-700 underline">
                    {inquiry.senderEmail}
                  </a>
                </dd>
              </div>
              {inquiry.senderPhone && (
                <div>
                  <dt className="font-semibold text-ink-700">Téléphone</dt>
                  <dd>
                    <a href={`tel:${inquiry.senderPhone}`} className="text-brand-700 underline">
                      {formatFrenchPhone(inquiry.senderPhone)}
                    </a>
                  </dd>
                </div>
              )}
              {inquiry.preferredCallTime && (
                <div>
                  <dt className="font-semibold text-ink-700">Créneau de rappel souhaité</dt>
                  <dd className="text-ink-900">{inquiry.preferredCallTime}</dd>
                </div>
              )}
            </dl>
          </Card>
          <ArchiveForm inquiryId={inquiry.id} archived={inquiry.archivedAt !== null} />
        </aside>
      </div>
    </>
  );
}
