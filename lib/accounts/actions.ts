'use server';
// Server actions of the advertiser account: sign-up and the personal space. Each one validates the
// form, loads the session, acts on the signed-in user's own data only, and revalidates the page.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { advertiserFormAction, publicFormAction } from '@/lib/forms/action';
import { failure, invalid, success, type FormState } from '@/lib/forms/form-state';
import { signIn, signOut } from '@/lib/auth/next-auth';
import { clientIp } from '@/lib/auth/request-context';
import { revokeOtherSessions, revokeSession } from '@/lib/auth/sessions';
import { requireAdvertiser } from '@/lib/auth/guards';
import { prisma } from '@/lib/db/client';
import { retryAfterText } from '@/lib/security/rate-limit';
import {
  changePassword,
  changeSiret,
  deleteAccount,
  startEmailChange,
  updateContactDetails,
  updatePreferences,
  type AccountChangeResult,
} from './account';
import {
  accountDeletionSchema,
  contactDetailsSchema,
  emailChangeSchema,
  passwordChangeSchema,
  preferencesSchema,
  sessionRevocationSchema,
  signUpSchema,
  siretChangeSchema,
} from './schema';
import { signUp } from './sign-up';

const ACCOUNT_PAGE = '/espace/compte';

function outcome(result: AccountChangeResult, formData: FormData, message: string): FormState {
  if (result.kind === 'invalid') return invalid(formData, result.fieldErrors);
  revalidatePath(ACCOUNT_PAGE);
  return success(message);
}

export const signUpAction = publicFormAction(signUpSchema, async ({ data, formData }) => {
  const result = await signUp(data, { ip: clientIp(await headers()) });
  if (result.kind === 'rate_limited') {
    return failure(formData, `Trop d’inscriptions depuis votre connexion. ${retryAfterText(result.retryAfterMs)}`);
  }
  if (result.kind === 'invalid') return invalid(formData, result.fieldErrors);
  await signIn('credentials', { email: data.email, password: data.password, rememberMe: 'false', redirect: false });
  redirect(`${ACCOUNT_PAGE}?bienvenue=1`);
});

export const updateContactAction = advertiserFormAction(contactDetailsSchema, async ({ data, formData, session }) =>
  outcome(await updateContactDetails(session.user.id, data), formData, 'Vos coordonnées sont enregistrées.'),
);

export const changeEmailAction = advertiserFormAction(emailChangeSchema, async ({ data, formData, session }) =>
  outcome(
    await startEmailChange(session.user.id, data),
    formData,
    `Un lien de confirmation vient d’être envoyé à ${data.newEmail}. Votre adresse actuelle reste active jusqu’à ce que vous cliquiez dessus.`,
  ),
);

export const changeSiretAction = advertiserFormAction(siretChangeSchema, async ({ data, formData, session }) =>
  outcome(
    await changeSiret(session.user.id, data),
    formData,
    'Votre nouveau SIRET est enregistré. Nous le vérifions auprès du répertoire des entreprises.',
  ),
);

export const changePasswordAction = advertiserFormAction(passwordChangeSchema, async ({ data, formData, session }) =>
  outcome(
    await changePassword(session.user.id, session.id, data),
    formData,
    'Votre mot de passe est changé. Vos autres appareils ont été déconnectés.',
  ),
);

export const updatePreferencesAction = advertiserFormAction(preferencesSchema, async ({ data, session }) => {
  await updatePreferences(session.user.id, { newsletter: data.newsletter === 'on', partnerOffers: data.partnerOffers === 'on' });
  revalidatePath(ACCOUNT_PAGE);
  return success('Vos préférences sont enregistrées.');
});

/** Ends one of the user's own sessions; an id that is not theirs changes nothing. */
export const revokeSessionAction = advertiserFormAction(sessionRevocationSchema, async ({ data, session }) => {
  const ended = await revokeSession(prisma, session.user.id, data.sessionId);
  revalidatePath(ACCOUNT_PAGE);
  return ended ? success('La session a été fermée.') : { status: 'error', message: 'Cette session n’existe plus.' };
});

export async function signOutOtherSessionsAction(): Promise<FormState> {
  const session = await requireAdvertiser(ACCOUNT_PAGE);
  const count = await revokeOtherSessions(prisma, session.user.id, session.id);
  revalidatePath(ACCOUNT_PAGE);
  return success(count === 0 ? 'Aucun autre appareil n’était connecté.' : `${count}\u00a0autre${count > 1 ? 's' : ''} appareil${count > 1 ? 's ont' : ' a'} été déconnecté${count > 1 ? 's' : ''}.`);
}

export const deleteAccountAction = advertiserFormAction(accountDeletionSchema, async ({ data, formData, session }) => {
  const result = await deleteAccount(session.user.id, data);
  if (result.kind === 'invalid') return invalid(formData, result.fieldErrors);
  await signOut({ redirect: false });
  redirect('/compte-supprime');
});
