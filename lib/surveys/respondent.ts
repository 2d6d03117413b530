// « A person answers once » without knowing who they are. Every response carries a respondent key:
// an HMAC, keyed by the server secret, of the survey and of who answers — the random id kept in the
// visitor's `jauto_survey` cookie, the account, or the newsletter recipient of a signed link. The
// database alone cannot tell whose key it is; the unique index (surveyId, respondentKey) refuses a
// second answer.
//
// The same essential cookie remembers the person's own choices about invitations (« Plus tard »,
// « Ne plus me proposer », already answered): interface personalisation the user asked for, exempt
// from consent (CNIL délibération 2020-091).
import { createHmac, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

export const SURVEY_COOKIE = 'jauto_survey';
/** Six months, like the consent choice: long enough to outlive a survey, short enough to be forgotten. */
export const SURVEY_COOKIE_MAX_AGE_SECONDS = 182 * 24 * 60 * 60;
/** « Plus tard » hides an invitation for a week. */
export const LATER_DELAY_MS = 7 * 24 * 60 * 60 * 1000;
/** Marks kept in the cookie; the oldest go first so that it stays small. */
const MAX_MARKS = 20;

export type SurveyMark = { answered: true } | { laterUntil: number };

export type SurveyCookie = {
  /** Random, unrelated to any account: only its HMAC reaches the database. */
  respondentId: string;
  /** « Ne plus me proposer »: no invitation at all any more. */
  neverAsk: boolean;
  marks: Record<string, SurveyMark>;
};

export function newSurveyCookie(): SurveyCookie {
  return { respondentId: randomBytes(18).toString('base64url'), neverAsk: false, marks: {} };
}

const RESPONDENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const SURVEY_ID = /^[a-z0-9]{8,40}$/;

/** The cookie's content, or a fresh one when it is missing or was tampered with. */
export function parseSurveyCookie(value: string | undefined): SurveyCookie {
  if (!value) return newSurveyCookie();
  try {
    const raw = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as {
      r?: unknown;
      n?: unknown;
      s?: Record<string, unknown>;
    };
    if (typeof raw.r !== 'string' || !RESPONDENT_ID.test(raw.r)) return newSurveyCookie();
    const marks: Record<string, SurveyMark> = {};
    for (const [surveyId, mark] of Object.entries(raw.s ?? {})) {
      if (!SURVEY_ID.test(surveyId)) continue;
      if (mark === 'a') marks[surveyId] = { answered: true };
      else if (typeof mark === 'number' && Number.isFinite(mark)) marks[surveyId] = { laterUntil: mark };
    }
    return { respondentId: raw.r, neverAsk: raw.n === 1, marks };
  } catch {
    return newSurveyCookie();
  }
}

export function serializeSurveyCookie(cookie: SurveyCookie): string {
  const entries = Object.entries(cookie.marks).slice(-MAX_MARKS);
  const s = Object.fromEntries(entries.map(([id, mark]) => [id, 'answered' in mark ? 'a' : mark.laterUntil]));
  return Buffer.from(JSON.stringify({ r: cookie.respondentId, n: cookie.neverAsk ? 1 : 0, s })).toString('base64url');
}

/** Whether the person's own choices hide this survey's invitation now. */
export function invitationHidden(cookie: SurveyCookie, surveyId: string, now = Date.now()): boolean {
  if (cookie.neverAsk) return true;
  const mark = cookie.marks[surveyId];
  if (!mark) return false;
  return 'answered' in mark || mark.laterUntil > now;
}

export function withMark(cookie: SurveyCookie, surveyId: string, mark: SurveyMark): SurveyCookie {
  // Re-inserted last, so that the oldest marks are the ones dropped when the cookie is full.
  const marks = { ...cookie.marks };
  delete marks[surveyId];
  marks[surveyId] = mark;
  return { ...cookie, marks };
}

/** Attributes of the cookie: read by the server only, sent on top-level navigations. */
export function surveyCookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env().APP_ENV === 'production',
    path: '/',
    maxAge: SURVEY_COOKIE_MAX_AGE_SECONDS,
  };
}

export type Respondent =
  | { kind: 'visitor'; respondentId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'recipient'; recipientId: string };

export function respondentKey(surveyId: string, respondent: Respondent): string {
  const who =
    respondent.kind === 'visitor'
      ? respondent.respondentId
      : respondent.kind === 'user'
        ? respondent.userId
        : respondent.recipientId;
  return createHmac('sha256', env().AUTH_SECRET)
    .update(`survey-respondent\u0000${surveyId}\u0000${respondent.kind}\u0000${who}`)
    .digest('hex');
}
