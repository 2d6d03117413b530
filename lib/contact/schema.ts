// The contact form of /contact, with French messages.
import { z } from 'zod';
import { emailField } from '@/lib/auth/schema';

export const CONTACT_MESSAGE_MAX = 5000;

export const contactSchema = z.object({
  name: z.string().trim().min(2, 'Indiquez votre nom.').max(100, 'Votre nom ne peut pas dépasser 100\u00a0caractères.'),
  email: emailField,
  subject: z
    .string()
    .trim()
    .min(3, 'Indiquez l’objet de votre message.')
    .max(150, 'L’objet ne peut pas dépasser 150\u00a0caractères.'),
  message: z
    .string()
    .trim()
    .min(10, 'Écrivez votre message (10\u00a0caractères au moins).')
    .max(CONTACT_MESSAGE_MAX, `Votre message ne peut pas dépasser ${CONTACT_MESSAGE_MAX}\u00a0caractères.`),
  formToken: z.string().max(200).default(''),
  website: z.string().max(500).optional(),
});

export type ContactInput = z.output<typeof contactSchema>;
