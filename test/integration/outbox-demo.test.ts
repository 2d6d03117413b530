// Demo mode (no RESEND_API_KEY): e-mails count as sent without leaving the site, and the demo
// mailbox reads them back with their rendered bodies.
import { prisma } from '@/lib/db/client';
import { dispatchDueEmails } from '@/lib/email/dispatch';
import { enqueueEmail } from '@/lib/email/outbox';
import { getMailboxEmail, listRecentEmails } from '@/lib/email/queries';
import { env } from '@/lib/env';

delete process.env.RESEND_API_KEY;

it('marks e-mails sent without a provider and shows them in the demo mailbox', async () => {
  expect(env().RESEND_API_KEY).toBeUndefined();
  const first = await enqueueEmail(prisma, {
    to: 'camille@example.fr',
    template: 'test-message',
    props: { recipientName: 'Camille' },
    idempotencyKey: 'test-message:demo-1',
  });
  await enqueueEmail(prisma, {
    to: 'camille@example.fr',
    template: 'test-message',
    props: { recipientName: 'Camille' },
    idempotencyKey: 'test-message:demo-2',
  });

  expect(await dispatchDueEmails()).toEqual({ sent: 2, retrying: 0, failed: 0 });

  const listed = await listRecentEmails();
  expect(listed.map((email) => email.status)).toEqual(['SENT', 'SENT']);
  expect(listed[0].subject).toBe(`Message de test de ${env().SITE_NAME}`);

  if (first.outcome !== 'queued') throw new Error('expected a queued e-mail');
  const email = await getMailboxEmail(first.id);
  expect(email).toMatchObject({ status: 'SENT', providerMessageId: null });
  expect(email?.rendered).toMatchObject({ text: expect.stringContaining('Bonjour Camille,') });
  expect(await getMailboxEmail('inconnu')).toBeNull();
});
