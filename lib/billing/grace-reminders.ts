// Two days before the grace period of a failed payment ends (lib/billing/access.ts), the advertiser is
// reminded that their listing is about to be hidden. Runs every hour; the outbox's idempotency key
// (the subscription and the end of its grace) sends each reminder once however often it runs, and a
// new failure after a recovery starts a new grace period, hence a new reminder.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';

export const GRACE_REMINDER_CRON = '5 * * * *';
/** How long before the listing is hidden the reminder goes out. */
export const GRACE_REMINDER_LEAD_MS = 2 * 24 * 60 * 60 * 1000;

/** Queues the reminders due at `now`; returns how many were newly queued. */
export async function sendGraceReminders(now = new Date()): Promise<number> {
  const due = await prisma.subscription.findMany({
    where: {
      status: { in: ['past_due', 'unpaid'] },
      paymentFailedAt: { not: null },
      publicUntil: { gt: now, lte: new Date(now.getTime() + GRACE_REMINDER_LEAD_MS) },
    },
    select: {
      id: true,
      stripeSubscriptionId: true,
      publicUntil: true,
      advertiser: { select: { fullName: true, user: { select: { email: true } } } },
    },
  });
  let queued = 0;
  for (const subscription of due) {
    const graceEndsAt = subscription.publicUntil as Date;
    const unpaid = await prisma.invoice.findFirst({
      where: { stripeSubscriptionId: subscription.stripeSubscriptionId, status: { in: ['open', 'uncollectible'] } },
      orderBy: { issuedAt: 'desc' },
      select: { amountTotal: true },
    });
    if (!unpaid) continue;
    const result = await enqueueEmail(prisma, {
      to: subscription.advertiser.user.email,
      template: 'billing-payment-failed',
      props: {
        advertiserName: subscription.advertiser.fullName,
        amount: unpaid.amountTotal,
        graceEndsAt: graceEndsAt.toISOString(),
        billingUrl: `${env().APP_URL}/espace/abonnement`,
        reminder: true,
      },
      idempotencyKey: `billing-grace-reminder:${subscription.id}:${graceEndsAt.toISOString()}`,
    });
    if (result.outcome === 'queued') queued += 1;
  }
  return queued;
}
