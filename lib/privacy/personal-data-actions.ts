'use server';
// The server actions of /mes-donnees: ask for a link, open the session it grants (cookie), unsubscribe
// from everything, erase. Every action after the link reads the session from the cookie, never from
// the form, so only the holder of the link acts on the address.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/auth/request-context';
import { isProduction } from '@/lib/env';
import { publicFormAction } from '@/lib/forms/action';
import { failure, success, type FormState } from '@/lib/forms/form-state';
import { isHoneypotFilled } from '@/lib/inquiries/anti-spam';
import { retryAfterText } from '@/lib/security/rate-limit';
import {
  closePersonalDataSession,
  erasePersonalData,
  findPersonalDataSession,
  LINK_SENT_MESSAGE,
  openPersonalDataSession,
  PERSONAL_DATA_COOKIE,
  PERSONAL_DATA_PATH,
  requestPersonalDataLink,
  SESSION_LIFETIME_MS,
  unsubscribeFromEverything,
} from './personal-data';
import { accessLinkSchema, emailRequestSchema, erasureSchema } from './personal-data-schema';

const EXPIRED_MESSAGE = 'Votre accès a expiré. Demandez un nouveau lien ci-dessous.';

export const requestPersonalDataLinkAction = publicFormAction(emailRequestSchema, async ({ data, formData }) => {
  if (isHoneypotFilled(data.website)) return success(LINK_SENT_MESSAGE);
  const result = await requestPersonalDataLink(data.email, { ip: clientIp(await headers()) });
  if (result.kind === 'rate-limited') {
    return failure(formData, `Trop de demandes en peu de temps. ${retryAfterText(result.retryAfterMs)}`);
  }
  return success(LINK_SENT_MESSAGE);
});

export const openPersonalDataAction = publicFormAction(accessLinkSchema, async ({ data, formData }) => {
  const secret = await openPersonalDataSession(data.token);
  if (!secret) return failure(formData, 'Ce lien a déjà servi ou a expiré. Demandez-en un nouveau.');
  (await cookies()).set(PERSONAL_DATA_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isProduction(),
    path: PERSONAL_DATA_PATH,
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
  redirect(`${PERSONAL_DATA_PATH}/espace`);
});

async function currentSession() {
  return findPersonalDataSession((await cookies()).get(PERSONAL_DATA_COOKIE)?.value);
}

export async function unsubscribeEverythingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await currentSession();
  if (!session) return failure(formData, EXPIRED_MESSAGE);
  const { unsubscribed } = await unsubscribeFromEverything(session.email);
  return success(
    unsubscribed > 0
      ? 'C’est fait\u00a0: vous êtes désabonné de toutes nos lettres et ne recevrez plus aucun message commercial.'
      : 'C’est fait\u00a0: vous ne recevrez plus aucun message commercial.',
  );
}

export const erasePersonalDataAction = publicFormAction(erasureSchema, async ({ formData }) => {
  const session = await currentSession();
  if (!session) return failure(formData, EXPIRED_MESSAGE);
  await erasePersonalData(session.email);
  await closePersonalDataSession(session.id);
  // Same path as when it was set, or the browser would keep it.
  (await cookies()).set(PERSONAL_DATA_COOKIE, '', { httpOnly: true, path: PERSONAL_DATA_PATH, maxAge: 0 });
  redirect(`${PERSONAL_DATA_PATH}/supprime`);
});
