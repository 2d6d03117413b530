// The e-mail outbox end to end: enqueue in the caller's transaction, dispatch through the real
// Resend SDK to a local fake of its API, retries, final failures, concurrency and the pg-boss worker.
import { prisma } from '@/lib/db/client';
import { dispatchDueEmails, MAX_ATTEMPTS } from '@/lib/email/dispatch';
import { enqueueEmail, type EmailMessage } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { startWorker, stopWorker } from '@/lib/jobs/worker';
import { startFakeResend, type FakeResend } from '@/test/fakes/resend-server';

// Read lazily by env() (the key) and by the SDK (the URL, once the fake has a port): set before any send.
process.env.RESEND_API_KEY = 're_test_outbox_key';

let fake: FakeResend;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: process.env.RESEND_API_KEY });
  process.env.RESEND_BASE_URL = fake.url;
  // Fails loudly if something read the configuration before this file could set it.
  expect(env().RESEND_API_KEY).toBe(fake.apiKey);
});

afterAll(async () => {
  await stopWorker();
  await fake.close();
});

beforeEach(async () => {
  fake.reset();
  await prisma.emailOutbox.deleteMany();
});

function inquiryMail(key: string, to = 'lea.martin@example.fr'): EmailMessage<'inquiry-received'> {
  return {
    to,
    template: 'inquiry-received',
    props: {
      advertiserName: 'Léa Martin',
      senderName: 'Paul Durand',
      listingTitle: 'Plomberie à Colmar',
      inboxUrl: 'http://localhost:3000/espace/demandes',
    },
    idempotencyKey: key,
  };
}

const seconds = (from: Date, count: number) => new Date(from.getTime() + count * 1000);

describe('enqueueEmail', () => {
  it('writes nothing when the causing transaction rolls back', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        expect(await enqueueEmail(tx, inquiryMail('inquiry:rolled-back'))).toMatchObject({ outcome: 'queued' });
        throw new Error('the inquiry could not be saved');
      }),
    ).rejects.toThrow('the inquiry could not be saved');

    expect(await prisma.emailOutbox.count()).toBe(0);
    await dispatchDueEmails();
    expect(fake.requestCount()).toBe(0);
  });

  it('writes one row per cause, with the subject computed from the template', async () => {
    const first = await enqueueEmail(prisma, inquiryMail('inquiry:once'));
    const again = await prisma.$transaction((tx) => enqueueEmail(tx, inquiryMail('inquiry:once')));

    expect(first.outcome).toBe('queued');
    expect(again).toEqual({ outcome: 'duplicate' });
    const rows = await prisma.emailOutbox.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: 'Nouvelle demande de Paul Durand',
      category: 'TRANSACTIONAL',
      status: 'PENDING',
      attempts: 0,
    });
  });

  it('always writes account e-mail, even to a suppressed address', async () => {
    await prisma.emailSuppression.create({ data: { email: 'Bounced@Example.fr', reason: 'bounce' } });

    expect((await enqueueEmail(prisma, inquiryMail('inquiry:suppressed', 'bounced@example.fr'))).outcome).toBe('queued');
  });

  it('refuses an invalid address at once rather than failing later in the worker', async () => {
    await expect(enqueueEmail(prisma, inquiryMail('inquiry:invalid', 'pas-une-adresse'))).rejects.toThrow();
  });
});

