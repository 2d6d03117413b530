// Creating an advertiser account: one transaction writes the user, the profile (SIRET to be checked
// against the register by the worker), the charter acceptance, the newsletter subscription and the
// verification e-mail. Nothing is written when any check fails.
import 'server-only';
import { prisma, Prisma } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { sendVerificationEmail } from '@/lib/auth/email-verification';
import type { FieldErrors } from '@/lib/forms/form-state';
import { matchCommune } from '@/lib/geo/communes';
import { setAdvertiserNewsletter } from '@/lib/newsletters/lists';
import { interactionCharterVersionId } from '@/lib/privacy/charter';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import type { SignUpData } from './schema';

export type SignUpResult =
  | { kind: 'ok'; userId: string }
  | { kind: 'invalid'; fieldErrors: FieldErrors }
  | { kind: 'rate_limited'; retryAfterMs: number };

export const EMAIL_TAKEN_MESSAGE =
  'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou choisissez «\u00a0Mot de passe oublié\u00a0» si vous ne vous en souvenez plus.';
export const SIRET_TAKEN_MESSAGE =
  'Un compte existe déjà pour ce SIRET. Si c’est le vôtre, connectez-vous\u00a0; sinon, écrivez-nous depuis la page Contact.';

/** Checks that need the database: commune list, unique e-mail and SIRET. */
export async function contactProblems(data: { postalCode: string; city: string }): Promise<FieldErrors & { communeCode?: never }> {
  const match = await matchCommune(data.postalCode, data.city);
  if (match.kind === 'unknown_postal_code') return { postalCode: 'Ce code postal n’existe pas dans la liste officielle des communes.' };
  if (match.kind === 'city_mismatch') {
    const shown = match.candidates.slice(0, 5).join(', ');
    return { city: `Cette ville ne correspond pas au code postal ${data.postalCode} (communes possibles\u00a0: ${shown}).` };
  }
  return {};
}

async function uniquenessProblems(email: string, siret: string): Promise<FieldErrors> {
  const [user, profile] = await Promise.all([
    prisma.user.findUnique({ where: { email }, select: { id: true } }),
    prisma.advertiserProfile.findUnique({ where: { siret }, select: { id: true } }),
  ]);
  return {
    ...(user ? { email: EMAIL_TAKEN_MESSAGE } : {}),
    ...(profile ? { siret: SIRET_TAKEN_MESSAGE } : {}),
  };
}

export async function signUp(data: SignUpData, context: { ip: string | null }, now = new Date()): Promise<SignUpResult> {
  const limit = await hitRateLimit(prisma, RATE_LIMITS.signUpIp, context.ip ?? 'unknown', now);
  if (!limit.allowed) return { kind: 'rate_limited', retryAfterMs: limit.retryAfterMs };

  const match = await matchCommune(data.postalCode, data.city);
  const problems = { ...(await contactProblems(data)), ...(await uniquenessProblems(data.email, data.siret)) };
  if (Object.keys(problems).length > 0 || match.kind !== 'ok') return { kind: 'invalid', fieldErrors: problems };

  const passwordHash = await hashPassword(data.password);
  try {
    const userId = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          passwordHash,
          role: 'ADVERTISER',
          partnerOffersOptInAt: data.partnerOffers ? now : null,
          lastActiveAt: now,
          advertiser: {
            create: {
              fullName: data.fullName,
              addressLine: data.addressLine,
              postalCode: data.postalCode,
              // The official spelling, whatever the case and accents typed.
              city: match.commune.name,
              communeCode: match.commune.code,
              phone: data.phone,
              siret: data.siret,
              siretStatus: 'PENDING',
              siretNextCheckAt: now,
            },
          },
        },
        select: { id: true, email: true },
      });
      await tx.charterAcceptance.create({
        data: { charterVersionId: await interactionCharterVersionId(tx, now), userId: user.id, context: 'SIGNUP', acceptedAt: now },
      });
      await setAdvertiserNewsletter(tx, user, true, now);
      await sendVerificationEmail(tx, { id: user.id, email: user.email, name: data.fullName }, now);
      return user.id;
    });
    return { kind: 'ok', userId };
  } catch (error) {
    // Two sign-ups with the same e-mail or SIRET at the same instant: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { kind: 'invalid', fieldErrors: await uniquenessProblems(data.email, data.siret) };
    }
    throw error;
  }
}
