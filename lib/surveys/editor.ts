// The team's operations on surveys: write a draft with its questions, open it, close it, reopen it.
// Questions can change only while the survey is a draft, so that results always describe the
// questions people actually answered.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { prisma, Prisma } from '@/lib/db/client';
import { slugify } from '@/lib/seed/slug';
import type { QuestionInput, SurveyFormInput } from './schema';

export type SaveResult = { kind: 'saved'; surveyId: string } | { kind: 'not-found' } | { kind: 'not-draft' };

function questionRows(questions: QuestionInput[]) {
  return questions.map((question, index) => ({
    position: index,
    kind: question.kind,
    label: question.label,
    options:
      question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE'
        ? question.choices
        : question.kind === 'SCALE'
          ? { low: question.low, high: question.high }
          : Prisma.DbNull,
  }));
}

/** A readable, unique address: « avis-sur-la-recherche-k3f9 ». */
function newSlug(title: string): string {
  const base = slugify(title).slice(0, 60).replace(/-+$/, '') || 'sondage';
  return `${base}-${randomBytes(3).toString('hex')}`;
}

export async function saveSurvey(input: SurveyFormInput, adminId: string): Promise<SaveResult> {
  const fields = {
    title: input.title,
    intro: input.intro,
    invitation: input.invitation,
    audience: input.audience,
    allowAnonymous: input.allowAnonymous,
  };
  if (!input.surveyId) {
    const survey = await prisma.survey.create({
      data: {
        ...fields,
        slug: newSlug(input.title),
        createdById: adminId,
        questions: { create: questionRows(input.questions) },
      },
      select: { id: true },
    });
    return { kind: 'saved', surveyId: survey.id };
  }
  return prisma.$transaction(async (tx) => {
    // Only a draft changes; the conditional update makes a concurrent « Ouvrir » win cleanly.
    const updated = await tx.survey.updateMany({ where: { id: input.surveyId, status: 'DRAFT' }, data: fields });
    if (updated.count === 0) {
      const exists = await tx.survey.findUnique({ where: { id: input.surveyId }, select: { id: true } });
      return exists ? { kind: 'not-draft' as const } : { kind: 'not-found' as const };
    }
    await tx.surveyQuestion.deleteMany({ where: { surveyId: input.surveyId } });
    await tx.surveyQuestion.createMany({
      data: questionRows(input.questions).map((row) => ({ ...row, surveyId: input.surveyId })),
    });
    return { kind: 'saved' as const, surveyId: input.surveyId };
  });
}

export type StatusResult = { kind: 'changed' } | { kind: 'not-found' } | { kind: 'unchanged' };

/** Opens a draft or a closed survey, or closes an open one. */
export async function setSurveyStatus(surveyId: string, status: 'OPEN' | 'CLOSED', now = new Date()): Promise<StatusResult> {
  const updated =
    status === 'OPEN'
      ? await prisma.survey.updateMany({
          where: { id: surveyId, status: { in: ['DRAFT', 'CLOSED'] } },
          data: { status: 'OPEN', openedAt: now, closedAt: null },
        })
      : await prisma.survey.updateMany({ where: { id: surveyId, status: 'OPEN' }, data: { status: 'CLOSED', closedAt: now } });
  if (updated.count === 1) return { kind: 'changed' };
  const exists = await prisma.survey.findUnique({ where: { id: surveyId }, select: { id: true } });
  return exists ? { kind: 'unchanged' } : { kind: 'not-found' };
}
