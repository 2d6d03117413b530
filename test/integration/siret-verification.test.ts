// SIRET verification end to end: due profiles claimed in PostgreSQL, looked up in a local fake of the
// « API Recherche d'entreprises », verdicts recorded, closed establishments unpublished and told by
// e-mail, retries with backoff while the register is down, concurrency, the worker and demo mode.
import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import { startWorker, stopWorker } from '@/lib/jobs/worker';
import { generateValidSiret } from '@/lib/siret/checksum';
import { stopLocalRegister } from '@/lib/siret/local-register';
import { nextRetryDelayMs, requestSiretCheck, verifyDueSirets } from '@/lib/siret/verification';
import { startFakeSirene, type FakeSirene } from '@/test/fakes/sirene-server';

const CLOSED_SIRET = generateValidSiret(900_001);
const UNKNOWN_SIRET = generateValidSiret(900_002);
const MINUTE = 60_000;

let fake: FakeSirene;
let categoryId: string;
let nextSeed = 1;

beforeAll(async () => {
  fake = await startFakeSirene({ closed: [CLOSED_SIRET], notFound: [UNKNOWN_SIRET] });
  process.env.SIRENE_API_BASE_URL = fake.url;
  // Fails loudly if something read the configuration before this file could set it.
  expect(env().SIRENE_API_BASE_URL).toBe(fake.url);

  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar', departmentCode: '68', postalCodes: ['68000'] },
  });
  ({ id: categoryId } = await prisma.category.create({
    data: { slug: 'plomberie', name: 'Plomberie', description: 'Plombiers et chauffagistes.' },
  }));
});

afterEach(() => warn.mockRestore());

afterAll(async () => {
  await stopWorker();
  await fake.close();
});

let warn: jest.SpyInstance;

beforeEach(async () => {
  // Each unreachable answer is logged: keep the output readable, and check the logs where it matters.
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  fake.setDown(false);
  fake.queries.length = 0;
  await prisma.emailOutbox.deleteMany();
  await prisma.user.deleteMany();
});

/** A freshly signed-up advertiser: PENDING, due at `dueAt`, optionally with a published listing. */
async function createAdvertiser({
  siret = generateValidSiret(nextSeed),
  dueAt = new Date(),
  published = false,
}: { siret?: string; dueAt?: Date; published?: boolean } = {}) {
  const seed = nextSeed++;
  const user = await prisma.user.create({
    data: {
      email: `artisan-${seed}@example.fr`,
      passwordHash: 'not-a-real-hash',
      advertiser: {
        create: {
          fullName: 'Léa Martin',
          addressLine: '12 rue des Vignes',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret,
          siretNextCheckAt: dueAt,
          listing: published
            ? {
                create: {
                  slug: `plomberie-colmar-${seed}`,
                  title: 'Plomberie à Colmar',
                  description: 'Dépannage et installation.',
                  categoryId,
                  communeCode: '68066',
                  status: 'PUBLISHED',
                  publishedAt: new Date(),
                },
              }
            : undefined,
        },
      },
    },
    include: { advertiser: true },
  });
  return { email: user.email, ...user.advertiser! };
}

