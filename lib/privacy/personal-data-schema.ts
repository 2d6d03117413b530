// The forms of /mes-donnees and of « Ne plus recevoir de messages commerciaux », with French messages.
import { z } from 'zod';
import { emailField } from '@/lib/auth/schema';

export const emailRequestSchema = z.object({
  email: emailField,
  /** Honeypot (see lib/inquiries/anti-spam.ts): people leave it empty. */
  website: z.string().max(500).optional(),
});

export const accessLinkSchema = z.object({ token: z.string().min(1).max(100) });

export const erasureSchema = z.object({
  confirm: z.literal('on', { error: 'Cochez la case pour confirmer la suppression.' }),
});

export const optOutConfirmSchema = z.object({ e: z.string().min(1).max(400), s: z.string().min(1).max(100) });

export const adminOptOutSchema = z.object({
  email: emailField,
  channel: z.enum(['EMAIL', 'POST'], { error: 'Choisissez comment la demande est arrivée.' }),
  source: z
    .string()
    .trim()
    .min(3, 'Décrivez la demande reçue (par exemple «\u00a0courrier du 12\u00a0mars\u00a0»).')
    .max(500, 'Ce texte ne peut pas dépasser 500\u00a0caractères.'),
});
