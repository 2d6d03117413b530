// Sending a message of the contact form: anti-spam (honeypot, signed fill time, rate limits), then one
// outbox e-mail to CONTACT_EMAIL whose « Répondre » goes to the sender. Nothing else is stored: the
// message lives in the team's mailbox only.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { checkFormToken, isHoneypotFilled } from '@/lib/inquiries/anti-spam';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import { generateToken } from '@/lib/security/tokens';
import type { ContactInput } from './schema';

/** The anti-spam token of lib/inquiries/anti-spam.ts is bound to this form. */
export const CONTACT_FORM_ID = 'contact';

export const CONTACT_SENT_MESSAGE = 'Merci, votre message est envoyé. Nous vous répondrons par e-mail, en général sous deux jours ouvrés.';

export type ContactResult =
  | { kind: 'sent' }
  | { kind: 'too-fast' }
  | { kind: 'invalid-form' }
  | { kind: 'rate-limited'; retryAfterMs: number };

export async function sendContactMessage(data: ContactInput, context: { ip: string | null }, now = new Date()): Promise<ContactResult> {
  if (isHoneypotFilled(data.website)) return { kind: 'sent' };
  const token = checkFormToken(data.formToken, CONTACT_FORM_ID, now);
  if (token !== 'ok') return { kind: token === 'too-fast' ? 'too-fast' : 'invalid-form' };
  for (const [rule, subject] of [
    [RATE_LIMITS.contactIp, context.ip ?? 'unknown'],
    [RATE_LIMITS.contactEmail, data.email],
  ] as const) {
    const limit = await hitRateLimit(prisma, rule, subject, now);
    if (!limit.allowed) return { kind: 'rate-limited', retryAfterMs: limit.retryAfterMs };
  }
  await enqueueEmail(prisma, {
    to: env().CONTACT_EMAIL,
    template: 'contact-message',
    props: { senderName: data.name, senderEmail: data.email, subject: data.subject, message: data.message },
    replyTo: data.email,
    idempotencyKey: `contact-message:${generateToken()}`,
  });
  return { kind: 'sent' };
}
