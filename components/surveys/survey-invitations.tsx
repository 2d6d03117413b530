// Server side of the invitations: finds the open survey for the audience, unless the person's cookie
// or (signed in) their earlier answer says not to show it. Visitors see theirs on public pages once they
// have answered the cookie banner, advertisers in their space; the team never sees invitations.
import { cookies } from 'next/headers';
import { getCurrentSession } from '@/lib/auth/guards';
import { getConsent } from '@/lib/consent/server';
import { findInvitation } from '@/lib/surveys/queries';
import { parseSurveyCookie, SURVEY_COOKIE } from '@/lib/surveys/respondent';
import { hasAnswered } from '@/lib/surveys/submission';
import type { SurveyAudience } from '@/lib/generated/prisma/enums';
import { SurveyInvitation } from './survey-invitation';

/** Where a visitors' invitation is out of place: private areas, forms of their own, the survey pages. */
const NOT_ON = ['/admin', '/espace', '/sondages', '/connexion', '/inscription', '/mot-de-passe-oublie', '/verification', '/dev'] as const;

async function invitationFor(audience: SurveyAudience) {
  const session = await getCurrentSession();
  if (session?.user.role === 'ADMIN') return null;
  if (audience === 'ADVERTISERS' && session?.user.role !== 'ADVERTISER') return null;
  const cookie = parseSurveyCookie((await cookies()).get(SURVEY_COOKIE)?.value);
  const userId = session?.user.id;
  return findInvitation(
    audience,
    cookie,
    userId ? (surveyId) => hasAnswered(surveyId, { kind: 'user', userId }) : undefined,
  );
}

export async function VisitorSurveyInvitation() {
  // One question at a time: on a first visit the cookie banner comes first, the survey afterwards.
  if (!(await getConsent()).chosen) return null;
  const invitation = await invitationFor('VISITORS');
  // Keyed by survey: dismissing one must not hide the next one the server offers.
  return invitation ? <SurveyInvitation key={invitation.surveyId} invitation={invitation} hiddenUnder={NOT_ON} /> : null;
}

export async function AdvertiserSurveyInvitation() {
  const invitation = await invitationFor('ADVERTISERS');
  return invitation ? <SurveyInvitation key={invitation.surveyId} invitation={invitation} inline /> : null;
}