const profile = (id: string) =>
  prisma.advertiserProfile.findUniqueOrThrow({ where: { id }, include: { listing: true } });
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('verifyDueSirets', () => {
  it('records an active establishment as VERIFIED, with its registered name and legal form', async () => {
    const advertiser = await createAdvertiser();
    const now = new Date();

    expect(await verifyDueSirets(now)).toEqual({ verified: 1, closed: 0, notFound: 0, retrying: 0 });

    expect(await profile(advertiser.id)).toMatchObject({
      siretStatus: 'VERIFIED',
      siretCheckedAt: now,
      siretNextCheckAt: null,
      siretRegisteredName: expect.stringMatching(/^[A-Z]+ [A-Z]+$/),
      siretLegalForm: 'Entrepreneur individuel',
    });
    expect(fake.queries).toEqual([advertiser.siret]);

    // Nothing left to do: a second round asks nothing.
    expect(await verifyDueSirets(later(now, MINUTE))).toEqual({ verified: 0, closed: 0, notFound: 0, retrying: 0 });
    expect(fake.queries).toHaveLength(1);
  });

  it('records a closed establishment, unpublishes its listing at once and tells the advertiser', async () => {
    const advertiser = await createAdvertiser({ siret: CLOSED_SIRET, published: true });
    const bystander = await createAdvertiser({ published: true, dueAt: later(new Date(), 60 * MINUTE) });

    expect(await verifyDueSirets()).toMatchObject({ closed: 1 });

    const closed = await profile(advertiser.id);
    expect(closed).toMatchObject({
      siretStatus: 'CLOSED',
      siretNextCheckAt: null,
      siretRegisteredName: expect.any(String),
      siretLegalForm: 'Entrepreneur individuel',
    });
    expect(closed.siretCheckedAt).toBeInstanceOf(Date);
    expect(closed.listing?.status).toBe('UNPUBLISHED');
    expect((await profile(bystander.id)).listing?.status).toBe('PUBLISHED');

    const [email] = await prisma.emailOutbox.findMany();
    expect(email).toMatchObject({
      to: advertiser.email,
      template: 'siret-closed',
      subject: 'Votre établissement apparaît comme fermé',
      category: 'TRANSACTIONAL',
      status: 'PENDING',
      idempotencyKey: `siret-closed:${advertiser.id}:${CLOSED_SIRET}`,
    });
    const { text, html } = await renderStoredEmail(email.template, email.props);
    expect(html).toContain('lang="fr"');
    expect(text).toContain('Bonjour Léa Martin,');
    expect(text).toContain(CLOSED_SIRET.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1\u00a0$2\u00a0$3\u00a0$4'));
    expect(text).toContain('votre annonce a donc été retirée');
    expect(html).toContain(`href="${env().APP_URL}/espace/compte"`);
    // French typography: a no-break space before « : ; ! ? », never a plain one.
    expect(text).not.toMatch(/ [:;!?»]/);
  });

  it('does not touch a listing that was not published, and says so in the e-mail', async () => {
    const advertiser = await createAdvertiser({ siret: CLOSED_SIRET });

    await verifyDueSirets();

    const [email] = await prisma.emailOutbox.findMany();
    expect(email.props).toMatchObject({ listingUnpublished: false });
    expect((await profile(advertiser.id)).listing).toBeNull();
  });

  it('records a SIRET the register does not know as NOT_FOUND', async () => {
    const advertiser = await createAdvertiser({ siret: UNKNOWN_SIRET });

    expect(await verifyDueSirets()).toMatchObject({ notFound: 1 });

    expect(await profile(advertiser.id)).toMatchObject({
      siretStatus: 'NOT_FOUND',
      siretNextCheckAt: null,
      siretRegisteredName: null,
    });
    expect(await prisma.emailOutbox.count()).toBe(0);
  });

  it('keeps the profile PENDING while the register is down, backs off, and verifies it once it is back', async () => {
    const start = new Date();
    const advertiser = await createAdvertiser({ dueAt: start });
    fake.setDown(true);

    expect(await verifyDueSirets(start)).toEqual({ verified: 0, closed: 0, notFound: 0, retrying: 1 });
    let waiting = await profile(advertiser.id);
    expect(waiting).toMatchObject({ siretStatus: 'PENDING', siretCheckedAt: start });
    expect(waiting.siretNextCheckAt).toEqual(later(start, 5 * MINUTE));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/register unreachable for profile .*: HTTP 503/));

    // Not due yet: the backoff is honoured.
    expect(await verifyDueSirets(later(start, 4 * MINUTE))).toMatchObject({ retrying: 0 });
    expect(fake.queries).toHaveLength(1);

    // Rate-limited on the second attempt: the next wait is longer.
    fake.setDown('rate-limited');
    const second = later(start, 5 * MINUTE);
    expect(await verifyDueSirets(second)).toMatchObject({ retrying: 1 });
    waiting = await profile(advertiser.id);
    expect(waiting).toMatchObject({ siretStatus: 'PENDING', siretCheckedAt: second });
    expect(waiting.siretNextCheckAt).toEqual(later(second, 15 * MINUTE));

    fake.setDown(false);
    expect(await verifyDueSirets(later(second, 15 * MINUTE))).toMatchObject({ verified: 1 });
    expect(await profile(advertiser.id)).toMatchObject({ siretStatus: 'VERIFIED', siretNextCheckAt: null });
    expect(fake.queries).toHaveLength(3);
  });

  it('stops a round at the first unreachable answer and leaves the rest of the batch due', async () => {
    const now = new Date();
    const first = await createAdvertiser({ dueAt: later(now, -2 * MINUTE) });
    const second = await createAdvertiser({ dueAt: later(now, -MINUTE) });
    fake.setDown('disconnect');

    expect(await verifyDueSirets(now)).toMatchObject({ retrying: 1 });

    expect(fake.queries).toEqual([first.siret]);
    expect((await profile(second.id)).siretNextCheckAt).toEqual(later(now, -MINUTE));
  });

  it('checks each profile once when several workers run at the same time', async () => {
    const now = new Date();
    const advertisers = [];
    for (let index = 0; index < 12; index++) advertisers.push(await createAdvertiser({ dueAt: now }));

    const reports = await Promise.all(Array.from({ length: 4 }, () => verifyDueSirets(now, { limit: 3 })));
    // Whatever the first rounds left (a claim may have found every row locked), later rounds finish.
    let verified = reports.reduce((total, report) => total + report.verified, 0);
    for (let round = 0; round < 10 && verified < advertisers.length; round++) {
      verified += (await verifyDueSirets(now, { limit: 3 })).verified;
    }

    expect(verified).toBe(advertisers.length);
    expect([...fake.queries].sort()).toEqual(advertisers.map((advertiser) => advertiser.siret).sort());
    expect(await prisma.advertiserProfile.count({ where: { siretStatus: 'VERIFIED' } })).toBe(advertisers.length);
  });
});

