// Reads of surveys: the team's list and editor, the public answer page, and the open survey whose
// invitation a given audience sees.
import 'server-only';
import { prisma } from '@/lib/db/client';
import type { SurveyAudience } from '@/lib/generated/prisma/enums';
import { invitationHidden, type SurveyCookie } from './respondent';

export async function listSurveys() {
  return prisma.survey.findMany({
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      audience: true,
      createdAt: true,
      openedAt: true,
      closedAt: true,
      _count: { select: { responses: true, questions: true } },
    },
  });
}

const questionSelect = {
  orderBy: { position: 'asc' },
  select: { id: true, position: true, kind: true, label: true, options: true },
} as const;

export async function getSurveyForAdmin(id: string) {
  return prisma.survey.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      intro: true,
      invitation: true,
      audience: true,
      allowAnonymous: true,
      status: true,
      createdAt: true,
      openedAt: true,
      closedAt: true,
      questions: questionSelect,
      _count: { select: { responses: true } },
    },
  });
}

export type AdminSurvey = NonNullable<Awaited<ReturnType<typeof getSurveyForAdmin>>>;

/** A survey as its respondents see it: never a draft. */
export async function getPublicSurvey(slug: string) {
  return prisma.survey.findFirst({
    where: { slug, status: { in: ['OPEN', 'CLOSED'] } },
    select: {
      id: true,
      slug: true,
      title: true,
      intro: true,
      audience: true,
      allowAnonymous: true,
      status: true,
      questions: questionSelect,
    },
  });
}

export type PublicSurvey = NonNullable<Awaited<ReturnType<typeof getPublicSurvey>>>;

export type Invitation = { surveyId: string; slug: string; title: string; invitation: string };

/**
 * The newest open survey of this audience that the person has not answered, postponed or declined.
 * `answered` checks the database for signed-in people (their cookie may be another browser's).
 */
export async function findInvitation(
  audience: SurveyAudience,
  cookie: SurveyCookie,
  answered?: (surveyId: string) => Promise<boolean>,
  now = Date.now(),
): Promise<Invitation | null> {
  if (cookie.neverAsk) return null;
  const open = await prisma.survey.findMany({
    where: { status: 'OPEN', audience },
    orderBy: [{ openedAt: 'desc' }, { id: 'desc' }],
    take: 5,
    select: { id: true, slug: true, title: true, invitation: true },
  });
  for (const survey of open) {
    if (invitationHidden(cookie, survey.id, now)) continue;
    if (answered && (await answered(survey.id))) continue;
    return { surveyId: survey.id, slug: survey.slug, title: survey.title, invitation: survey.invitation };
  }
  return null;
}
