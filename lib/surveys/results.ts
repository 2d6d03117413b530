// What the team sees of a survey: per question, how many people chose each answer (choices and the
// 1–5 scale), the free-text answers, and the CSV of every response (one row per response, one column
// per question). No name or e-mail appears, even for answers given under an account.
import 'server-only';
import { prisma } from '@/lib/db/client';
import type { QuestionKind } from '@/lib/generated/prisma/enums';
import { choicesOf, scaleLabelsOf, SCALE_VALUES, type ScaleLabels } from './labels';

/** Audit log action of a CSV export. */
export const SURVEY_EXPORTED = 'survey.exported';

export type ChoiceCount = { label: string; count: number };

export type QuestionResult = {
  id: string;
  label: string;
  kind: QuestionKind;
  /** How many responses answered this question (the others skipped it). */
  answered: number;
  /** Choices in their order, or the scale's 1 … 5; empty for free text. */
  counts: ChoiceCount[];
  scale?: ScaleLabels & { average: number | null };
  texts: { text: string; createdAt: Date }[];
};

export type SurveyResults = { responses: number; questions: QuestionResult[] };

type Question = { id: string; label: string; kind: QuestionKind; options: unknown };

export function summarise(
  questions: Question[],
  answers: { questionId: string; value: unknown; createdAt: Date }[],
  responses: number,
): SurveyResults {
  const byQuestion = new Map<string, { value: unknown; createdAt: Date }[]>();
  for (const answer of answers) {
    const list = byQuestion.get(answer.questionId) ?? [];
    list.push(answer);
    byQuestion.set(answer.questionId, list);
  }
  return {
    responses,
    questions: questions.map((question) => {
      const values = byQuestion.get(question.id) ?? [];
      const result: QuestionResult = {
        id: question.id,
        label: question.label,
        kind: question.kind,
        answered: values.length,
        counts: [],
        texts: [],
      };
      if (question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE') {
        result.counts = choicesOf(question.options).map((label) => ({
          label,
          count: values.filter(({ value }) => (Array.isArray(value) ? value.includes(label) : value === label)).length,
        }));
      } else if (question.kind === 'SCALE') {
        const numbers = values.map(({ value }) => Number(value)).filter((value) => Number.isInteger(value));
        result.counts = SCALE_VALUES.map((point) => ({
          label: String(point),
          count: numbers.filter((value) => value === point).length,
        }));
        const average = numbers.length ? numbers.reduce((sum, value) => sum + value, 0) / numbers.length : null;
        result.scale = { ...scaleLabelsOf(question.options), average };
      } else {
        result.texts = values
          .filter((entry): entry is { value: string; createdAt: Date } => typeof entry.value === 'string')
          .map(({ value, createdAt }) => ({ text: value, createdAt }))
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      }
      return result;
    }),
  };
}

export async function getSurveyResults(surveyId: string): Promise<SurveyResults> {
  const [questions, answers, responses] = await Promise.all([
    prisma.surveyQuestion.findMany({
      where: { surveyId },
      orderBy: { position: 'asc' },
      select: { id: true, label: true, kind: true, options: true },
    }),
    prisma.surveyAnswer.findMany({
      where: { response: { surveyId } },
      select: { questionId: true, value: true, response: { select: { createdAt: true } } },
    }),
    prisma.surveyResponse.count({ where: { surveyId } }),
  ]);
  return summarise(
    questions,
    answers.map((answer) => ({ questionId: answer.questionId, value: answer.value, createdAt: answer.response.createdAt })),
    responses,
  );
}

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

function cellOf(value: unknown): string | number {
  if (Array.isArray(value)) return value.join(' | ');
  if (typeof value === 'number' || typeof value === 'string') return value;
  return '';
}

/** Header then one row per response, oldest first; a skipped question is an empty cell. */
export async function surveyCsvRows(surveyId: string): Promise<(string | number)[][]> {
  const [questions, responses] = await Promise.all([
    prisma.surveyQuestion.findMany({ where: { surveyId }, orderBy: { position: 'asc' }, select: { id: true, label: true } }),
    prisma.surveyResponse.findMany({
      where: { surveyId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { createdAt: true, userId: true, answers: { select: { questionId: true, value: true } } },
    }),
  ]);
  const header = ['Réponse n°', 'Date', 'Anonyme', ...questions.map((question) => question.label)];
  const rows = responses.map((response, index) => {
    const values = new Map(response.answers.map((answer) => [answer.questionId, answer.value]));
    return [
      index + 1,
      dateTime.format(response.createdAt),
      response.userId ? 'non' : 'oui',
      ...questions.map((question) => cellOf(values.get(question.id))),
    ];
  });
  return [header, ...rows];
}