describe('nextRetryDelayMs', () => {
  it('waits 5 min, 15 min, 1 h… and at most a day', () => {
    expect(nextRetryDelayMs(null)).toBe(5 * MINUTE);
    expect(nextRetryDelayMs(5 * MINUTE)).toBe(15 * MINUTE);
    expect(nextRetryDelayMs(15 * MINUTE)).toBe(60 * MINUTE);
    expect(nextRetryDelayMs(12 * 60 * MINUTE)).toBe(24 * 60 * MINUTE);
    expect(nextRetryDelayMs(24 * 60 * MINUTE)).toBe(24 * 60 * MINUTE);
  });
});

describe('requestSiretCheck', () => {
  it('makes a changed SIRET due at once and forgets what was read for the old one', async () => {
    const advertiser = await createAdvertiser();
    await verifyDueSirets();
    const newSiret = generateValidSiret(900_003);

    await prisma.$transaction(async (tx) => {
      await tx.advertiserProfile.update({ where: { id: advertiser.id }, data: { siret: newSiret } });
      await requestSiretCheck(tx, advertiser.id);
    });

    const pending = await profile(advertiser.id);
    expect(pending).toMatchObject({
      siretStatus: 'PENDING',
      siretCheckedAt: null,
      siretRegisteredName: null,
      siretLegalForm: null,
    });
    expect(pending.siretNextCheckAt!.getTime()).toBeLessThanOrEqual(Date.now());

    expect(await verifyDueSirets()).toMatchObject({ verified: 1 });
    expect(fake.queries).toEqual([advertiser.siret, newSiret]);
  });
});

describe('the worker', () => {
  it('checks a new sign-up within a few seconds', async () => {
    await startWorker();
    const schedules = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.schedule`;
    expect(schedules.map((schedule) => schedule.name)).toContain('siret.verify');

    const advertiser = await createAdvertiser();
    const deadline = Date.now() + 8_000;
    let status = 'PENDING';
    while (status === 'PENDING' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      ({ siretStatus: status } = await profile(advertiser.id));
    }

    expect(status).toBe('VERIFIED');
    expect(fake.queries).toEqual([advertiser.siret]);
    await stopWorker();
  }, 20_000);
});

describe('demo mode without SIRENE_API_BASE_URL', () => {
  afterEach(async () => {
    await stopLocalRegister();
    process.env.SIRENE_API_BASE_URL = fake.url;
  });

  it('verifies against a local stand-in of the register, never the network', async () => {
    delete process.env.SIRENE_API_BASE_URL;
    expect(env().APP_ENV).not.toBe('production');
    const advertiser = await createAdvertiser();

    expect(await verifyDueSirets()).toMatchObject({ verified: 1 });

    expect(await profile(advertiser.id)).toMatchObject({
      siretStatus: 'VERIFIED',
      siretLegalForm: 'Entrepreneur individuel',
    });
    expect(fake.queries).toHaveLength(0);
  });
});
