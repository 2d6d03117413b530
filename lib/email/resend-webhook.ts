// Resend's delivery webhooks: verified (Svix-style signature: svix-id, svix-timestamp, svix-signature,
// HMAC-SHA256 with the whsec_ secret, checked by the SDK's own `webhooks.verify`), stored by event id
// in the same transaction as their effect (a replay changes nothing), then applied: hard bounces and
// complaints suppress the address for every newsletter to come, and each newsletter delivery records
// what happened to it. A later « delivered » never overwrites a bounce or a complaint.
import 'server-only';
import { Resend } from 'resend';
import { prisma, type Tx } from '@/lib/db/client';
import { env } from '@/lib/env';

export type WebhookHeaders = { id: string | null; timestamp: string | null; signature: string | null };

export type WebhookResult =
  | { status: 200; body: 'processed' | 'duplicate' | 'ignored' }
  | { status: 400; body: 'invalid signature' }
  | { status: 503; body: 'webhook secret not configured' };

type ResendEvent = {
  type: string;
  created_at: string;
  data?: { email_id?: string; to?: string[]; bounce?: { type?: string } };
};

/** Verifies the signature; null when it does not match (or is too old: the SDK allows 5 minutes). */
export function verifyResendWebhook(payload: string, headers: WebhookHeaders, secret: string): ResendEvent | null {
  if (!headers.id || !headers.timestamp || !headers.signature) return null;
  try {
    // The key is not used to verify; the SDK only refuses to build a client without one.
    const verifier = new Resend('re_webhook_verification_only');
    return verifier.webhooks.verify({
      payload,
      headers: { id: headers.id, timestamp: headers.timestamp, signature: headers.signature },
      webhookSecret: secret,
    }) as ResendEvent;
  } catch {
    return null;
  }
}

export async function handleResendWebhook(payload: string, headers: WebhookHeaders): Promise<WebhookResult> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) return { status: 503, body: 'webhook secret not configured' };
  const event = verifyResendWebhook(payload, headers, secret);
  if (!event) return { status: 400, body: 'invalid signature' };

  return prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookEvent.createMany({
      data: [{ provider: 'RESEND', eventId: headers.id!, type: event.type }],
      skipDuplicates: true,
    });
    if (count === 0) return { status: 200, body: 'duplicate' } as const;
    const applied = await applyEvent(tx, event);
    return { status: 200, body: applied ? 'processed' : 'ignored' } as const;
  });
}

async function applyEvent(tx: Tx, event: ResendEvent): Promise<boolean> {
  const at = new Date(event.created_at);
  const when = Number.isNaN(at.getTime()) ? new Date() : at;
  const emailId = event.data?.email_id;
  const recipients = event.data?.to ?? [];
  const outbox = emailId
    ? await tx.emailOutbox.findUnique({ where: { providerMessageId: emailId }, select: { id: true } })
    : null;

  switch (event.type) {
    case 'email.delivered':
      if (!outbox) return false;
      await tx.emailOutbox.update({ where: { id: outbox.id }, data: { deliveryStatus: 'delivered' } });
      await tx.newsletterDelivery.updateMany({
        where: { outboxId: outbox.id, status: 'SENT' },
        data: { status: 'DELIVERED', deliveredAt: when },
      });
      return true;
    case 'email.bounced': {
      // Only a permanent bounce proves the address dead; a full mailbox (transient) may work tomorrow.
      const hard = event.data?.bounce?.type === 'Permanent';
      if (outbox) await tx.emailOutbox.update({ where: { id: outbox.id }, data: { deliveryStatus: hard ? 'bounced' : 'soft-bounced' } });
      if (!hard) return true;
      await suppress(tx, recipients, 'bounce');
      if (outbox) {
        await tx.newsletterDelivery.updateMany({
          where: { outboxId: outbox.id, status: { in: ['SENT', 'DELIVERED'] } },
          data: { status: 'BOUNCED', bouncedAt: when },
        });
      }
      return true;
    }
    case 'email.complained':
      await suppress(tx, recipients, 'complaint');
      if (outbox) {
        await tx.emailOutbox.update({ where: { id: outbox.id }, data: { deliveryStatus: 'complained' } });
        await tx.newsletterDelivery.updateMany({
          where: { outboxId: outbox.id, status: { in: ['SENT', 'DELIVERED', 'BOUNCED'] } },
          data: { status: 'COMPLAINED', complainedAt: when },
        });
      }
      // A complaint is the strongest way of saying « stop »: leave every list as well.
      if (recipients.length > 0) {
        await tx.newsletterSubscription.updateMany({
          where: { email: { in: recipients, mode: 'insensitive' }, state: { not: 'UNSUBSCRIBED' } },
          data: { state: 'UNSUBSCRIBED', unsubscribedAt: when },
        });
      }
      return true;
    case 'email.suppressed':
      // Resend refused to send to an address on its own suppression list: same outcome for us.
      await suppress(tx, recipients, 'suppressed-by-provider');
      return true;
    default:
      return false;
  }
}

async function suppress(tx: Tx, emails: string[], reason: string): Promise<void> {
  const addresses = emails.map((email) => email.trim()).filter((email) => email.includes('@'));
  if (addresses.length === 0) return;
  await tx.emailSuppression.createMany({ data: addresses.map((email) => ({ email, reason })), skipDuplicates: true });
}
