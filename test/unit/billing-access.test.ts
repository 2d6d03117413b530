// The one rule of what a subscription buys (lib/billing/access.ts), with dates: until when listings
// are public for each Stripe state, and what the advertiser's page says at a given instant.
import { computePublicUntil, GRACE_PERIOD_DAYS, RENEWAL_SLACK_MS, subscriptionState, type SubscriptionFacts } from '@/lib/billing/access';

const at = (iso: string) => new Date(iso);
const DAY_MS = 24 * 60 * 60 * 1000;

const base: SubscriptionFacts = {
  status: 'active',
  currentPeriodEnd: at('2026-12-27T10:00:00Z'),
  cancelAtPeriodEnd: false,
  trialEnd: null,
  paymentFailedAt: null,
  canceledAt: null,
  endedAt: null,
};

describe('computePublicUntil', () => {
  it('active: the end of the paid period plus a day for the renewal to arrive', () => {
    expect(computePublicUntil(base)).toEqual(at('2026-12-28T10:00:00Z'));
    expect(RENEWAL_SLACK_MS).toBe(DAY_MS);
  });

  it('trialing: the end of the trial period, plus the same slack', () => {
    expect(computePublicUntil({ ...base, status: 'trialing', currentPeriodEnd: null, trialEnd: at('2026-12-10T00:00:00Z') })).toEqual(
      at('2026-12-11T00:00:00Z'),
    );
  });

  it('cancelled at period end: exactly the end of the paid period, nothing more', () => {
    expect(computePublicUntil({ ...base, cancelAtPeriodEnd: true })).toEqual(at('2026-12-27T10:00:00Z'));
  });

  it('payment failed: 7 days of grace from the first failure, whatever the period end', () => {
    const failed = { ...base, status: 'past_due', paymentFailedAt: at('2026-12-27T11:30:00Z'), currentPeriodEnd: at('2027-01-27T10:00:00Z') };
    expect(GRACE_PERIOD_DAYS).toBe(7);
    expect(computePublicUntil(failed)).toEqual(at('2027-01-03T11:30:00Z'));
    expect(computePublicUntil({ ...failed, status: 'unpaid' })).toEqual(at('2027-01-03T11:30:00Z'));
    expect(computePublicUntil({ ...failed, paymentFailedAt: null })).toBeNull();
  });

  it('cancelled: when it ended', () => {
    expect(computePublicUntil({ ...base, status: 'canceled', endedAt: at('2026-12-27T10:00:00Z'), canceledAt: at('2026-12-01T09:00:00Z') })).toEqual(
      at('2026-12-27T10:00:00Z'),
    );
  });

  it.each(['incomplete', 'incomplete_expired', 'paused'])('%s: never public', (status) => {
    expect(computePublicUntil({ ...base, status })).toBeNull();
  });
});

describe('subscriptionState', () => {
  const now = at('2026-12-01T12:00:00Z');
  const row = (facts: Partial<SubscriptionFacts>) => {
    const merged = { ...base, ...facts };
    return { ...merged, publicUntil: computePublicUntil(merged) };
  };

  it('says active with the next renewal date', () => {
    expect(subscriptionState(row({}), now)).toEqual({ kind: 'active', renewsAt: base.currentPeriodEnd });
  });

  it('says payment refused with the end of the grace period, then ended once it is over', () => {
    const failed = row({ status: 'past_due', paymentFailedAt: at('2026-11-28T12:00:00Z') });
    expect(subscriptionState(failed, now)).toEqual({ kind: 'past_due', graceEndsAt: at('2026-12-05T12:00:00Z') });
    expect(subscriptionState(failed, at('2026-12-05T12:00:01Z')).kind).toBe('ended');
  });

  it('says cancelled with the date the listing stays visible until, then ended', () => {
    const canceling = row({ cancelAtPeriodEnd: true });
    expect(subscriptionState(canceling, now)).toEqual({ kind: 'canceling', visibleUntil: base.currentPeriodEnd });
    expect(subscriptionState(canceling, at('2026-12-27T10:00:00Z')).kind).toBe('ended');
  });

  it('says trial, none, and ended', () => {
    expect(subscriptionState(row({ status: 'trialing', trialEnd: at('2026-12-10T00:00:00Z'), currentPeriodEnd: null }), now)).toEqual({
      kind: 'trialing',
      trialEndsAt: at('2026-12-10T00:00:00Z'),
    });
    expect(subscriptionState(null, now)).toEqual({ kind: 'none' });
    expect(subscriptionState(row({ status: 'incomplete' }), now)).toEqual({ kind: 'none' });
    const ended = row({ status: 'canceled', endedAt: at('2026-11-15T00:00:00Z') });
    expect(subscriptionState(ended, now)).toEqual({ kind: 'ended', endedAt: at('2026-11-15T00:00:00Z') });
  });
});
