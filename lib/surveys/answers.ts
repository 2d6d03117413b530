// Reads a response from the answer form. Every question is optional: a question left blank is simply
// not stored. What arrives is still checked against the question (a choice that does not exist, a
// scale outside 1–5, a text too long), because the form can be forged.
import type { FieldErrors } from '@/lib/forms/form-state';
import type { QuestionKind } from '@/lib/generated/prisma/enums';
import { choicesOf, SCALE_VALUES, SURVEY_LIMITS } from './labels';

export type AnswerableQuestion = { id: string; kind: QuestionKind; options: unknown };

/** Stored in SurveyAnswer.value: the choice's text, the choices' texts, the scale's number, the text. */
export type AnswerValue = string | string[] | number;

/** Form field names: one per question, one per choice of a multiple-choice question. */
export function answerFieldName(questionId: string, choiceIndex?: number): string {
  return choiceIndex === undefined ? `q_${questionId}` : `q_${questionId}_${choiceIndex}`;
}

export type ParsedAnswers = { answers: { questionId: string; value: AnswerValue }[]; errors: FieldErrors };

export function parseAnswers(questions: AnswerableQuestion[], formData: FormData): ParsedAnswers {
  const answers: ParsedAnswers['answers'] = [];
  const errors: FieldErrors = {};
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };

  for (const question of questions) {
    const name = answerFieldName(question.id);
    switch (question.kind) {
      case 'SINGLE_CHOICE': {
        const value = text(name);
        if (value === '') break;
        if (choicesOf(question.options).includes(value)) answers.push({ questionId: question.id, value });
        else errors[name] = 'Ce choix n’existe pas\u00a0: choisissez parmi les réponses proposées.';
        break;
      }
      case 'MULTIPLE_CHOICE': {
        const chosen = choicesOf(question.options).filter((_, index) => text(answerFieldName(question.id, index)) === 'on');
        if (chosen.length > 0) answers.push({ questionId: question.id, value: chosen });
        break;
      }
      case 'SCALE': {
        const value = text(name);
        if (value === '') break;
        const number = Number(value);
        if ((SCALE_VALUES as readonly number[]).includes(number)) answers.push({ questionId: question.id, value: number });
        else errors[name] = 'Choisissez une note de 1 à 5.';
        break;
      }
      case 'TEXT': {
        const value = text(name);
        if (value === '') break;
        if (value.length > SURVEY_LIMITS.text) errors[name] = `${SURVEY_LIMITS.text} caractères au plus.`;
        else answers.push({ questionId: question.id, value });
        break;
      }
    }
  }
  return { answers, errors };
}
