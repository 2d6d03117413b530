// Resend's delivery webhooks on real PostgreSQL, signed the Svix way (HMAC-SHA256 of
// `${id}.${timestamp}.${body}` with the base64 secret after `whsec_`, computed here independently of
// the SDK that verifies it): hard bounces and complaints suppress the address, which then never gets a
// newsletter again; replays change nothing; a wrong signature or a missing secret is refused.
import { createHmac, randomBytes } from 'node:crypto';
import { NextRequest } from 'next/server';
import { prisma } from '@/lib/db/client';
import { NEWSLETTER_LISTS } from '@/lib/newsletters/lists';
import { fanOutIssue } from '@/lib/newsletters/sending';
import { POST } from '@/app/api/webhooks/resend/route';

const secretBytes = randomBytes(24);
const SECRET = `whsec_${secretBytes.toString('base64')}`;
process.env.RESEND_WEBHOOK_SECRET = SECRET;
let listId: string;
let issueId: string;
let seq = 0;

function signed(event: object, { secret = secretBytes, id = `msg_${++seq}`, timestamp = Math.floor(Date.now() / 1000) } = {}) {
  const body = JSON.stringify(event);
  const signature = createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('base64');
  return new NextRequest('http://localhost:3000/api/webhooks/resend', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': `v1,${signature}` },
  });
}

/** A newsletter message sent to `email`: subscription, delivery and outbox row with a provider id. */
async function sentTo(email: string) {
  seq += 1;
  const subscription = await prisma.newsletterSubscription.create({
    data: { listId, email, state: 'SUBSCRIBED', confirmedAt: new Date(), unsubscribeTokenHash: `w-${seq}` },
  });
  const providerMessageId = `re_msg_${seq}`;
  const outbox = await prisma.emailOutbox.create({
    data: {
      to: email,
      idempotencyKey: `newsletter:${issueId}:${subscription.id}`,
      subject: 'Nouveautés',
      template: 'newsletter',
      props: { issueId, subscriptionId: subscription.id, subject: 'Nouveautés' },
      category: 'NEWSLETTER',
      status: 'SENT',
      providerMessageId,
    },
  });
  await prisma.newsletterDelivery.create({ data: { issueId, subscriptionId: subscription.id, status: 'SENT', outboxId: outbox.id } });
  return { subscription, providerMessageId };
}

const event = (type: string, emailId: string, to: string, extra: object = {}) => ({
  type,
  created_at: new Date().toISOString(),
  data: { email_id: emailId, to: [to], from: 'x@jauto-entreprends.fr', subject: 'Nouveautés', created_at: new Date().toISOString(), ...extra },
});

const delivery = (subscriptionId: string) =>
  prisma.newsletterDelivery.findUniqueOrThrow({ where: { issueId_subscriptionId: { issueId, subscriptionId } } });

beforeAll(async () => {
  listId = (await prisma.newsletterList.create({ data: NEWSLETTER_LISTS[1] })).id;
  issueId = (await prisma.newsletterIssue.create({ data: { listId, subject: 'Nouveautés', bodyMarkdown: 'Bonjour à tous.', status: 'SENT' } })).id;
});

it('a hard bounce suppresses the address and marks the delivery; a replay changes nothing', async () => {
  const { subscription, providerMessageId } = await sentTo('dead@exemple.fr');
  const request = () =>
    signed(event('email.bounced', providerMessageId, 'dead@exemple.fr', { bounce: { type: 'Permanent', subType: 'General', message: 'no such user' } }), {
      id: 'msg_bounce_1',
    });

  const first = await POST(request());
  expect(first.status).toBe(200);
  expect(await first.json()).toEqual({ result: 'processed' });
  expect(await prisma.emailSuppression.findUnique({ where: { email: 'DEAD@exemple.fr' } })).toMatchObject({ reason: 'bounce' });
  expect(await delivery(subscription.id)).toMatchObject({ status: 'BOUNCED', bouncedAt: expect.any(Date) });

  const replay = await POST(request());
  expect(await replay.json()).toEqual({ result: 'duplicate' });
  expect(await prisma.webhookEvent.count({ where: { provider: 'RESEND', eventId: 'msg_bounce_1' } })).toBe(1);
});

it('a transient bounce suppresses nothing; delivered is recorded but never overwrites a complaint', async () => {
  const soft = await sentTo('full.mailbox@exemple.fr');
  await POST(signed(event('email.bounced', soft.providerMessageId, 'full.mailbox@exemple.fr', { bounce: { type: 'Transient', subType: 'MailboxFull', message: 'full' } })));
  expect(await prisma.emailSuppression.findUnique({ where: { email: 'full.mailbox@exemple.fr' } })).toBeNull();
  await POST(signed(event('email.delivered', soft.providerMessageId, 'full.mailbox@exemple.fr')));
  expect(await delivery(soft.subscription.id)).toMatchObject({ status: 'DELIVERED' });

  const angry = await sentTo('angry@exemple.fr');
  await POST(signed(event('email.complained', angry.providerMessageId, 'angry@exemple.fr')));
  // Out of order: the « delivered » event arrives after the complaint.
  await POST(signed(event('email.delivered', angry.providerMessageId, 'angry@exemple.fr')));
  expect(await delivery(angry.subscription.id)).toMatchObject({ status: 'COMPLAINED' });
  expect(await prisma.emailSuppression.findUnique({ where: { email: 'angry@exemple.fr' } })).toMatchObject({ reason: 'complaint' });
  expect((await prisma.newsletterSubscription.findUniqueOrThrow({ where: { id: angry.subscription.id } })).state).toBe('UNSUBSCRIBED');
});

it('refuses a wrong signature, an old timestamp, and answers 503 without a secret', async () => {
  const { providerMessageId } = await sentTo('forged@exemple.fr');
  const bounce = event('email.bounced', providerMessageId, 'forged@exemple.fr', { bounce: { type: 'Permanent' } });

  expect((await POST(signed(bounce, { secret: randomBytes(24) }))).status).toBe(400);
  expect((await POST(signed(bounce, { timestamp: Math.floor(Date.now() / 1000) - 3600 }))).status).toBe(400);
  expect(await prisma.emailSuppression.findUnique({ where: { email: 'forged@exemple.fr' } })).toBeNull();

  const { env } = await import('@/lib/env');
  const config = env() as { RESEND_WEBHOOK_SECRET?: string };
  const saved = config.RESEND_WEBHOOK_SECRET;
  config.RESEND_WEBHOOK_SECRET = undefined;
  try {
    expect((await POST(signed(bounce))).status).toBe(503);
  } finally {
    config.RESEND_WEBHOOK_SECRET = saved;
  }
});

it('a suppressed address is left out of the next send', async () => {
  const { providerMessageId } = await sentTo('gone@exemple.fr');
  await POST(signed(event('email.bounced', providerMessageId, 'gone@exemple.fr', { bounce: { type: 'Permanent' } })));
  await sentTo('alive@exemple.fr');
  const next = await prisma.newsletterIssue.create({
    data: { listId, subject: 'Suite', bodyMarkdown: 'La suite des nouveautés.', status: 'SCHEDULED', scheduledAt: new Date() },
  });

  await fanOutIssue(next.id);

  const recipients = await prisma.newsletterDelivery.findMany({ where: { issueId: next.id }, include: { subscription: { select: { email: true } } } });
  const emails = recipients.map((row) => row.subscription.email);
  expect(emails).toContain('alive@exemple.fr');
  expect(emails).not.toContain('gone@exemple.fr');
  expect(emails).not.toContain('dead@exemple.fr');
  expect(emails).not.toContain('angry@exemple.fr');
});
