// Advertiser accounts on real PostgreSQL: sign-up writes everything or nothing, sign-in answers the
// same for unknown e-mails and wrong passwords and is rate-limited, sessions end as promised, and a
// signed-in advertiser can neither read nor change another advertiser's account.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import {
  changePasswordAction,
  deleteAccountAction,
  revokeSessionAction,
  signOutOtherSessionsAction,
  signUpAction,
  updateContactAction,
} from '@/lib/accounts/actions';
import { changeSiret, startEmailChange } from '@/lib/accounts/account';
import { signUpSchema } from '@/lib/accounts/schema';
import { signUp } from '@/lib/accounts/sign-up';
import { confirmEmailToken } from '@/lib/auth/email-verification';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { createSession, findActiveSession, SESSION_IDLE_MS } from '@/lib/auth/sessions';
import { authenticate } from '@/lib/auth/sign-in';
import { issueUserToken } from '@/lib/auth/user-tokens';
import { prisma } from '@/lib/db/client';
import { initialFormState } from '@/lib/forms/form-state';
import { generateValidSiret } from '@/lib/siret/checksum';
import { GET as downloadData } from '@/app/espace/compte/donnees/route';
import { actAnonymously, actAs, formData, mockCookie, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

const PASSWORD = 'quatre mots bien choisis';
let siretSeed = 1000;

function signUpFields(overrides: Record<string, string> = {}) {
  siretSeed += 1;
  return {
    fullName: 'Camille Roux',
    addressLine: '3 rue des Clefs',
    postalCode: '68000',
    city: 'colmar',
    phone: '06 12 34 56 78',
    siret: generateValidSiret(siretSeed).replace(/^(\d{3})(\d{3})/, '$1 $2 '),
    email: `camille.${siretSeed}@exemple.fr`,
    password: PASSWORD,
    acceptTerms: 'on',
    ...overrides,
  };
}

async function createAdvertiser(fields: Record<string, string> = {}) {
  const parsed = signUpSchema.parse(signUpFields(fields));
  const result = await signUp(parsed, { ip: `198.51.100.${siretSeed % 250}` });
  if (result.kind !== 'ok') throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
  const profile = await prisma.advertiserProfile.findUniqueOrThrow({ where: { userId: result.userId } });
  return { userId: result.userId, profile, email: parsed.email };
}

beforeAll(async () => {
  await prisma.department.create({ data: { code: '68', name: 'Haut-Rhin', slug: 'haut-rhin' } });
  await prisma.commune.create({
    data: { code: '68066', name: 'Colmar', slug: 'colmar-68', departmentCode: '68', postalCodes: ['68000'], population: 67000 },
  });
});

beforeEach(() => {
  actAnonymously();
  mockCookie.headers['x-forwarded-for'] = `203.0.113.${Math.floor(Math.random() * 250)}`;
});

describe('sign-up', () => {
  it('writes the user, profile, charter acceptance, newsletter and verification e-mail together', async () => {
    const { userId, profile, email } = await createAdvertiser({ email: 'Camille.Majuscules@Exemple.FR' });
    expect(email).toBe('camille.majuscules@exemple.fr');
    expect(profile).toMatchObject({ city: 'Colmar', communeCode: '68066', phone: '+33612345678', siretStatus: 'PENDING' });
    expect(profile.siret).toMatch(/^\d{14}$/);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, partnerOffersOptInAt: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.partnerOffersOptInAt).toBeNull();
    const acceptance = await prisma.charterAcceptance.findFirstOrThrow({ where: { userId }, include: { charterVersion: true } });
    expect(acceptance).toMatchObject({ context: 'SIGNUP', charterVersion: { version: 1 } });
    expect(await prisma.newsletterSubscription.count({ where: { userId, state: 'SUBSCRIBED', list: { audience: 'ADVERTISERS' } } })).toBe(1);
    expect(await prisma.emailOutbox.count({ where: { to: email, template: 'verify-email' } })).toBe(1);
  });

  it('refuses a second account for the same e-mail (whatever the case) or SIRET, and changes nothing', async () => {
    const first = await createAdvertiser();
    const users = await prisma.user.count();
    const sameEmail = signUpSchema.parse(signUpFields({ email: first.email.toUpperCase() }));
    expect(await signUp(sameEmail, { ip: null })).toMatchObject({ kind: 'invalid', fieldErrors: { email: expect.stringMatching(/existe déjà/) } });
    const sameSiret = signUpSchema.parse(signUpFields({ siret: first.profile.siret }));
    expect(await signUp(sameSiret, { ip: null })).toMatchObject({ kind: 'invalid', fieldErrors: { siret: expect.stringMatching(/existe déjà/) } });
    expect(await prisma.user.count()).toBe(users);
  });

  it('checks the postcode and town against the commune list', async () => {
    const unknown = signUpSchema.parse(signUpFields({ postalCode: '99999' }));
    expect(await signUp(unknown, { ip: null })).toMatchObject({ kind: 'invalid', fieldErrors: { postalCode: expect.any(String) } });
    const mismatch = signUpSchema.parse(signUpFields({ city: 'Mulhouse' }));
    expect(await signUp(mismatch, { ip: null })).toMatchObject({
      kind: 'invalid',
      fieldErrors: { city: expect.stringMatching(/Colmar/) },
    });
  });

  it('returns the typed values without the password, and French messages, when the form is wrong', async () => {
    const users = await prisma.user.count();
    const state = await signUpAction(initialFormState, formData(signUpFields({ siret: '123 456 789 00013', acceptTerms: '', password: 'court' })));
    expect(state.status).toBe('error');
    expect(state.fieldErrors).toMatchObject({
      siret: expect.stringMatching(/clé de contrôle/),
      password: expect.stringMatching(/12\u00a0caractères/),
      acceptTerms: expect.stringMatching(/acceptez/),
    });
    expect(state.values).toMatchObject({ fullName: 'Camille Roux', siret: '123 456 789 00013' });
    expect(state.values).not.toHaveProperty('password');
    expect(await prisma.user.count()).toBe(users);
  });

  it('signs the new advertiser in and sends them to their space', async () => {
    await expect(signUpAction(initialFormState, formData(signUpFields()))).rejects.toThrow(REDIRECT);
  });

  it('limits sign-ups per address', async () => {
    mockCookie.headers['x-forwarded-for'] = '192.0.2.99';
    const results = [];
    for (let i = 0; i < 11; i++) {
      const parsed = signUpSchema.parse(signUpFields());
      results.push((await signUp(parsed, { ip: '192.0.2.99' })).kind);
    }
    expect(results.slice(0, 10).every((kind) => kind === 'ok')).toBe(true);
    expect(results[10]).toBe('rate_limited');
  });
});

