// The advertiser account forms: sign-up and every edit of the personal space. The same rules run on
// the server (always) and in the browser (as a convenience).
import { z } from 'zod';
import { emailField, currentPasswordField, newPasswordField } from '@/lib/auth/schema';
import { passwordProblem } from '@/lib/auth/password-policy';
import { isValidSiret, normalizeSiret } from '@/lib/siret/checksum';
import { normalizeFrenchPhone } from './phone';

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Indiquez ${label}.`)
    .max(max, `Ce champ ne peut pas dépasser ${max}\u00a0caractères.`);

export const fullNameField = text('votre nom complet', 100).refine((name) => name.length >= 2, 'Indiquez votre nom complet.');
export const addressField = text('votre adresse (numéro et rue)', 200);
export const postalCodeField = z
  .string()
  .trim()
  .min(1, 'Indiquez votre code postal.')
  .regex(/^\d{5}$/, 'Le code postal compte 5\u00a0chiffres, par exemple 68000.');
export const cityField = text('votre ville', 100);

export const phoneField = z
  .string()
  .trim()
  .min(1, 'Indiquez votre numéro de téléphone.')
  .transform((input, context) => {
    const phone = normalizeFrenchPhone(input);
    if (!phone) {
      context.addIssue({
        code: 'custom',
        message: 'Ce numéro de téléphone n’est pas valide. Exemples\u00a0: 06\u00a012\u00a034\u00a056\u00a078 ou +33\u00a06\u00a012\u00a034\u00a056\u00a078.',
      });
      return z.NEVER;
    }
    return phone;
  });

/** The French message for a SIRET typed by a person, or null when its syntax and key are right. */
export function siretProblem(input: string): string | null {
  const siret = normalizeSiret(input);
  if (siret.length === 0) return 'Indiquez votre numéro SIRET (14\u00a0chiffres, sur votre avis de situation Insee).';
  if (!/^\d+$/.test(siret)) return 'Le SIRET ne contient que des chiffres (les espaces et les points sont acceptés).';
  if (siret.length !== 14) {
    return `Le SIRET compte 14\u00a0chiffres\u00a0: vous en avez saisi ${siret.length}.`;
  }
  if (!isValidSiret(siret)) {
    return 'Ce numéro SIRET n’existe pas\u00a0: sa clé de contrôle est fausse. Vérifiez chaque chiffre sur votre avis de situation Insee.';
  }
  return null;
}

export const siretField = z.string().transform((input, context) => {
  const problem = siretProblem(input);
  if (problem) {
    context.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return normalizeSiret(input);
});

const ticked = z.literal('on').optional();

export const contactDetailsSchema = z.object({
  fullName: fullNameField,
  addressLine: addressField,
  postalCode: postalCodeField,
  city: cityField,
  phone: phoneField,
});

export const signUpSchema = contactDetailsSchema
  .extend({
    siret: siretField,
    email: emailField,
    password: newPasswordField,
    acceptTerms: z.literal('on', {
      error: 'Pour créer un compte, acceptez les conditions générales et la charte de confidentialité.',
    }),
    partnerOffers: ticked,
  })
  .superRefine((data, context) => {
    // The name and e-mail make guessable passwords: « Camille-Martin-1990 » (checked once the rest is valid).
    const problem = passwordProblem(data.password, [data.fullName, ...data.fullName.split(/\s+/), data.email.split('@')[0]]);
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

export type SignUpData = z.output<typeof signUpSchema>;
export type ContactDetails = z.output<typeof contactDetailsSchema>;

export const emailChangeSchema = z.object({ newEmail: emailField, currentPassword: currentPasswordField });
export const siretChangeSchema = z.object({ siret: siretField, currentPassword: currentPasswordField });
export const passwordChangeSchema = z.object({ currentPassword: currentPasswordField, newPassword: newPasswordField });
export const preferencesSchema = z.object({ newsletter: ticked, partnerOffers: ticked });
export const accountDeletionSchema = z.object({
  currentPassword: currentPasswordField,
  confirm: z.literal('on', { error: 'Cochez la case pour confirmer la suppression définitive.' }),
});
export const sessionRevocationSchema = z.object({ sessionId: z.string().min(1).max(50) });
