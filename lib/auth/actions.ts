'use server';
// Server actions of signing in and out and of recovering an account. Thin: validation and the session
// through lib/forms/action.ts, the work in the modules beside this one.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { failure, success, invalid, type FormState } from '@/lib/forms/form-state';
import { publicFormAction } from '@/lib/forms/action';
import { retryAfterText } from '@/lib/security/rate-limit';
import { resendVerificationEmail } from './email-verification';
import { requireUser } from './guards';
import { safeNextPath } from './next-path';
import { CredentialsSignin, signIn, SignInRateLimited } from './next-auth';
import { requestPasswordReset, resetPassword } from './password-reset';
import { clientIp } from './request-context';
import { passwordResetRequestSchema, passwordResetSchema, signInSchema } from './schema';
import { INVALID_CREDENTIALS_MESSAGE } from './sign-in';
import { endCurrentSession } from './sign-out';

export const signInAction = publicFormAction(signInSchema, async ({ data, formData }) => {
  try {
    await signIn('credentials', {
      email: data.email,
      password: data.password,
      rememberMe: data.rememberMe ? 'true' : 'false',
      redirect: false,
    });
  } catch (error) {
    if (error instanceof SignInRateLimited) {
      return failure(formData, 'Trop de tentatives de connexion. Par sécurité, patientez une minute avant de réessayer.');
    }
    if (error instanceof CredentialsSignin) return failure(formData, INVALID_CREDENTIALS_MESSAGE);
    throw error;
  }
  redirect(safeNextPath(data.next));
});

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  redirect('/connexion?deconnecte=1');
}

export const requestPasswordResetAction = publicFormAction(passwordResetRequestSchema, async ({ data, formData }) => {
  const result = await requestPasswordReset({ email: data.email, ip: clientIp(await headers()) });
  if (result.kind === 'rate_limited') {
    return failure(formData, `Trop de demandes de réinitialisation. ${retryAfterText(result.retryAfterMs)}`);
  }
  return success(
    `Si un compte existe pour ${data.email}, un e-mail vient de lui être envoyé avec un lien valable une heure. Pensez à regarder dans les indésirables.`,
  );
});

export const resetPasswordAction = publicFormAction(passwordResetSchema, async ({ data, formData }) => {
  const done = await resetPassword({ token: data.token, password: data.password });
  if (!done) {
    return invalid(formData, {}, 'Ce lien n’est plus valable (il a déjà servi ou a expiré). Demandez-en un nouveau.');
  }
  redirect('/connexion?reinitialise=1');
});

export async function resendVerificationAction(): Promise<FormState> {
  const session = await requireUser('/espace/compte');
  const result = await resendVerificationEmail(session.user.id);
  if (result.kind === 'already_verified') return success('Votre adresse e-mail est déjà confirmée.');
  if (result.kind === 'rate_limited') {
    return { status: 'error', message: `Vous avez déjà demandé plusieurs liens. ${retryAfterText(result.retryAfterMs)}` };
  }
  return success(`Un nouveau lien vient d’être envoyé à ${session.user.email}.`);
}
