// Inputs of the billing forms: the plan chosen, the demo checkout and portal, the team's promotion codes.
import { z } from 'zod';

export const subscribeSchema = z.object({
  plan: z.enum(['monthly', 'yearly'], { error: 'Choisissez une formule.' }),
});

export const emptySchema = z.object({});

const stripeId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9_]{1,100}$`), 'Session inconnue.');

export const demoCheckoutSchema = z.object({
  session: stripeId('cs(_test)?'),
  promotionCode: z
    .string()
    .trim()
    .max(40, 'Un code promotionnel compte au plus 40 caractères.')
    .regex(/^[A-Za-z0-9-]*$/, 'Un code promotionnel ne contient que des lettres, des chiffres et des tirets.')
    .optional()
    .default(''),
});

export const DEMO_PORTAL_ACTIONS = ['cancel', 'resume', 'change_plan', 'fail_payment', 'recover_payment'] as const;

export const demoPortalSchema = z.object({
  session: stripeId('bps'),
  action: z.enum(DEMO_PORTAL_ACTIONS, { error: 'Action inconnue.' }),
  plan: z.enum(['monthly', 'yearly']).optional(),
});

export const PROMOTION_DURATIONS = ['once', 'repeating', 'forever'] as const;

export const promotionSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .min(3, 'Le code compte au moins 3 caractères.')
      .max(30, 'Le code compte au plus 30 caractères.')
      .regex(/^[A-Z0-9-]+$/, 'Lettres, chiffres et tirets uniquement.'),
    kind: z.enum(['percent', 'amount'], { error: 'Choisissez une réduction en pourcentage ou en euros.' }),
    value: z.coerce
      .number({ error: 'Indiquez un nombre.' })
      .positive('La réduction doit être positive.')
      .max(10_000, 'Réduction trop élevée.'),
    duration: z.enum(PROMOTION_DURATIONS, { error: 'Choisissez une durée.' }),
    durationInMonths: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? Number(value) : undefined))
      .pipe(z.number().int('Nombre de mois entier.').min(1, 'Au moins 1 mois.').max(36, 'Au plus 36 mois.').optional()),
    maxRedemptions: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? Number(value) : undefined))
      .pipe(z.number().int('Nombre entier.').min(1, 'Au moins 1 utilisation.').optional()),
    expiresOn: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(z.iso.date('Date invalide.').optional()),
  })
  .superRefine((data, context) => {
    if (data.kind === 'percent' && data.value > 100) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'Un pourcentage ne dépasse pas 100.' });
    }
    if (data.duration === 'repeating' && !data.durationInMonths) {
      context.addIssue({ code: 'custom', path: ['durationInMonths'], message: 'Indiquez pendant combien de mois.' });
    }
    if (data.expiresOn && new Date(`${data.expiresOn}T23:59:59Z`) <= new Date()) {
      context.addIssue({ code: 'custom', path: ['expiresOn'], message: 'La date d’expiration doit être à venir.' });
    }
  });

export type PromotionInput = z.output<typeof promotionSchema>;

export const deactivatePromotionSchema = z.object({
  id: z.string().regex(/^promo_[A-Za-z0-9_]{1,100}$/, 'Code inconnu.'),
});
