'use server';
// The public newsletter forms, without an account: « Clients » sign-up (double opt-in) and the
// preference page reached from a newsletter's signed link.
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/request-context';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { publicFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { hitRateLimit, RATE_LIMITS, retryAfterText } from '@/lib/security/rate-limit';
import { NEWSLETTER_LISTS, requestClientsNewsletter } from './lists';
import { PREFERENCES_PATH } from './links';
import { changeSubscription } from './preferences';
import { preferenceSchema, signUpSchema } from './schema';

/** The same answer whether the address was new, pending or already subscribed: it reveals nothing. */
const SIGN_UP_MESSAGE =
  'Merci\u00a0! Si cette adresse n’est pas déjà inscrite, un e-mail de confirmation vient d’y être envoyé\u00a0: ' +
  'cliquez sur son lien pour recevoir la lettre «\u00a0Clients\u00a0».';

export const signUpForClientsNewsletterAction = publicFormAction(signUpSchema, async ({ data, formData }) => {
  const ip = clientIp(await headers()) ?? 'unknown';
  const email = data.email.toLowerCase();
  for (const [rule, subject] of [
    [RATE_LIMITS.newsletterSignUpIp, ip],
    [RATE_LIMITS.newsletterSignUpEmail, email],
  ] as const) {
    const verdict = await hitRateLimit(prisma, rule, subject);
    if (!verdict.allowed) return failure(formData, `Trop de demandes d’inscription. ${retryAfterText(verdict.retryAfterMs)}`);
  }
  await prisma.$transaction(async (tx) => {
    const request = await requestClientsNewsletter(tx, email, new Date(), 'NEWSLETTER_FORM');
    if (!request) return;
    await enqueueEmail(tx, {
      to: email,
      template: 'newsletter-confirm',
      props: {
        name: 'à vous',
        listName: NEWSLETTER_LISTS[1].name,
        confirmUrl: `${env().APP_URL}/newsletter/confirmer?jeton=${encodeURIComponent(request.confirmToken)}`,
      },
      idempotencyKey: `newsletter-confirm:form:${request.confirmToken.slice(0, 16)}`,
    });
  });
  return success(SIGN_UP_MESSAGE);
});

export const changePreferenceAction = publicFormAction(preferenceSchema, async ({ data, formData }) => {
  const subscribed = data.choix === 'reinscrire';
  const outcome = await changeSubscription(data.jeton, data.abonnement === 'all' ? 'all' : data.abonnement, subscribed);
  if (outcome === 'invalid') return failure(formData, 'Ce lien n’est pas valable. Ouvrez de nouveau le lien de la lettre reçue.');
  revalidatePath(PREFERENCES_PATH);
  if (data.abonnement === 'all') return success('C’est fait\u00a0: vous ne recevrez plus aucune de nos lettres d’information.');
  return success(subscribed ? 'C’est fait\u00a0: vous êtes de nouveau abonné à cette lettre.' : 'C’est fait\u00a0: vous êtes désinscrit de cette lettre.');
});
