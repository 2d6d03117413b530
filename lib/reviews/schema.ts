// Zod schemas of the review forms (codes, redemption, reply, report, moderation), with French messages.
import { z } from 'zod';
import { emailField } from '@/lib/auth/schema';
import { BATCH_MAX, BODY_MAX, BODY_MIN, REASON_MAX, REASON_MIN, REPLY_MAX, TITLE_MAX } from './limits';

const id = (message: string) => z.string({ error: message }).min(1, message).max(64);

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .default('')
    .transform((value) => (value === '' ? null : value));

/** One code, optionally for a named client, e-mailed when an address is given. */
export const issueCodeSchema = z.object({
  clientName: optionalText(100, 'Le nom ne peut pas dépasser 100\u00a0caractères.'),
  clientEmail: z
    .string()
    .trim()
    .default('')
    .pipe(z.union([z.literal(''), emailField]))
    .transform((value) => (value === '' ? null : value)),
});

/** Several codes at once, to print and hand out. */
export const issueBatchSchema = z.object({
  count: z.coerce
    .number({ error: 'Indiquez un nombre de codes.' })
    .int('Indiquez un nombre entier.')
    .min(1, 'Indiquez au moins 1\u00a0code.')
    .max(BATCH_MAX, `Au plus ${BATCH_MAX}\u00a0codes à la fois.`),
});

export const codeIdSchema = z.object({ codeId: id('Code introuvable.') });

/** Step 1 of /avis: only the shape is checked here; validity is decided in one place (redemption.ts). */
export const redeemCodeSchema = z.object({
  code: z.string().trim().min(1, 'Saisissez le code d’évaluation remis par le professionnel.').max(40, 'Ce code n’est pas valable.'),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Step 2 of /avis. The dates' bounds (code's creation, today) are checked with the code. */
export const reviewSchema = z.object({
  code: z.string().trim().min(1).max(40),
  rating: z.coerce
    .number({ error: 'Choisissez une note de 1 à 5\u00a0étoiles.' })
    .int('Choisissez une note de 1 à 5\u00a0étoiles.')
    .min(1, 'Choisissez une note de 1 à 5\u00a0étoiles.')
    .max(5, 'Choisissez une note de 1 à 5\u00a0étoiles.'),
  title: z
    .string()
    .trim()
    .min(3, 'Donnez un titre à votre avis (3\u00a0caractères au moins).')
    .max(TITLE_MAX, `Le titre ne peut pas dépasser ${TITLE_MAX}\u00a0caractères.`),
  body: z
    .string()
    .trim()
    .min(BODY_MIN, `Décrivez votre expérience en ${BODY_MIN}\u00a0caractères au moins.`)
    .max(BODY_MAX, `Votre avis ne peut pas dépasser ${BODY_MAX.toLocaleString('fr-FR')}\u00a0caractères.`),
  experienceDate: z
    .string({ error: 'Indiquez la date de l’expérience.' })
    .trim()
    .regex(ISO_DATE, 'Indiquez la date de l’expérience (jj/mm/aaaa).')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Cette date n’existe pas.'),
  firstName: z
    .string()
    .trim()
    .min(1, 'Indiquez votre prénom.')
    .max(50, 'Votre prénom ne peut pas dépasser 50\u00a0caractères.')
    .regex(/^\p{L}[\p{L}\p{M}' ’-]*$/u, 'Votre prénom ne peut contenir que des lettres, des espaces, des traits d’union et des apostrophes.'),
  lastName: z
    .string()
    .trim()
    .min(1, 'Indiquez votre nom (seule son initiale est publiée).')
    .max(50, 'Votre nom ne peut pas dépasser 50\u00a0caractères.')
    .regex(/^\p{L}/u, 'Votre nom doit commencer par une lettre.'),
  email: emailField,
  newsletter: z.literal('on').optional(),
  acceptCharter: z.literal('on', { error: 'Pour publier votre avis, acceptez la charte de confidentialité.' }),
});

export type ReviewInput = z.output<typeof reviewSchema>;

export const replySchema = z.object({
  reviewId: id('Avis introuvable.'),
  body: z
    .string({ error: 'Écrivez votre réponse.' })
    .trim()
    .min(2, 'Écrivez votre réponse.')
    .max(REPLY_MAX, `Votre réponse ne peut pas dépasser ${REPLY_MAX.toLocaleString('fr-FR')}\u00a0caractères.`),
});

export const reportSchema = z.object({
  reviewId: id('Avis introuvable.'),
  reason: z
    .string({ error: 'Expliquez votre doute.' })
    .trim()
    .min(REASON_MIN, `Expliquez votre doute en ${REASON_MIN}\u00a0caractères au moins.`)
    .max(REASON_MAX, `Votre explication ne peut pas dépasser ${REASON_MAX.toLocaleString('fr-FR')}\u00a0caractères.`),
});

/** « Masquer »: the written reason is the statement of reasons e-mailed to the author and the advertiser. */
export const hideReviewSchema = z.object({
  reviewId: id('Avis introuvable.'),
  reason: z
    .string({ error: 'Écrivez le motif de la décision.' })
    .trim()
    .min(REASON_MIN, `Écrivez le motif de la décision (${REASON_MIN}\u00a0caractères au moins).`)
    .max(REASON_MAX, `Le motif ne peut pas dépasser ${REASON_MAX.toLocaleString('fr-FR')}\u00a0caractères.`),
});

export const restoreReviewSchema = hideReviewSchema;

/** « Rejeter le signalement »: the reason is sent to the advertiser who reported (DSA art. 16(5)). */
export const dismissReportSchema = z.object({ reportId: id('Signalement introuvable.'), reason: hideReviewSchema.shape.reason });
