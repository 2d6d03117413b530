// Turns a PENDING SIRET into a verdict: claims the due advertiser profiles, asks the Sirene register,
// and records VERIFIED, CLOSED (listing unpublished, advertiser told by e-mail) or NOT_FOUND, or
// retries later with a growing delay while the register cannot be reached.
// Safe with any number of workers: a profile is claimed by one of them only.
import 'server-only';
import { prisma, type Db } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { registerBaseUrl } from './local-register';
import { lookUpSiret, type RegisterAnswer } from './register';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Waits after each failed attempt to reach the register: 5 min, 15 min, 1 h… then daily. */
const RETRY_DELAYS_MS = [5 * MINUTE_MS, 15 * MINUTE_MS, HOUR_MS, 3 * HOUR_MS, 6 * HOUR_MS, 12 * HOUR_MS, 24 * HOUR_MS];
const MAX_RETRY_DELAY_MS = RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1];
/**
 * A claimed profile is hidden from other workers this long. Longer than a batch of lookups can take
 * (5 s timeout each); if the worker dies mid-batch, the profile simply comes back after the lease.
 */
const CLAIM_LEASE_MS = 2 * MINUTE_MS;
/** Small batches: the public API accepts 7 requests per second per address, shared by all workers. */
const DEFAULT_LIMIT = 5;

type ClaimedProfile = {
  id: string;
  siret: string;
  /** When the check was due, before the claim moved it to the end of the lease. */
  dueAt: Date;
  /** For a PENDING profile: the last attempt that could not reach the register, or null. */
  siretCheckedAt: Date | null;
};

export type VerificationReport = { verified: number; closed: number; notFound: number; retrying: number };

/**
 * The wait before the next attempt, from the wait that led to this one (null: first attempt).
 * Deriving it from the two stored dates spares a counter column.
 */
export function nextRetryDelayMs(previousDelayMs: number | null): number {
  if (previousDelayMs === null) return RETRY_DELAYS_MS[0];
  return RETRY_DELAYS_MS.find((delay) => delay > previousDelayMs) ?? MAX_RETRY_DELAY_MS;
}

/**
 * Checks up to `limit` profiles whose check is due at `now`. A round stops at the first unreachable
 * answer (the register is down or rate-limiting us): the rest of the batch is released untouched.
 */
export async function verifyDueSirets(
  now: Date = new Date(),
  { limit = DEFAULT_LIMIT, signal }: { limit?: number; signal?: AbortSignal } = {},
): Promise<VerificationReport> {
  const report: VerificationReport = { verified: 0, closed: 0, notFound: 0, retrying: 0 };
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  const claimed = await claimDueProfiles(now, leaseUntil, limit);

  for (const [index, profile] of claimed.entries()) {
    if (signal?.aborted) {
      await release(claimed.slice(index), leaseUntil);
      break;
    }
    const answer = await askRegister(profile.siret);
    if (answer.kind === 'unreachable') {
      console.warn(`[siret] register unreachable for profile ${profile.id}: ${answer.reason}`);
      if (await recordUnreachable(profile, leaseUntil, now)) report.retrying += 1;
      await release(claimed.slice(index + 1), leaseUntil);
      break;
    }
    const outcome = await recordVerdict(profile, answer, leaseUntil, now);
    if (outcome) report[outcome] += 1;
  }
  return report;
}

/**
 * Asks for a new check of the advertiser's SIRET, e.g. after they changed it: the worker picks it up
 * within seconds. The name and legal form read for the previous number are cleared with it.
 */
export async function requestSiretCheck(db: Pick<Db, 'advertiserProfile'>, advertiserId: string): Promise<void> {
  await db.advertiserProfile.update({
    where: { id: advertiserId },
    data: {
      siretStatus: 'PENDING',
      siretNextCheckAt: new Date(),
      siretCheckedAt: null,
      siretRegisteredName: null,
      siretLegalForm: null,
    },
  });
}

