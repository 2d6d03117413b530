// Recording one response: the survey must be open and meant for whoever answers (an advertiser for
// the advertisers' surveys, a valid newsletter link for the clients' ones), at least one question
// answered, and a first answer from this person — the unique respondent key refuses a second one,
// even when two tabs send at the same time.
import 'server-only';
import type { ActiveSession } from '@/lib/auth/sessions';
import { prisma, Prisma } from '@/lib/db/client';
import type { FieldErrors } from '@/lib/forms/form-state';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import { parseAnswers } from './answers';
import { verifyClientSurveyToken } from './links';
import { respondentKey, type Respondent, type SurveyCookie } from './respondent';

export type AnswerContext = {
  session: ActiveSession | null;
  cookie: SurveyCookie;
  /** The `t` of a newsletter link, for the clients' surveys. */
  token: string | null;
  /** A signed-in person ticked « Répondre anonymement » (honoured when the survey allows it). */
  anonymous: boolean;
  ip: string | null;
};

export type SubmitResult =
  | { kind: 'saved'; surveyId: string; slug: string; anonymous: boolean }
  | { kind: 'unavailable' }
  | { kind: 'sign-in-required' }
  | { kind: 'link-required' }
  | { kind: 'already-answered'; surveyId: string }
  | { kind: 'empty' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'rate-limited'; retryAfterMs: number };

type SurveyAccess = { id: string; slug: string; audience: 'VISITORS' | 'ADVERTISERS' | 'CLIENTS'; allowAnonymous: boolean };

export type Participant =
  | { kind: 'allowed'; respondent: Respondent; userId: string | null }
  | { kind: 'sign-in-required' }
  | { kind: 'link-required' };

/** Who answers this survey, and whether their name goes with the answers. */
export function participantFor(
  survey: SurveyAccess,
  context: Pick<AnswerContext, 'session' | 'cookie' | 'token' | 'anonymous'>,
): Participant {
  if (survey.audience === 'CLIENTS') {
    const recipientId = verifyClientSurveyToken(survey.slug, context.token);
    return recipientId ? { kind: 'allowed', respondent: { kind: 'recipient', recipientId }, userId: null } : { kind: 'link-required' };
  }
  const user = context.session?.user;
  if (survey.audience === 'ADVERTISERS' && user?.role !== 'ADVERTISER') return { kind: 'sign-in-required' };
  if (!user) return { kind: 'allowed', respondent: { kind: 'visitor', respondentId: context.cookie.respondentId }, userId: null };
  const anonymous = survey.allowAnonymous && context.anonymous;
  return { kind: 'allowed', respondent: { kind: 'user', userId: user.id }, userId: anonymous ? null : user.id };
}

/** Whether this person has already answered (to show « merci » instead of the form). */
export async function hasAnswered(surveyId: string, respondent: Respondent): Promise<boolean> {
  const found = await prisma.surveyResponse.findUnique({
    where: { surveyId_respondentKey: { surveyId, respondentKey: respondentKey(surveyId, respondent) } },
    select: { id: true },
  });
  return found !== null;
}

export async function submitSurveyResponse(
  surveyId: string,
  formData: FormData,
  context: AnswerContext,
  now = new Date(),
): Promise<SubmitResult> {
  const survey = await prisma.survey.findFirst({
    where: { id: surveyId, status: 'OPEN' },
    select: {
      id: true,
      slug: true,
      audience: true,
      allowAnonymous: true,
      questions: { orderBy: { position: 'asc' }, select: { id: true, kind: true, options: true } },
    },
  });
  if (!survey) return { kind: 'unavailable' };

  const participant = participantFor(survey, context);
  if (participant.kind !== 'allowed') return participant;

  const { answers, errors } = parseAnswers(survey.questions, formData);
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  if (answers.length === 0) return { kind: 'empty' };

  const key = respondentKey(survey.id, participant.respondent);
  if (await hasAnswered(survey.id, participant.respondent)) return { kind: 'already-answered', surveyId: survey.id };

  const limit = await hitRateLimit(prisma, RATE_LIMITS.surveyAnswerIp, context.ip ?? 'unknown', now);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterMs: limit.retryAfterMs };

  try {
    await prisma.surveyResponse.create({
      data: {
        surveyId: survey.id,
        userId: participant.userId,
        respondentKey: key,
        createdAt: now,
        answers: { create: answers.map((answer) => ({ questionId: answer.questionId, value: answer.value })) },
      },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { kind: 'already-answered', surveyId: survey.id };
    }
    throw error;
  }
  return { kind: 'saved', surveyId: survey.id, slug: survey.slug, anonymous: participant.userId === null };
}
