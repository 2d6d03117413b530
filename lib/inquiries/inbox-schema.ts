// Zod schemas of the inbox's forms (answer, archive), with French messages.
import { z } from 'zod';

export const ANSWER_MIN = 2;
export const ANSWER_MAX = 5000;

const inquiryId = z.string({ error: 'Demande introuvable.' }).min(1, 'Demande introuvable.').max(64);

export const answerInquirySchema = z.object({
  inquiryId,
  body: z
    .string({ error: 'Écrivez votre réponse.' })
    .trim()
    .min(ANSWER_MIN, 'Écrivez votre réponse.')
    .max(ANSWER_MAX, `Votre réponse ne peut dépasser ${ANSWER_MAX.toLocaleString('fr-FR')} caractères.`),
});

export const inquiryIdSchema = z.object({ inquiryId });
