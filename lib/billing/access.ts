// The one rule of what a subscription buys: until which instant the advertiser's listings are public.
// Pure (no clock, no database): the webhook handler stores its result in Subscription.publicUntil and
// visibility.ts compares that instant with the time of each read, so time passing hides a listing
// without any job.
//   active / trialing          → end of the current (or trial) period, plus a day of slack so that the
//                                renewal's events can arrive after the period ends without a gap;
//   active, cancelled at end   → end of the paid period, no slack (nothing will be renewed);
//   past_due / unpaid          → 7 days of grace after the first failed payment, then hidden;
//   canceled                   → when it ended (the end of the paid period for a cancellation at period end);
//   incomplete, expired, other → never.

export const GRACE_PERIOD_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
export const RENEWAL_SLACK_MS = DAY_MS;

export type SubscriptionFacts = {
  status: string;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  trialEnd: Date | null;
  paymentFailedAt: Date | null;
  canceledAt: Date | null;
  endedAt: Date | null;
};

const plus = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

export function computePublicUntil(facts: SubscriptionFacts): Date | null {
  switch (facts.status) {
    case 'active':
    case 'trialing': {
      const end = facts.currentPeriodEnd ?? facts.trialEnd;
      if (!end) return null;
      return facts.cancelAtPeriodEnd ? end : plus(end, RENEWAL_SLACK_MS);
    }
    case 'past_due':
    case 'unpaid':
      return facts.paymentFailedAt ? plus(facts.paymentFailedAt, GRACE_PERIOD_DAYS * DAY_MS) : null;
    case 'canceled':
      return facts.endedAt ?? facts.canceledAt ?? null;
    default:
      return null;
  }
}

/** What the advertiser's page says, decided from the stored facts at `now`. */
export type SubscriptionState =
  | { kind: 'none' }
  | { kind: 'active'; renewsAt: Date | null }
  | { kind: 'trialing'; trialEndsAt: Date | null }
  | { kind: 'past_due'; graceEndsAt: Date | null }
  | { kind: 'canceling'; visibleUntil: Date }
  | { kind: 'ended'; endedAt: Date | null };

export function subscriptionState(
  subscription: (SubscriptionFacts & { publicUntil: Date | null }) | null,
  now: Date,
): SubscriptionState {
  if (!subscription) return { kind: 'none' };
  const publicNow = subscription.publicUntil !== null && subscription.publicUntil > now;
  if (!publicNow) {
    if (subscription.status === 'incomplete') return { kind: 'none' };
    return { kind: 'ended', endedAt: subscription.endedAt ?? subscription.publicUntil };
  }
  if (subscription.status === 'past_due' || subscription.status === 'unpaid') {
    return { kind: 'past_due', graceEndsAt: subscription.publicUntil };
  }
  if (subscription.cancelAtPeriodEnd || subscription.status === 'canceled') {
    return { kind: 'canceling', visibleUntil: subscription.publicUntil as Date };
  }
  if (subscription.status === 'trialing') return { kind: 'trialing', trialEndsAt: subscription.trialEnd ?? subscription.currentPeriodEnd };
  return { kind: 'active', renewsAt: subscription.currentPeriodEnd };
}
