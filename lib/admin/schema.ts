// Inputs of the back-office: the filters of its lists (read from the URL, malformed values become
// "absent") and the « Motif de la consultation » form that must precede any look at personal data.
import { z } from 'zod';
import { ListingStatus, SiretStatus } from '@/lib/generated/prisma/enums';

export const ADVERTISERS_PAGE_SIZE = 25;
export const AUDIT_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

/** A search param may arrive as a string, an array (repeated key) or nothing: keep the first string. */
const firstString = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.string().optional().catch(undefined),
);

const text = (max: number) =>
  firstString.transform((value) => {
    const cleaned = (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
    return cleaned === '' ? undefined : cleaned;
  });

const oneOf = <T extends string>(values: readonly T[]) =>
  firstString.transform((value) => (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined);

const page = firstString.transform((value) => {
  const parsed = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(parsed) && parsed >= 1 && parsed <= MAX_PAGE ? parsed : 1;
});

const EMAIL_FILTERS = ['verifie', 'non-verifie'] as const;
/** Advertisers without a listing yet are filtered with `annonce=AUCUNE`. */
const LISTING_FILTERS = [...Object.values(ListingStatus), 'AUCUNE'] as const;

export const advertiserListParamsSchema = z.object({
  /** Name, SIRET (spaces allowed) or e-mail. */
  q: text(120),
  statut: oneOf(Object.values(SiretStatus)),
  email: oneOf(EMAIL_FILTERS),
  annonce: oneOf(LISTING_FILTERS),
  page,
});

export type AdvertiserListParams = z.infer<typeof advertiserListParamsSchema>;

export const auditListParamsSchema = z.object({
  /** The e-mail of the person the entries are about (exact, case-insensitive). */
  personne: text(254),
  page,
});

export type AuditListParams = z.infer<typeof auditListParamsSchema>;

/** `?consultation=<audit entry id>` on an advertiser's record page. */
export const recordParamsSchema = z.object({
  consultation: firstString.transform((value) => (value && /^[a-z0-9]{1,64}$/i.test(value) ? value : undefined)),
});

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const CONSULTATION_REASONS = [
  { value: 'siret', label: 'Vérification du SIRET' },
  { value: 'demande-annonceur', label: 'Demande de l’annonceur' },
  { value: 'moderation', label: 'Modération d’un contenu' },
  { value: 'requisition', label: 'Réquisition judiciaire' },
  { value: 'autre', label: 'Autre' },
] as const;

type ConsultationReason = (typeof CONSULTATION_REASONS)[number]['value'];

export function consultationReasonLabel(value: ConsultationReason): string {
  return CONSULTATION_REASONS.find((reason) => reason.value === value)!.label;
}

export const CONSULTATION_DETAILS_MAX = 500;

export const consultationSchema = z
  .object({
    advertiserId: z.string().min(1).max(64),
    motif: z.enum(
      CONSULTATION_REASONS.map((reason) => reason.value) as [ConsultationReason, ...ConsultationReason[]],
      { error: 'Choisissez le motif de la consultation.' },
    ),
    precisions: z
      .string()
      .trim()
      .max(CONSULTATION_DETAILS_MAX, `${CONSULTATION_DETAILS_MAX}\u00a0caractères au plus.`)
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((input, context) => {
    if (input.motif === 'autre' && !input.precisions) {
      context.addIssue({
        code: 'custom',
        path: ['precisions'],
        message: 'Décrivez le motif\u00a0: il est obligatoire quand vous choisissez «\u00a0Autre\u00a0».',
      });
    }
  });
