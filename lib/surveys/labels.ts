// What surveys are called on screen and their limits, shared by the admin editor, the answer page and
// the server checks.
import type { QuestionKind, SurveyAudience, SurveyStatus } from '@/lib/generated/prisma/enums';

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  SINGLE_CHOICE: 'Choix unique',
  MULTIPLE_CHOICE: 'Choix multiple',
  SCALE: 'Échelle de 1 à 5',
  TEXT: 'Texte libre',
};

export const AUDIENCE_LABELS: Record<SurveyAudience, string> = {
  VISITORS: 'Visiteurs du site',
  ADVERTISERS: 'Annonceurs (dans leur espace)',
  CLIENTS: 'Clients (lien dans la newsletter «\u00a0Clients\u00a0»)',
};

export const STATUS_LABELS: Record<SurveyStatus, string> = {
  DRAFT: 'Brouillon',
  OPEN: 'Ouvert',
  CLOSED: 'Clos',
};

export const SURVEY_LIMITS = {
  title: 120,
  intro: 1000,
  invitation: 200,
  questions: 20,
  label: 300,
  choices: 12,
  choice: 120,
  scaleLabel: 40,
  /** A free-text answer: a few paragraphs, not an essay. */
  text: 2000,
} as const;

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;

/** Choice questions keep their choices; a scale keeps the words at its two ends. */
export type ScaleLabels = { low: string; high: string };

export function isChoiceKind(kind: QuestionKind): kind is 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' {
  return kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';
}

/** The stored `options` JSON, read defensively. */
export function choicesOf(options: unknown): string[] {
  return Array.isArray(options) ? options.filter((choice): choice is string => typeof choice === 'string') : [];
}

export function scaleLabelsOf(options: unknown): ScaleLabels {
  const value = (options ?? {}) as Partial<ScaleLabels>;
  return { low: typeof value.low === 'string' ? value.low : '', high: typeof value.high === 'string' ? value.high : '' };
}