async function claimDueProfiles(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedProfile[]> {
  // SKIP LOCKED: concurrent workers take different profiles instead of waiting on, or re-checking, the
  // same ones. The lease (a later siretNextCheckAt) keeps the profile theirs once this commits.
  return prisma.$queryRaw<ClaimedProfile[]>`
    WITH due AS (
      SELECT "id", "siretNextCheckAt" AS "dueAt", "siretCheckedAt"
      FROM "AdvertiserProfile"
      WHERE "siretStatus" = 'PENDING' AND "siretNextCheckAt" <= ${now}
      ORDER BY "siretNextCheckAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "AdvertiserProfile" AS profile
    SET "siretNextCheckAt" = ${leaseUntil}
    FROM due
    WHERE profile."id" = due."id"
    RETURNING profile."id", profile."siret", due."dueAt", due."siretCheckedAt"`;
}

async function askRegister(siret: string): Promise<RegisterAnswer> {
  try {
    return await lookUpSiret(siret, { baseUrl: await registerBaseUrl() });
  } catch (error) {
    return { kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Only the claim we hold may be written: if the advertiser changed their SIRET meanwhile
 * (requestSiretCheck), the answer is about the old number and is dropped.
 */
function heldClaim(profile: ClaimedProfile, leaseUntil: Date) {
  return { id: profile.id, siret: profile.siret, siretStatus: 'PENDING', siretNextCheckAt: leaseUntil } as const;
}

async function recordVerdict(
  profile: ClaimedProfile,
  answer: Exclude<RegisterAnswer, { kind: 'unreachable' }>,
  leaseUntil: Date,
  now: Date,
): Promise<Exclude<keyof VerificationReport, 'retrying'> | undefined> {
  if (answer.kind === 'not_found') {
    const { count } = await prisma.advertiserProfile.updateMany({
      where: heldClaim(profile, leaseUntil),
      data: { siretStatus: 'NOT_FOUND', siretCheckedAt: now, siretNextCheckAt: null },
    });
    return count === 1 ? 'notFound' : undefined;
  }

  const data = {
    siretStatus: answer.kind === 'active' ? 'VERIFIED' : 'CLOSED',
    siretCheckedAt: now,
    siretNextCheckAt: null,
    siretRegisteredName: answer.registeredName,
    siretLegalForm: answer.legalForm,
  } as const;
  if (answer.kind === 'active') {
    const { count } = await prisma.advertiserProfile.updateMany({ where: heldClaim(profile, leaseUntil), data });
    return count === 1 ? 'verified' : undefined;
  }

  // Closed: the verdict, the unpublication and the e-mail stand or fall together.
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.advertiserProfile.updateMany({ where: heldClaim(profile, leaseUntil), data });
    if (count !== 1) return undefined;
    const unpublished = await tx.listing.updateMany({
      where: { advertiserId: profile.id, status: 'PUBLISHED' },
      data: { status: 'UNPUBLISHED' },
    });
    const advertiser = await tx.advertiserProfile.findUniqueOrThrow({
      where: { id: profile.id },
      select: { fullName: true, user: { select: { email: true } } },
    });
    await enqueueEmail(tx, {
      to: advertiser.user.email,
      template: 'siret-closed',
      props: {
        advertiserName: advertiser.fullName,
        siret: profile.siret,
        registeredName: answer.registeredName,
        listingUnpublished: unpublished.count > 0,
        accountUrl: new URL('/espace/compte', env().APP_URL).toString(),
      },
      idempotencyKey: `siret-closed:${profile.id}:${profile.siret}`,
    });
    return 'closed' as const;
  });
}

/** Keeps the profile PENDING and pushes the next attempt back; siretCheckedAt records this attempt. */
async function recordUnreachable(profile: ClaimedProfile, leaseUntil: Date, now: Date): Promise<boolean> {
  const delay = nextRetryDelayMs(previousDelayMs(profile));
  const { count } = await prisma.advertiserProfile.updateMany({
    where: heldClaim(profile, leaseUntil),
    data: { siretCheckedAt: now, siretNextCheckAt: new Date(now.getTime() + delay) },
  });
  return count === 1;
}

/**
 * The wait that preceded this attempt: from the last failed attempt to the due date. Null when there
 * was none, or when the gap is longer than any retry delay (an old date, not a retry).
 */
function previousDelayMs({ siretCheckedAt, dueAt }: ClaimedProfile): number | null {
  if (!siretCheckedAt) return null;
  const delay = dueAt.getTime() - siretCheckedAt.getTime();
  return delay > 0 && delay <= MAX_RETRY_DELAY_MS + CLAIM_LEASE_MS ? delay : null;
}

/** Gives unchecked profiles back: due again at once, as they were before the claim. */
async function release(profiles: ClaimedProfile[], leaseUntil: Date): Promise<void> {
  for (const profile of profiles) {
    await prisma.advertiserProfile.updateMany({
      where: heldClaim(profile, leaseUntil),
      data: { siretNextCheckAt: profile.dueAt },
    });
  }
}
