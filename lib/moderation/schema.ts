// The notice form (DSA art. 16(2)) and the moderation decision form, with French messages.
import { z } from 'zod';
import { emailField } from '@/lib/auth/schema';
import { NoticeCategory } from '@/lib/generated/prisma/enums';
import { ANONYMOUS_CATEGORY } from './categories';

export const EXPLANATION_MAX = 5000;

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).default('');

export const noticeSchema = z
  .object({
    targetType: z.enum(['listing', 'review'], { error: 'Indiquez ce que vous signalez.' }),
    targetId: z.string().trim().max(50).default(''),
    category: z.enum(NoticeCategory, { error: 'Choisissez le motif du signalement.' }),
    url: z
      .string()
      .trim()
      .min(1, 'Indiquez l’adresse exacte de la page du contenu.')
      .max(2000, 'Cette adresse est trop longue.')
      .pipe(z.url({ protocol: /^https?$/, error: 'Indiquez une adresse web complète (https://…).' })),
    explanation: z
      .string()
      .trim()
      .min(20, 'Expliquez en quelques phrases pourquoi ce contenu est illicite ou abusif (20\u00a0caractères au moins).')
      .max(EXPLANATION_MAX, `Votre explication ne peut pas dépasser ${EXPLANATION_MAX}\u00a0caractères.`),
    name: optionalText(100, 'Votre nom ne peut pas dépasser 100\u00a0caractères.'),
    email: z.string().trim().max(254).default(''),
    goodFaith: z.literal('on', {
      error: 'Confirmez que votre signalement est fait de bonne foi et que les informations sont exactes.',
    }),
    website: z.string().max(500).optional(),
  })
  .superRefine(
    (data, context) => {
      // Name and e-mail are required, except for child sexual abuse material (art. 16(2)(c)).
      const anonymous = data.category === ANONYMOUS_CATEGORY;
      const name = typeof data.name === 'string' ? data.name : '';
      const address = typeof data.email === 'string' ? data.email : '';
      if (!anonymous && name.length < 2) context.addIssue({ code: 'custom', path: ['name'], message: 'Indiquez votre nom.' });
      if (!anonymous || address !== '') {
        const email = emailField.safeParse(address);
        if (!email.success) context.addIssue({ code: 'custom', path: ['email'], message: email.error.issues[0].message });
      }
    },
    // Also when other fields are wrong, so that every message shows at once.
    { when: () => true },
  )
  .transform((data) => ({
    ...data,
    name: data.name === '' ? null : data.name,
    email: data.email === '' ? null : data.email.toLowerCase(),
    targetId: data.targetId === '' ? null : data.targetId,
  }));

export type NoticeInput = z.output<typeof noticeSchema>;

const reasonText = (label: string, min: number) =>
  z
    .string()
    .trim()
    .min(min, `${label} (${min}\u00a0caractères au moins).`)
    .max(3000, `Ce texte ne peut pas dépasser 3000\u00a0caractères.`);

export const decisionSchema = z.object({
  noticeId: z.string().min(1).max(50),
  decision: z.enum(['REMOVE', 'NO_ACTION'], { error: 'Choisissez une décision.' }),
  grounds: reasonText('Indiquez le fondement légal ou l’article des CGU', 5),
  statement: reasonText('Exposez les faits et circonstances de la décision', 10),
});

export type DecisionInput = z.output<typeof decisionSchema>;

export const restoreSchema = z.object({
  decisionId: z.string().min(1).max(50),
  statement: reasonText('Expliquez pourquoi le contenu est rétabli', 10),
});
