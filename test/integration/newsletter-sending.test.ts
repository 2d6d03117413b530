// Sending a newsletter on real PostgreSQL through the real Resend SDK and a local fake of its API:
// the audience (confirmed, not unsubscribed, not suppressed, not opted out when commercial), batches of
// 100 with List-Unsubscribe headers, and exactly one message per recipient when a send is interrupted
// (a lost answer from Resend, a worker stopped half-way) and resumed.
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { startWorker, stopWorker } from '@/lib/jobs/worker';
import { countAudience } from '@/lib/newsletters/audience';
import { readSubscriptionToken } from '@/lib/newsletters/links';
import { NEWSLETTER_LISTS } from '@/lib/newsletters/lists';
import { fanOutIssue, sendIssueBatches } from '@/lib/newsletters/sending';
import { startFakeResend, type FakeResend } from '@/test/fakes/resend-server';

process.env.RESEND_API_KEY = 're_test_newsletter_key';
jest.setTimeout(60_000);

let fake: FakeResend;
let listId: string;
let run = 0;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: process.env.RESEND_API_KEY });
  process.env.RESEND_BASE_URL = fake.url;
  expect(env().RESEND_API_KEY).toBe(fake.apiKey);
  listId = (await prisma.newsletterList.create({ data: NEWSLETTER_LISTS[1] })).id;
});

afterAll(async () => {
  await stopWorker();
  await fake.close();
});

beforeEach(async () => {
  fake.reset();
  await prisma.newsletterIssue.deleteMany();
  await prisma.newsletterSubscription.deleteMany();
  await prisma.emailOutbox.deleteMany();
  await prisma.emailSuppression.deleteMany();
  await prisma.marketingOptOut.deleteMany();
  run += 1;
});

/** `count` confirmed subscribers of « Clients », with addresses unique to this test. */
async function subscribers(count: number, prefix = 'client'): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, index) => `${prefix}.${run}.${index}@exemple.fr`);
  await prisma.newsletterSubscription.createMany({
    data: emails.map((email, index) => ({
      listId,
      email,
      state: 'SUBSCRIBED' as const,
      source: 'NEWSLETTER_FORM' as const,
      confirmedAt: new Date(),
      unsubscribeTokenHash: `hash-${run}-${prefix}-${index}`,
    })),
  });
  return emails;
}

async function scheduledIssue(isCommercial = true) {
  return prisma.newsletterIssue.create({
    data: {
      listId,
      subject: `Les nouveautés de novembre ${run}`,
      preheader: 'Trois nouveaux métiers près de chez vous',
      bodyMarkdown: '# Bonjour\n\nVoici **les nouveautés** du mois : [le site](https://jauto-entreprends.fr).',
      isCommercial,
      status: 'SCHEDULED',
      scheduledAt: new Date(),
    },
  });
}