describe('sign-in', () => {
  it('answers the same for an unknown e-mail and a wrong password', async () => {
    const { email } = await createAdvertiser();
    const base = { rememberMe: false, ip: '192.0.2.1', userAgent: 'jest' };
    expect(await authenticate({ ...base, email: 'personne@exemple.fr', password: PASSWORD })).toEqual({ kind: 'invalid' });
    expect(await authenticate({ ...base, email, password: 'mauvais mot de passe' })).toEqual({ kind: 'invalid' });
    expect(await authenticate({ ...base, email: email.toUpperCase(), password: PASSWORD })).toMatchObject({ kind: 'ok' });
  });

  it('refuses the 11th failed sign-in of an account within a minute, even with the right password', async () => {
    const { email } = await createAdvertiser();
    const now = new Date('2026-11-27T10:00:05Z');
    for (let attempt = 1; attempt <= 10; attempt++) {
      const ip = `192.0.2.${attempt}`;
      expect(await authenticate({ email, password: `faux ${attempt}`, rememberMe: false, ip, userAgent: null }, now)).toEqual({ kind: 'invalid' });
    }
    const eleventh = await authenticate({ email, password: PASSWORD, rememberMe: false, ip: '192.0.2.77', userAgent: null }, now);
    expect(eleventh).toMatchObject({ kind: 'rate_limited' });
    // A minute later the account opens again.
    const later = new Date(now.getTime() + 60_000);
    expect(await authenticate({ email, password: PASSWORD, rememberMe: false, ip: '192.0.2.77', userAgent: null }, later)).toMatchObject({ kind: 'ok' });
  });

  it('counts failures only: successful sign-ins never lock an account', async () => {
    const { email } = await createAdvertiser();
    const now = new Date('2026-11-27T11:00:05Z');
    for (let i = 0; i < 15; i++) {
      expect(await authenticate({ email, password: PASSWORD, rememberMe: false, ip: '192.0.2.200', userAgent: null }, now)).toMatchObject({ kind: 'ok' });
    }
  });

  it('refuses a 31st failed sign-in from one address within a minute, whatever the accounts', async () => {
    const now = new Date('2026-11-27T12:00:05Z');
    for (let i = 1; i <= 30; i++) {
      await authenticate({ email: `inconnu${i}@exemple.fr`, password: 'x', rememberMe: false, ip: '198.18.0.1', userAgent: null }, now);
    }
    const { email } = await createAdvertiser();
    expect(await authenticate({ email, password: PASSWORD, rememberMe: false, ip: '198.18.0.1', userAgent: null }, now)).toMatchObject({ kind: 'rate_limited' });
    expect(await authenticate({ email, password: PASSWORD, rememberMe: false, ip: '198.18.0.2', userAgent: null }, now)).toMatchObject({ kind: 'ok' });
  });
});

