// « Ne plus recevoir de messages commerciaux » (CPCE art. L34-5, RGPD art. 21): who has opted out, the
// signed one-click link every commercial e-mail carries, and the recording of an opt-out, whether it
// comes from the person on the site or from a letter or e-mail the team received.
import 'server-only';
import { prisma, type Db, type OptOutChannel, type Tx } from '@/lib/db/client';
import { env } from '@/lib/env';
import { signValue, verifySignedValue } from '@/lib/security/tokens';

const PURPOSE = 'commercial-opt-out';

/** The path of the one-click page; the link carries the address and its signature. */
export const OPT_OUT_CONFIRM_PATH = '/messages-commerciaux/confirmer';

function normalize(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The one-click link for this address: HMAC-signed with AUTH_SECRET, so it needs no stored row, cannot
 * be forged for someone else's address, and keeps working for as long as the e-mail is kept.
 */
export function commercialOptOutUrl(email: string): string {
  const address = normalize(email);
  const params = new URLSearchParams({
    e: Buffer.from(address).toString('base64url'),
    s: signValue(env().AUTH_SECRET, PURPOSE, address),
  });
  return `${env().APP_URL}${OPT_OUT_CONFIRM_PATH}?${params}`;
}

/** The address a link was signed for, or null when the link was altered. */
export function readOptOutLink(encodedEmail: string | undefined, signature: string | undefined): string | null {
  if (!encodedEmail || !signature || encodedEmail.length > 400 || signature.length > 100) return null;
  const address = normalize(Buffer.from(encodedEmail, 'base64url').toString('utf8'));
  if (!address.includes('@')) return null;
  return verifySignedValue(env().AUTH_SECRET, PURPOSE, address, signature) ? address : null;
}

/** For every sender of commercial messages (newsletters, partner offers): true means never send. */
export async function isOptedOutOfCommercial(email: string, db: Pick<Db, 'marketingOptOut'> = prisma): Promise<boolean> {
  const found = await db.marketingOptOut.findFirst({ where: { email: normalize(email) }, select: { id: true } });
  return found !== null;
}

type OptOutInput = {
  email: string;
  channel: OptOutChannel;
  /** How the request arrived, e.g. « lien d’un e-mail commercial », « courrier du 12/03 ». */
  source: string;
  /** The team member who recorded a letter or an e-mail. */
  recordedById?: string | null;
};

/**
 * Records an opt-out, linked to the account of that address if there is one. The person's own requests
 * are idempotent (a second click changes nothing); each one the team records is kept as its own proof.
 */
export async function recordOptOut(
  db: Pick<Tx, 'marketingOptOut' | 'user'> | Pick<Db, 'marketingOptOut' | 'user'>,
  input: OptOutInput,
  now = new Date(),
): Promise<{ id: string; created: boolean }> {
  const email = normalize(input.email);
  if (input.channel === 'WEB') {
    const existing = await db.marketingOptOut.findFirst({ where: { email }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const row = await db.marketingOptOut.create({
    data: {
      email,
      userId: user?.id ?? null,
      channel: input.channel,
      source: input.source,
      recordedById: input.recordedById ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  return { id: row.id, created: true };
}
