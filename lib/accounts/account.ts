// The advertiser's own account: every change is keyed by the signed-in user's id (never by an id from
// the form), and the sensitive ones (e-mail, password, SIRET, deletion) need the current password.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/log';
import { cancelSubscriptionsOfDeletedAccount } from '@/lib/billing/cancellation';
import { requestEmailChange } from '@/lib/auth/email-verification';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { revokeAllSessions, revokeOtherSessions } from '@/lib/auth/sessions';
import { retireUserTokens } from '@/lib/auth/user-tokens';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import type { FieldErrors } from '@/lib/forms/form-state';
import { matchCommune } from '@/lib/geo/communes';
import { setAdvertiserNewsletter } from '@/lib/newsletters/lists';
import { deleteStoredVariants } from '@/lib/listings/photos';
import { hitRateLimit, RATE_LIMITS, retryAfterText } from '@/lib/security/rate-limit';
import { requestSiretCheck } from '@/lib/siret/verification';
import type { ContactDetails } from './schema';
import { EMAIL_TAKEN_MESSAGE, SIRET_TAKEN_MESSAGE } from './sign-up';

export type AccountChangeResult = { kind: 'ok' } | { kind: 'invalid'; fieldErrors: FieldErrors };

const WRONG_PASSWORD = 'Mot de passe incorrect.';

/**
 * Re-authentication for a sensitive change: the password typed again, with failures rate-limited so
 * a stolen session cannot be used to guess it.
 */
async function checkCurrentPassword(userId: string, password: string, field = 'currentPassword'): Promise<FieldErrors | null> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (await verifyPassword(user.passwordHash, password)) return null;
  const limit = await hitRateLimit(prisma, RATE_LIMITS.reauthentication, userId);
  return { [field]: limit.allowed ? WRONG_PASSWORD : `Trop d’essais. ${retryAfterText(limit.retryAfterMs)}` };
}

export async function updateContactDetails(userId: string, details: ContactDetails): Promise<AccountChangeResult> {
  const match = await matchCommune(details.postalCode, details.city);
  if (match.kind === 'unknown_postal_code') {
    return { kind: 'invalid', fieldErrors: { postalCode: 'Ce code postal n’existe pas dans la liste officielle des communes.' } };
  }
  if (match.kind === 'city_mismatch') {
    return {
      kind: 'invalid',
      fieldErrors: { city: `Cette ville ne correspond pas au code postal ${details.postalCode} (communes possibles\u00a0: ${match.candidates.slice(0, 5).join(', ')}).` },
    };
  }
  await prisma.advertiserProfile.update({
    where: { userId },
    data: { ...details, city: match.commune.name, communeCode: match.commune.code },
  });
  return { kind: 'ok' };
}

export async function startEmailChange(userId: string, input: { newEmail: string; currentPassword: string }): Promise<AccountChangeResult> {
  const wrong = await checkCurrentPassword(userId, input.currentPassword);
  if (wrong) return { kind: 'invalid', fieldErrors: wrong };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, advertiser: { select: { fullName: true } } } });
  if (user.email === input.newEmail) return { kind: 'invalid', fieldErrors: { newEmail: 'C’est déjà l’adresse de votre compte.' } };
  const taken = await prisma.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  if (taken) return { kind: 'invalid', fieldErrors: { newEmail: EMAIL_TAKEN_MESSAGE } };
  await prisma.$transaction((tx) => requestEmailChange(tx, { id: userId, name: user.advertiser?.fullName ?? user.email }, input.newEmail));
  return { kind: 'ok' };
}

export async function changeSiret(userId: string, input: { siret: string; currentPassword: string }): Promise<AccountChangeResult> {
  const wrong = await checkCurrentPassword(userId, input.currentPassword);
  if (wrong) return { kind: 'invalid', fieldErrors: wrong };
  const profile = await prisma.advertiserProfile.findUniqueOrThrow({ where: { userId }, select: { id: true, siret: true } });
  if (profile.siret === input.siret) return { kind: 'invalid', fieldErrors: { siret: 'C’est déjà le SIRET de votre compte.' } };
  const taken = await prisma.advertiserProfile.findUnique({ where: { siret: input.siret }, select: { id: true } });
  if (taken) return { kind: 'invalid', fieldErrors: { siret: SIRET_TAKEN_MESSAGE } };
  await prisma.$transaction(async (tx) => {
    await tx.advertiserProfile.update({ where: { id: profile.id }, data: { siret: input.siret } });
    // The new number is checked against the register again before it counts as verified.
    await requestSiretCheck(tx, profile.id);
    await recordAudit(tx, {
      actorId: userId,
      action: 'account.siret_changed',
      subjectType: 'AdvertiserProfile',
      subjectId: profile.id,
      subjectUserId: userId,
      metadata: { previousSiret: profile.siret, newSiret: input.siret },
    });
  });
  return { kind: 'ok' };
}