describe('sessions', () => {
  it('end after two hours of inactivity, or thirty days with « Rester connecté »', async () => {
    const { userId } = await createAdvertiser();
    const now = new Date();
    const short = await createSession(prisma, { userId, rememberMe: false, userAgent: null, ip: null }, now);
    const long = await createSession(prisma, { userId, rememberMe: true, userAgent: null, ip: null }, now);
    const later = new Date(now.getTime() + SESSION_IDLE_MS + 1_000);
    expect(await findActiveSession(short.token, later)).toBeNull();
    expect(await findActiveSession(long.token, later)).not.toBeNull();
  });

  it('activity keeps a session open', async () => {
    const { userId } = await createAdvertiser();
    const now = new Date();
    const { token } = await createSession(prisma, { userId, rememberMe: false, userAgent: null, ip: null }, now);
    const halfway = new Date(now.getTime() + SESSION_IDLE_MS / 2);
    expect(await findActiveSession(token, halfway)).not.toBeNull();
    expect(await findActiveSession(token, new Date(halfway.getTime() + SESSION_IDLE_MS - 1_000))).not.toBeNull();
  });

  it('a password change ends every other session at once and keeps the current one', async () => {
    const { userId } = await createAdvertiser();
    const other = await createSession(prisma, { userId, rememberMe: true, userAgent: null, ip: null });
    const current = await actAs(userId);
    const state = await changePasswordAction(initialFormState, formData({ currentPassword: PASSWORD, newPassword: 'un tout nouveau secret' }));
    expect(state.status).toBe('success');
    expect(await findActiveSession(other.token)).toBeNull();
    expect(await findActiveSession(current.token)).not.toBeNull();
  });

  it('a wrong current password changes nothing', async () => {
    const { userId } = await createAdvertiser();
    await actAs(userId);
    const before = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    const state = await changePasswordAction(initialFormState, formData({ currentPassword: 'pas le bon', newPassword: 'un tout nouveau secret' }));
    expect(state.fieldErrors).toEqual({ currentPassword: 'Mot de passe incorrect.' });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });

  it('« Se déconnecter de tous les appareils » ends the others', async () => {
    const { userId } = await createAdvertiser();
    const others = await Promise.all([1, 2].map(() => createSession(prisma, { userId, rememberMe: false, userAgent: null, ip: null })));
    const current = await actAs(userId);
    expect((await signOutOtherSessionsAction()).status).toBe('success');
    for (const other of others) expect(await findActiveSession(other.token)).toBeNull();
    expect(await findActiveSession(current.token)).not.toBeNull();
  });
});