describe('dispatchDueEmails', () => {
  it('sends a queued e-mail once, with its idempotency key, and marks it SENT', async () => {
    const queued = await enqueueEmail(prisma, {
      ...inquiryMail('inquiry:sent'),
      headers: { 'X-Entity-Ref-ID': 'inquiry-42' },
    });

    expect(await dispatchDueEmails()).toEqual({ sent: 1, retrying: 0, failed: 0 });

    expect(fake.received).toHaveLength(1);
    const [message] = fake.received;
    expect(message).toMatchObject({
      idempotencyKey: 'inquiry:sent',
      to: ['lea.martin@example.fr'],
      subject: 'Nouvelle demande de Paul Durand',
      from: env().EMAIL_FROM,
      headers: { 'X-Entity-Ref-ID': 'inquiry-42' },
    });
    expect(message.html).toContain('Plomberie à Colmar');
    expect(message.text).toContain('Bonjour Léa Martin,');

    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'inquiry:sent' } });
    expect(queued).toEqual({ outcome: 'queued', id: row.id });
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, providerMessageId: message.id, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);

    // Nothing left to do: a second run sends nothing.
    expect(await dispatchDueEmails()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(fake.requestCount()).toBe(1);
  });

  it('keeps the e-mail while the API is down and sends it exactly once when it is back', async () => {
    await enqueueEmail(prisma, inquiryMail('inquiry:outage'));
    const start = new Date();
    fake.setDown(true);

    expect(await dispatchDueEmails(start)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'inquiry:outage' } });
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(waiting.lastError).toContain('503');
    expect(waiting.nextAttemptAt.getTime()).toBe(seconds(start, 30).getTime());

    fake.setDown(false);
    // Not due yet: the backoff is honoured.
    expect(await dispatchDueEmails(seconds(start, 10))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(fake.received).toHaveLength(0);

    expect(await dispatchDueEmails(seconds(start, 31))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(fake.received.map((message) => message.idempotencyKey)).toEqual(['inquiry:outage']);
    const sent = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'inquiry:outage' } });
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });

  it('treats a network failure as temporary', async () => {
    await enqueueEmail(prisma, inquiryMail('inquiry:network'));
    // Connections closed without an answer: what a dead network looks like to the SDK.
    fake.setDown('disconnect');
    expect(await dispatchDueEmails()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'inquiry:network' } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
  });

  it('fails at once, without retrying, when the API rejects the message', async () => {
    await enqueueEmail(prisma, inquiryMail('inquiry:rejected'));
    fake.failNext({
      statusCode: 422,
      name: 'validation_error',
      message: 'Invalid `to` field. The email address needs to follow the `email@example.com` format.',
    });
    const start = new Date();

    expect(await dispatchDueEmails(start)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'inquiry:rejected' } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(row.lastError).toContain('422');

    await dispatchDueEmails(seconds(start, 7200));
    expect(fake.requestCount()).toBe(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts`, async () => {
    await enqueueEmail(prisma, inquiryMail('inquiry:hopeless'));
    await prisma.emailOutbox.update({
      where: { idempotencyKey: 'inquiry:hopeless' },
      data: { attempts: MAX_ATTEMPTS - 1 },
    });
    fake.setDown(true);

    expect(await dispatchDueEmails()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'inquiry:hopeless' } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
  });

  it('never sends an e-mail twice when several dispatchers run at once', async () => {
    const keys = Array.from({ length: 25 }, (_, index) => `inquiry:concurrent-${index}`);
    for (const key of keys) await enqueueEmail(prisma, inquiryMail(key));

    const reports = await Promise.all(Array.from({ length: 4 }, () => dispatchDueEmails(new Date(), { batchSize: 3 })));

    expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(keys.length);
    expect(fake.requestCount()).toBe(keys.length);
    expect(fake.received.map((message) => message.idempotencyKey).sort()).toEqual([...keys].sort());
    expect(await prisma.emailOutbox.count({ where: { status: 'SENT', attempts: 1 } })).toBe(keys.length);
  });
});

describe('the worker', () => {
  it('sends a newly written e-mail within a few seconds', async () => {
    await startWorker();
    const schedules = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.schedule`;
    expect(schedules.map((schedule) => schedule.name)).toContain('email.dispatch');

    await enqueueEmail(prisma, inquiryMail('inquiry:worker'));
    const deadline = Date.now() + 8_000;
    let status = 'PENDING';
    while (status !== 'SENT' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      ({ status } = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'inquiry:worker' } }));
    }

    expect(status).toBe('SENT');
    expect(fake.received.map((message) => message.idempotencyKey)).toEqual(['inquiry:worker']);
    await stopWorker();
  }, 20_000);
});
