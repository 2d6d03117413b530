'use server';
// Survey server actions: the team's editor and open/close buttons (admins only), the answer form
// (anyone the survey is meant for), and the invitation's « Plus tard » / « Ne plus me proposer ».
import { cookies, headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientIp } from '@/lib/auth/request-context';
import { getCurrentSession, requireAdmin } from '@/lib/auth/guards';
import { publicFormAction } from '@/lib/forms/action';
import { failure, formObject, invalid, type FormState } from '@/lib/forms/form-state';
import { retryAfterText } from '@/lib/security/rate-limit';
import { saveSurvey, setSurveyStatus } from './editor';
import {
  LATER_DELAY_MS,
  parseSurveyCookie,
  SURVEY_COOKIE,
  surveyCookieOptions,
  serializeSurveyCookie,
  withMark,
  type SurveyCookie,
} from './respondent';
import { surveyFieldErrors, surveyFormSchema, surveyStatusSchema } from './schema';
import { submitSurveyResponse } from './submission';

async function readSurveyCookie(): Promise<SurveyCookie> {
  return parseSurveyCookie((await cookies()).get(SURVEY_COOKIE)?.value);
}

async function writeSurveyCookie(cookie: SurveyCookie): Promise<void> {
  (await cookies()).set(SURVEY_COOKIE, serializeSurveyCookie(cookie), surveyCookieOptions());
}

export async function saveSurveyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/sondages');
  const parsed = surveyFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(formData, surveyFieldErrors(parsed.error));
  const result = await saveSurvey(parsed.data, admin.user.id);
  if (result.kind === 'not-found') return failure(formData, 'Ce sondage n’existe plus.');
  if (result.kind === 'not-draft') {
    return failure(formData, 'Ce sondage a été ouvert entre-temps\u00a0: ses questions ne peuvent plus changer.');
  }
  revalidatePath('/admin/sondages');
  redirect(`/admin/sondages/${result.surveyId}?enregistre=1`);
}

export async function setSurveyStatusAction(formData: FormData): Promise<void> {
  await requireAdmin('/admin/sondages');
  const parsed = surveyStatusSchema.safeParse(formObject(formData));
  if (!parsed.success) redirect('/admin/sondages');
  await setSurveyStatus(parsed.data.surveyId, parsed.data.status);
  revalidatePath('/admin/sondages');
  redirect(`/admin/sondages/${parsed.data.surveyId}`);
}

const answerSchema = z.object({
  surveyId: z.string().trim().min(1),
  t: z.string().optional(),
  anonymous: z.string().optional(),
});

export const answerSurveyAction = publicFormAction(answerSchema, async ({ data, formData }) => {
  const cookie = await readSurveyCookie();
  const result = await submitSurveyResponse(data.surveyId, formData, {
    session: await getCurrentSession(),
    cookie,
    token: data.t ?? null,
    anonymous: data.anonymous === 'on',
    ip: clientIp(await headers()),
  });
  switch (result.kind) {
    case 'saved': {
      await writeSurveyCookie(withMark(cookie, result.surveyId, { answered: true }));
      const query = data.t ? `?t=${encodeURIComponent(data.t)}` : '';
      redirect(`/sondages/${result.slug}/merci${query}`);
    }
    case 'already-answered':
      await writeSurveyCookie(withMark(cookie, result.surveyId, { answered: true }));
      return failure(formData, 'Vous avez déjà répondu à ce sondage\u00a0: merci, votre première réponse est bien enregistrée.');
    case 'invalid':
      return invalid(formData, result.errors);
    case 'empty':
      return failure(
        formData,
        'Vous n’avez répondu à aucune question. Répondez à celles que vous voulez, ou quittez simplement la page\u00a0: rien n’est enregistré.',
      );
    case 'unavailable':
      return failure(formData, 'Ce sondage est clos\u00a0: votre réponse n’a pas été enregistrée. Merci tout de même.');
    case 'sign-in-required':
      return failure(formData, 'Ce sondage s’adresse aux annonceurs\u00a0: connectez-vous à votre espace pour y répondre.');
    case 'link-required':
      return failure(formData, 'Ce sondage se répond depuis le lien reçu dans la newsletter «\u00a0Clients\u00a0».');
    case 'rate-limited':
      return failure(formData, `Trop de réponses envoyées depuis votre connexion. ${retryAfterText(result.retryAfterMs)}`);
  }
});

const dismissSchema = z.object({ surveyId: z.string().regex(/^[a-z0-9]{8,40}$/), choice: z.enum(['later', 'never']) });

/** « Plus tard » hides this invitation for a week; « Ne plus me proposer » hides every invitation. */
export async function dismissInvitationAction(formData: FormData): Promise<void> {
  const parsed = dismissSchema.safeParse(formObject(formData));
  if (!parsed.success) return;
  const cookie = await readSurveyCookie();
  await writeSurveyCookie(
    parsed.data.choice === 'never'
      ? { ...cookie, neverAsk: true }
      : withMark(cookie, parsed.data.surveyId, { laterUntil: Date.now() + LATER_DELAY_MS }),
  );
}