describe('one advertiser cannot read or change another’s account', () => {
  it('edits only the signed-in advertiser’s details', async () => {
    const alice = await createAdvertiser();
    const bob = await createAdvertiser();
    await actAs(alice.userId);
    // Extra fields naming Bob are ignored: the target is always the session's user.
    const state = await updateContactAction(
      initialFormState,
      formData({ fullName: 'Alice Changée', addressLine: '1 rue Neuve', postalCode: '68000', city: 'Colmar', phone: '+33 7 00 00 00 01', userId: bob.userId, id: bob.profile.id }),
    );
    expect(state.status).toBe('success');
    expect(await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: alice.profile.id } })).toMatchObject({ fullName: 'Alice Changée', phone: '+33700000001' });
    expect(await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: bob.profile.id } })).toMatchObject({ fullName: bob.profile.fullName, phone: bob.profile.phone });
  });

  it('cannot end another advertiser’s session', async () => {
    const alice = await createAdvertiser();
    const bob = await createAdvertiser();
    const bobSession = await createSession(prisma, { userId: bob.userId, rememberMe: false, userAgent: null, ip: null });
    await actAs(alice.userId);
    const state = await revokeSessionAction(initialFormState, formData({ sessionId: bobSession.sessionId }));
    expect(state.status).toBe('error');
    expect(await findActiveSession(bobSession.token)).not.toBeNull();
  });

  it('downloads only their own data', async () => {
    const alice = await createAdvertiser();
    const bob = await createAdvertiser();
    await actAs(alice.userId);
    const response = await downloadData();
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="jauto-entreprends-mes-donnees-/);
    const body = await response.text();
    expect(JSON.parse(body).account.email).toBe(alice.email);
    expect(body).not.toContain(bob.email);
    expect(body).not.toContain(bob.profile.siret);
    expect(body).not.toMatch(/argon2|passwordHash|tokenHash/);
    actAnonymously();
    expect((await downloadData()).status).toBe(401);
  });

  it('cannot delete another account, and deletion needs the password', async () => {
    const alice = await createAdvertiser();
    const bob = await createAdvertiser();
    await actAs(alice.userId);
    const wrong = await deleteAccountAction(initialFormState, formData({ currentPassword: 'pas le bon', confirm: 'on', userId: bob.userId }));
    expect(wrong.fieldErrors).toEqual({ currentPassword: 'Mot de passe incorrect.' });
    expect(await prisma.user.count({ where: { id: { in: [alice.userId, bob.userId] } } })).toBe(2);
    await expect(deleteAccountAction(initialFormState, formData({ currentPassword: PASSWORD, confirm: 'on', userId: bob.userId }))).rejects.toThrow(REDIRECT);
    expect(await prisma.user.findUnique({ where: { id: alice.userId } })).toBeNull();
    expect(await prisma.user.findUnique({ where: { id: bob.userId } })).not.toBeNull();
    expect(await prisma.newsletterSubscription.count({ where: { email: alice.email } })).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { to: alice.email, template: 'account-deleted' } })).toBe(1);
  });

  it('anonymous callers are sent to sign in, team accounts get the 404', async () => {
    const fields = formData({ fullName: 'X', addressLine: 'Y', postalCode: '68000', city: 'Colmar', phone: '0612345678' });
    await expect(updateContactAction(initialFormState, fields)).rejects.toThrow(REDIRECT);
    const admin = await prisma.user.create({ data: { email: 'equipe@exemple.fr', passwordHash: 'x', role: 'ADMIN' } });
    await actAs(admin.id);
    await expect(updateContactAction(initialFormState, fields)).rejects.toThrow(NOT_FOUND);
  });
});

