// The survey editor's input (zod, French messages), shared by the admin form and the server. The
// questions travel as one JSON field written by the editor; their errors are keyed « questions.0.label ».
import { z } from 'zod';
import type { FieldErrors } from '@/lib/forms/form-state';
import { SURVEY_LIMITS as LIMITS } from './labels';

export const QUESTION_KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'TEXT'] as const;
export const AUDIENCES = ['VISITORS', 'ADVERTISERS', 'CLIENTS'] as const;

const questionSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS, { error: 'Choisissez le type de question.' }),
    label: z
      .string()
      .trim()
      .min(3, 'Écrivez la question.')
      .max(LIMITS.label, `${LIMITS.label} caractères au plus.`),
    choices: z
      .array(z.string().trim().max(LIMITS.choice, `Un choix fait ${LIMITS.choice} caractères au plus.`))
      .default([])
      .transform((choices) => choices.filter((choice) => choice !== '')),
    low: z.string().trim().max(LIMITS.scaleLabel, `${LIMITS.scaleLabel} caractères au plus.`).default(''),
    high: z.string().trim().max(LIMITS.scaleLabel, `${LIMITS.scaleLabel} caractères au plus.`).default(''),
  })
  .superRefine((question, context) => {
    if (question.kind !== 'SINGLE_CHOICE' && question.kind !== 'MULTIPLE_CHOICE') return;
    if (question.choices.length < 2) {
      context.addIssue({ code: 'custom', path: ['choices'], message: 'Proposez au moins deux choix, un par ligne.' });
    } else if (question.choices.length > LIMITS.choices) {
      context.addIssue({ code: 'custom', path: ['choices'], message: `${LIMITS.choices} choix au plus.` });
    } else if (new Set(question.choices.map((choice) => choice.toLowerCase())).size !== question.choices.length) {
      context.addIssue({ code: 'custom', path: ['choices'], message: 'Deux choix sont identiques.' });
    }
  });

export type QuestionInput = z.output<typeof questionSchema>;

const questionsField = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'Les questions n’ont pas pu être lues\u00a0: rechargez la page.' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(questionSchema)
      .min(1, 'Ajoutez au moins une question.')
      .max(LIMITS.questions, `${LIMITS.questions} questions au plus.`),
  );

export const surveyFormSchema = z.object({
  /** Empty for a new survey. */
  surveyId: z.string().trim().default(''),
  title: z
    .string()
    .trim()
    .min(3, 'Donnez un titre au sondage.')
    .max(LIMITS.title, `${LIMITS.title} caractères au plus.`),
  intro: z.string().trim().max(LIMITS.intro, `${LIMITS.intro} caractères au plus.`).default(''),
  invitation: z
    .string()
    .trim()
    .min(10, 'Écrivez la phrase de l’invitation (10 caractères au moins).')
    .max(LIMITS.invitation, `${LIMITS.invitation} caractères au plus.`),
  audience: z.enum(AUDIENCES, { error: 'Choisissez à qui s’adresse le sondage.' }),
  allowAnonymous: z
    .string()
    .optional()
    .transform((value) => value === 'on'),
  questions: questionsField,
});

export type SurveyFormInput = z.output<typeof surveyFormSchema>;

/** One French message per field, keyed by its full path (« questions.2.choices »). */
export function surveyFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

export const surveyStatusSchema = z.object({
  surveyId: z.string().trim().min(1),
  status: z.enum(['OPEN', 'CLOSED']),
});
