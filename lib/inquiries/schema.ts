// The inquiry form of a public listing: what a visitor sends to an advertiser, with French messages.
// The message is refused when it carries card or bank details (lib/inquiries/sensitive-data.ts).
import { z } from 'zod';
import { emailField } from '@/lib/auth/schema';
import { normalizeFrenchPhone } from '@/lib/accounts/phone';
import { CALL_SLOTS, MESSAGE_MAX, type CallSlot } from './contact-options';
import { findSensitiveData, SENSITIVE_DATA_MESSAGES } from './sensitive-data';

export const inquirySchema = z
  .object({
    listingId: z.string().min(1).max(50),
    formToken: z.string().max(200).default(''),
    website: z.string().max(500).optional(),
    name: z
      .string()
      .trim()
      .min(2, 'Indiquez votre nom.')
      .max(100, 'Votre nom ne peut pas dépasser 100\u00a0caractères.'),
    email: emailField,
    phone: z.string().trim().max(30, 'Ce numéro de téléphone n’est pas valide.').default(''),
    message: z
      .string()
      .trim()
      .min(10, 'Décrivez votre demande en quelques mots (10\u00a0caractères au moins).')
      .max(MESSAGE_MAX, `Votre message ne peut pas dépasser ${MESSAGE_MAX}\u00a0caractères.`)
      .superRefine((message, context) => {
        const found = findSensitiveData(message);
        if (found) context.addIssue({ code: 'custom', message: SENSITIVE_DATA_MESSAGES[found] });
      }),
    contact: z.enum(['EMAIL', 'CALLBACK'], { error: 'Choisissez comment être recontacté.' }).default('EMAIL'),
    callTime: z.enum(Object.keys(CALL_SLOTS) as [CallSlot, ...CallSlot[]]).default('ANY'),
    acceptCharter: z.literal('on', {
      error: 'Pour envoyer votre demande, acceptez la charte de confidentialité.',
    }),
  })
  .transform((data, context) => {
    const phone = data.phone === '' ? null : normalizeFrenchPhone(data.phone);
    if (data.phone !== '' && !phone) {
      context.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Ce numéro de téléphone n’est pas valide. Exemple\u00a0: 06\u00a012\u00a034\u00a056\u00a078.',
      });
      return z.NEVER;
    }
    if (data.contact === 'CALLBACK' && !phone) {
      context.addIssue({ code: 'custom', path: ['phone'], message: 'Indiquez le numéro auquel être rappelé.' });
      return z.NEVER;
    }
    return { ...data, phone };
  });

export type InquiryInput = z.output<typeof inquirySchema>;
