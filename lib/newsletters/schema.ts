// Inputs of the newsletter forms: the public « Clients » sign-up, the preference page and the composer.
import { z } from 'zod';

export const signUpSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Indiquez votre adresse e-mail.')
    .max(254, 'Cette adresse est trop longue.')
    .pipe(z.email('Cette adresse e-mail n’est pas valide (exemple\u00a0: prenom.nom@exemple.fr).')),
});

export const preferenceSchema = z.object({
  jeton: z.string().min(10).max(250),
  /** A subscription id, or « all ». */
  abonnement: z.string().min(1).max(64),
  choix: z.enum(['desinscrire', 'reinscrire']),
});

export const SUBJECT_MAX = 150;
export const PREHEADER_MAX = 200;
export const BODY_MAX = 50_000;

export const issueSchema = z.object({
  issueId: z.string().max(64).optional().default(''),
  listId: z.string().min(1, 'Choisissez la liste destinataire.').max(64),
  subject: z
    .string()
    .trim()
    .min(3, 'Écrivez un objet d’au moins 3 caractères.')
    .max(SUBJECT_MAX, `L’objet tient en ${SUBJECT_MAX} caractères au plus.`),
  preheader: z.string().trim().max(PREHEADER_MAX, `Le texte d’aperçu tient en ${PREHEADER_MAX} caractères au plus.`),
  bodyMarkdown: z
    .string()
    .trim()
    .min(20, 'Le contenu doit faire au moins 20 caractères.')
    .max(BODY_MAX, `Le contenu tient en ${BODY_MAX} caractères au plus.`),
  commercial: z.literal('on').optional(),
});

export const issueIdSchema = z.object({ issueId: z.string().min(1).max(64) });

/** « 2026-12-01T09:30 » from a datetime-local field, read as Paris time. */
export const scheduleSchema = z.object({
  issueId: z.string().min(1).max(64),
  scheduledAt: z
    .string()
    .min(1, 'Choisissez la date et l’heure d’envoi.')
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Date et heure attendues, par exemple 01/12/2026 09:30.'),
});