describe('e-mail change, SIRET change and password reset', () => {
  it('a new e-mail replaces the old one only once confirmed, and the old address is told', async () => {
    const { userId, email } = await createAdvertiser();
    expect(await startEmailChange(userId, { newEmail: 'nouvelle@exemple.fr', currentPassword: PASSWORD })).toEqual({ kind: 'ok' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);
    const { token } = await issueUserToken(prisma, { userId, purpose: 'EMAIL_CHANGE', newEmail: 'nouvelle@exemple.fr' });
    expect(await confirmEmailToken(token)).toEqual({ kind: 'email_changed', newEmail: 'nouvelle@exemple.fr' });
    expect(await confirmEmailToken(token)).toEqual({ kind: 'invalid' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe('nouvelle@exemple.fr');
    expect(await prisma.emailOutbox.count({ where: { to: email, template: 'email-changed-notice' } })).toBe(1);
  });

  it('a verification link works once, and not after 24 hours', async () => {
    const { userId } = await createAdvertiser();
    const now = new Date();
    const { token } = await issueUserToken(prisma, { userId, purpose: 'EMAIL_VERIFICATION' }, now);
    const expired = await issueUserToken(prisma, { userId, purpose: 'EMAIL_VERIFICATION' }, new Date(now.getTime() - 25 * 3_600_000));
    expect(await confirmEmailToken(expired.token)).toEqual({ kind: 'invalid' });
    // Issuing a newer link retired the older one.
    expect(await confirmEmailToken(token)).toEqual({ kind: 'invalid' });
    const fresh = await issueUserToken(prisma, { userId, purpose: 'EMAIL_VERIFICATION' });
    expect(await confirmEmailToken(fresh.token)).toEqual({ kind: 'verified' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).not.toBeNull();
  });

  it('a new SIRET is checked again against the register', async () => {
    const { userId, profile } = await createAdvertiser();
    await prisma.advertiserProfile.update({ where: { id: profile.id }, data: { siretStatus: 'VERIFIED', siretNextCheckAt: null } });
    const newSiret = generateValidSiret(987654);
    expect(await changeSiret(userId, { siret: newSiret, currentPassword: PASSWORD })).toEqual({ kind: 'ok' });
    expect(await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({ siret: newSiret, siretStatus: 'PENDING' });
  });

  it('a reset request says nothing about whether the account exists', async () => {
    const { email } = await createAdvertiser();
    const unknown = await requestPasswordReset({ email: 'absent@exemple.fr', ip: '192.0.2.50' });
    const known = await requestPasswordReset({ email, ip: '192.0.2.51' });
    expect(unknown).toEqual(known);
    expect(await prisma.emailOutbox.count({ where: { to: 'absent@exemple.fr' } })).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { to: email, template: 'password-reset' } })).toBe(1);
  });

  it('a reset link sets the password once, within an hour, and signs every device out', async () => {
    const { userId, email } = await createAdvertiser();
    const session = await createSession(prisma, { userId, rememberMe: true, userAgent: null, ip: null });
    const old = await issueUserToken(prisma, { userId, purpose: 'PASSWORD_RESET' }, new Date(Date.now() - 61 * 60_000));
    expect(await resetPassword({ token: old.token, password: 'un secret tout neuf' })).toBe(false);
    const { token } = await issueUserToken(prisma, { userId, purpose: 'PASSWORD_RESET' });
    expect(await resetPassword({ token, password: 'un secret tout neuf' })).toBe(true);
    expect(await resetPassword({ token, password: 'encore un autre secret' })).toBe(false);
    expect(await findActiveSession(session.token)).toBeNull();
    expect(await authenticate({ email, password: 'un secret tout neuf', rememberMe: false, ip: '192.0.2.60', userAgent: null })).toMatchObject({ kind: 'ok' });
  });

  it('a reset link asked for earlier dies when the owner changes the password or the e-mail address', async () => {
    const first = await createAdvertiser();
    const beforePasswordChange = await issueUserToken(prisma, { userId: first.userId, purpose: 'PASSWORD_RESET' });
    await actAs(first.userId);
    const state = await changePasswordAction(initialFormState, formData({ currentPassword: PASSWORD, newPassword: 'un tout nouveau secret' }));
    expect(state.status).toBe('success');
    expect(await resetPassword({ token: beforePasswordChange.token, password: 'le secret du voleur' })).toBe(false);

    const second = await createAdvertiser();
    const sentToOldAddress = await issueUserToken(prisma, { userId: second.userId, purpose: 'PASSWORD_RESET' });
    const change = await issueUserToken(prisma, { userId: second.userId, purpose: 'EMAIL_CHANGE', newEmail: `nouvelle.${second.userId}@exemple.fr` });
    expect(await confirmEmailToken(change.token)).toMatchObject({ kind: 'email_changed' });
    expect(await resetPassword({ token: sentToOldAddress.token, password: 'le secret du voleur' })).toBe(false);
    expect(await authenticate({ email: `nouvelle.${second.userId}@exemple.fr`, password: PASSWORD, rememberMe: false, ip: '192.0.2.61', userAgent: null })).toMatchObject({ kind: 'ok' });
  });
});