/** How many messages the fake accepted for each address. */
function receivedPerAddress(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const email of fake.received) for (const to of email.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

function expectEachOnce(emails: string[]) {
  const counts = receivedPerAddress();
  expect(counts.size).toBe(emails.length);
  expect(emails.every((email) => counts.get(email) === 1)).toBe(true);
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('audience', () => {
  it('is the confirmed subscribers, minus suppressed addresses and, for commercial content, opt-outs', async () => {
    const emails = await subscribers(10);
    await prisma.newsletterSubscription.createMany({
      data: [
        { listId, email: `pending.${run}@exemple.fr`, state: 'PENDING_CONFIRMATION', unsubscribeTokenHash: `p-${run}` },
        { listId, email: `left.${run}@exemple.fr`, state: 'UNSUBSCRIBED', unsubscribeTokenHash: `u-${run}` },
      ],
    });
    await prisma.emailSuppression.create({ data: { email: emails[0]!.toUpperCase(), reason: 'bounce' } });
    await prisma.marketingOptOut.create({ data: { email: emails[1]!, channel: 'POST', source: 'courrier' } });

    expect(await countAudience(listId, true)).toBe(8);
    expect(await countAudience(listId, false)).toBe(9);

    const issue = await scheduledIssue(true);
    expect(await fanOutIssue(issue.id)).toEqual({ outcome: 'fanned-out', recipients: 8 });
    // Running the fan-out again (a retried job) writes nothing more.
    expect(await fanOutIssue(issue.id)).toEqual({ outcome: 'not-scheduled' });
    expect(await prisma.newsletterDelivery.count({ where: { issueId: issue.id } })).toBe(8);
    expect(await prisma.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({
      status: 'SENDING',
      recipientCount: 8,
    });
  });

  it('waits for an account to verify its address before writing to it', async () => {
    const account = await prisma.user.create({ data: { email: `compte.${run}@exemple.fr`, passwordHash: 'not-used' } });
    await prisma.newsletterSubscription.create({
      data: { listId, email: account.email, userId: account.id, state: 'SUBSCRIBED', confirmedAt: new Date(), unsubscribeTokenHash: `a-${run}` },
    });
    expect(await countAudience(listId, false)).toBe(0);
    await prisma.user.update({ where: { id: account.id }, data: { emailVerifiedAt: new Date() } });
    expect(await countAudience(listId, false)).toBe(1);
  });

  it('does not fan out an issue scheduled later', async () => {
    await subscribers(3);
    const issue = await prisma.newsletterIssue.update({
      where: { id: (await scheduledIssue()).id },
      data: { scheduledAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await fanOutIssue(issue.id)).toEqual({ outcome: 'not-due' });
    expect(await prisma.newsletterDelivery.count()).toBe(0);
  });
});

describe('sending', () => {
  it('sends batches of at most 100 with RFC 8058 headers and records each message in the outbox', async () => {
    const emails = await subscribers(230);
    const issue = await scheduledIssue();
    await fanOutIssue(issue.id);

    const report = await sendIssueBatches(issue.id);

    expect(report).toEqual({ batches: 3, sent: 230, retrying: 0, failed: 0 });
    expect(fake.requestCount()).toBe(3);
    expectEachOnce(emails);
    const message = fake.received.find((email) => email.to[0] === emails[0])!;
    expect(message.subject).toBe(issue.subject);
    expect(message.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = /^<(https?:\/\/[^>]+\/api\/newsletter\/unsubscribe\?token=([^>]+))>, <mailto:[^>]+>$/.exec(
      message.headers?.['List-Unsubscribe'] ?? '',
    );
    expect(oneClick).not.toBeNull();
    const subscription = await prisma.newsletterSubscription.findUniqueOrThrow({ where: { listId_email: { listId, email: emails[0]! } } });
    expect(readSubscriptionToken(oneClick![2])).toEqual({ subscriptionId: subscription.id, issueId: issue.id });
    // The body and the footer: Markdown rendered, personal links, no marker left.
    expect(message.html).toContain('<strong>les nouveautés</strong>');
    expect(message.html).toContain(`/newsletter/preferences?jeton=${oneClick![2]}`);
    expect(message.html).toContain('Ne plus recevoir de messages commerciaux');
    expect(message.html).not.toContain('destinataire.invalid');
    expect(message.text).toContain(`/newsletter/preferences?jeton=${oneClick![2]}`);

    expect(await prisma.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: 'SENT' });
    const outbox = await prisma.emailOutbox.findMany({ where: { category: 'NEWSLETTER' } });
    expect(outbox).toHaveLength(230);
    expect(outbox.every((row) => row.status === 'SENT' && row.providerMessageId !== null)).toBe(true);
    expect(new Set(outbox.map((row) => row.providerMessageId))).toEqual(new Set(fake.received.map((email) => email.id)));
    expect(await prisma.newsletterDelivery.count({ where: { issueId: issue.id, status: 'SENT', outboxId: { not: null } } })).toBe(230);
  });

  it('skips whoever unsubscribed between the fan-out and their batch', async () => {
    const emails = await subscribers(5);
    const issue = await scheduledIssue();
    await fanOutIssue(issue.id);
    await prisma.newsletterSubscription.update({
      where: { listId_email: { listId, email: emails[2]! } },
      data: { state: 'UNSUBSCRIBED', unsubscribedAt: new Date() },
    });
    await prisma.emailSuppression.create({ data: { email: emails[3]!, reason: 'complaint' } });

    await sendIssueBatches(issue.id);

    expect([...receivedPerAddress().keys()].sort()).toEqual([emails[0], emails[1], emails[4]].sort());
    expect(await prisma.newsletterDelivery.count({ where: { issueId: issue.id, status: 'SKIPPED' } })).toBe(2);
  });

  it('retries a batch whose answer was lost with the same Idempotency-Key: nobody receives it twice', async () => {
    const emails = await subscribers(250);
    const issue = await scheduledIssue();
    await fanOutIssue(issue.id);

    expect(await sendIssueBatches(issue.id, { maxBatches: 1 })).toMatchObject({ sent: 100 });
    // Resend accepts the second batch, but the connection drops before its answer (like a crash).
    fake.loseNextResponse();
    expect(await sendIssueBatches(issue.id, { maxBatches: 1 })).toMatchObject({ retrying: 100 });
    expect(fake.received).toHaveLength(200);
    expect(await prisma.newsletterDelivery.count({ where: { issueId: issue.id, status: 'SENT' } })).toBe(100);

    // Resumed once the batch's retry is due: the same batch again, then the rest.
    const later = new Date(Date.now() + 10 * 60_000);
    await sendIssueBatches(issue.id, { clock: () => later });

    const keys = fake.received.map((email) => email.idempotencyKey);
    expect(new Set(keys).size).toBe(3);
    expect(fake.requestCount()).toBe(4);
    expectEachOnce(emails);
    expect(await prisma.newsletterDelivery.count({ where: { issueId: issue.id, status: 'SENT' } })).toBe(250);
    expect(await prisma.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: 'SENT' });
  });

  it('a send interrupted half-way (worker stopped) and resumed delivers exactly once to every recipient', async () => {
    const emails = await subscribers(1000);
    await scheduledIssue();
    // Slow enough to stop the worker in the middle of the send.
    fake.setLatency(150);

    await startWorker({ pollIntervalMs: 200 });
    await waitFor(() => fake.received.length >= 300);
    await stopWorker();

    const sentBeforeStop = fake.received.length;
    expect(sentBeforeStop).toBeGreaterThanOrEqual(300);
    expect(sentBeforeStop).toBeLessThan(1000);
    // A graceful stop lets the batch in flight finish: what Resend accepted is what is recorded.
    expect(await prisma.newsletterDelivery.count({ where: { status: 'SENT' } })).toBe(sentBeforeStop);

    fake.setLatency(0);
    await startWorker({ pollIntervalMs: 200 });
    await waitFor(async () => (await prisma.newsletterIssue.count({ where: { status: 'SENT' } })) === 1);
    await stopWorker();

    expectEachOnce(emails);
    expect(await prisma.newsletterDelivery.count({ where: { status: 'SENT' } })).toBe(1000);
  }, 90_000);
});
