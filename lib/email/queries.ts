// Reads of the outbox for the demo mailbox (/dev/emails).
import 'server-only';
import { prisma } from '@/lib/db/client';
import { renderStoredEmail, type RenderedEmail } from './render';

const MAILBOX_SIZE = 100;

export function listRecentEmails() {
  return prisma.emailOutbox.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: MAILBOX_SIZE,
    select: { id: true, createdAt: true, to: true, subject: true, status: true, category: true },
  });
}

export type MailboxEmail = NonNullable<Awaited<ReturnType<typeof getMailboxEmail>>>;

/** One e-mail with its bodies, rendered from the stored template and props as the worker would. */
export async function getMailboxEmail(id: string) {
  const email = await prisma.emailOutbox.findUnique({ where: { id } });
  if (!email) return null;
  const rendered: RenderedEmail | { error: string } = await renderStoredEmail(email.template, email.props).catch(
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  return { ...email, rendered };
}