/** A new password ends every other session at once; the current one stays signed in. */
export async function changePassword(
  userId: string,
  currentSessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<AccountChangeResult> {
  const wrong = await checkCurrentPassword(userId, input.currentPassword);
  if (wrong) return { kind: 'invalid', fieldErrors: wrong };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, advertiser: { select: { fullName: true } } } });
  const problem = passwordProblem(input.newPassword, [user.email.split('@')[0], ...(user.advertiser?.fullName.split(/\s+/) ?? [])]);
  if (problem) return { kind: 'invalid', fieldErrors: { newPassword: problem } };
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await revokeOtherSessions(tx, userId, currentSessionId);
    // A reset link asked for before (perhaps by someone reading the mailbox) must not undo this change.
    await retireUserTokens(tx, userId, 'PASSWORD_RESET', now);
    await enqueueEmail(tx, {
      to: user.email,
      template: 'password-changed',
      props: { name: user.advertiser?.fullName ?? user.email, resetUrl: `${env().APP_URL}/mot-de-passe-oublie` },
      idempotencyKey: `password-changed:${userId}:${now.getTime()}`,
    });
    await recordAudit(tx, { actorId: userId, action: 'account.password_changed', subjectType: 'User', subjectId: userId, subjectUserId: userId });
  });
  return { kind: 'ok' };
}

export async function updatePreferences(userId: string, input: { newsletter: boolean; partnerOffers: boolean }): Promise<void> {
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, partnerOffersOptInAt: true } });
    await setAdvertiserNewsletter(tx, user, input.newsletter, now);
    // Keeps the date of the original consent while it stands: it is the proof.
    const partnerOffersOptInAt = input.partnerOffers ? (user.partnerOffersOptInAt ?? now) : null;
    await tx.user.update({ where: { id: userId }, data: { partnerOffersOptInAt } });
  });
}

/**
 * Deletes the account and everything attached to it (profile, listing, photos, reviews received,
 * inquiries, sessions, tokens, consents, newsletter subscription). The listing disappears from the
 * site in the same transaction, and the subscription is cancelled at Stripe. What is kept: invoices
 * (10 years, Code de commerce L123-22, with the billed name and SIRET) and an audit entry without personal data.
 */
export async function deleteAccount(userId: string, input: { currentPassword: string }): Promise<AccountChangeResult> {
  const wrong = await checkCurrentPassword(userId, input.currentPassword);
  if (wrong) return { kind: 'invalid', fieldErrors: wrong };
  await removeAccount(userId, { notice: 'account-deleted', auditAction: 'account.deleted' });
  return { kind: 'ok' };
}

/**
 * The deletion itself, shared by the owner's « Supprimer mon compte » and the retention purge
 * (unverified or inactive accounts): `notice` is the e-mail sent to the address, if any.
 */
export async function removeAccount(
  userId: string,
  options: { notice: 'account-deleted' | 'inactive-account-deleted' | null; auditAction: string },
): Promise<void> {
  // Stripe first: if it cannot be reached, the account stays (and is deleted on the next attempt)
  // rather than going while its subscription keeps charging.
  await cancelSubscriptionsOfDeletedAccount(userId);
  const photos = await prisma.listingPhoto.findMany({
    where: { listing: { advertiser: { userId } } },
    select: { storageKey: true },
  });
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, advertiser: { select: { id: true, fullName: true } } },
    });
    if (user.advertiser) {
      await tx.listing.updateMany({ where: { advertiserId: user.advertiser.id }, data: { status: 'UNPUBLISHED' } });
    }
    await tx.newsletterSubscription.deleteMany({ where: { OR: [{ userId }, { email: user.email }] } });
    await revokeAllSessions(tx, userId);
    if (options.notice) {
      await enqueueEmail(tx, {
        to: user.email,
        template: options.notice,
        props: { name: user.advertiser?.fullName ?? user.email },
        idempotencyKey: `${options.notice}:${userId}`,
      });
    }
    await tx.user.delete({ where: { id: userId } });
    await recordAudit(tx, { actorId: null, action: options.auditAction, subjectType: 'User', subjectId: userId });
  });
  // Files go once the rows are gone for good (a rolled-back deletion keeps its photos).
  await Promise.all(photos.map((photo) => deleteStoredVariants(photo.storageKey)));
}
