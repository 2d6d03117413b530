// Inputs of the charter editor, the « J'ai lu » banner and the legal-request form (French messages).
import { z } from 'zod';

export const CHARTER_MAX_LENGTH = 100_000;
export const CHANGE_SUMMARY_MAX = 500;

const trimmed = (max: number, required: string, tooLong: string) =>
  z
    .string({ error: required })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, required).max(max, tooLong));

export const publishCharterSchema = z.object({
  bodyMarkdown: z
    .string({ error: 'Saisissez le texte de la charte.' })
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(200, 'Le texte de la charte semble incomplet (200 caractères au moins).')
        .max(CHARTER_MAX_LENGTH, `Le texte ne peut dépasser ${CHARTER_MAX_LENGTH.toLocaleString('fr-FR')} caractères.`),
    ),
  changeSummary: trimmed(
    CHANGE_SUMMARY_MAX,
    'Résumez les changements\u00a0: ce texte est affiché aux utilisateurs.',
    `Le résumé ne peut dépasser ${CHANGE_SUMMARY_MAX} caractères.`,
  ),
  substantial: z.literal('on').optional(),
});

export const LEGAL_DETAILS_MAX = 2000;

export const legalRequestSchema = z.object({
  authority: trimmed(200, 'Indiquez l’autorité qui fait la demande.', 'Nom trop long (200 caractères au plus).'),
  reference: trimmed(
    200,
    'La référence écrite de la réquisition est obligatoire\u00a0: sans elle, aucune donnée n’est communiquée.',
    'Référence trop longue (200 caractères au plus).',
  ),
  authorityEmail: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('Adresse e-mail de l’autorité invalide.')),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('Adresse e-mail de la personne concernée invalide.')),
  details: z
    .string()
    .trim()
    .max(LEGAL_DETAILS_MAX, `Précisions trop longues (${LEGAL_DETAILS_MAX} caractères au plus).`)
    .optional()
    .default(''),
});

export type LegalRequestInput = z.output<typeof legalRequestSchema>;
