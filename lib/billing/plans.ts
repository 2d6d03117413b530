// The two plans an advertiser can subscribe to, with the prices shown on the site. Prices are excluding
// VAT (« HT »), as a French B2B SaaS shows them; Stripe adds the VAT on the invoice. The Stripe price
// ids come from the configuration in production, fixed demo ids otherwise (the local fake knows them).

export type PlanId = 'monthly' | 'yearly';

export type Plan = {
  id: PlanId;
  name: string;
  /** Cents, excluding VAT. */
  amountExclTax: number;
  interval: 'month' | 'year';
  /** « / mois », « / an » */
  per: string;
  note: string;
};

export const VAT_RATE = 0.2;

export const PLANS: Record<PlanId, Plan> = {
  monthly: {
    id: 'monthly',
    name: 'Mensuel',
    amountExclTax: 1900,
    interval: 'month',
    per: 'mois',
    note: 'Sans engagement, résiliable à tout moment.',
  },
  yearly: {
    id: 'yearly',
    name: 'Annuel',
    amountExclTax: 19000,
    interval: 'year',
    per: 'an',
    note: 'Deux mois offerts par rapport au mensuel.',
  },
};

export const PLAN_IDS = Object.keys(PLANS) as PlanId[];

export const DEMO_PRICE_IDS: Record<PlanId, string> = {
  monthly: 'price_demo_monthly',
  yearly: 'price_demo_yearly',
};

/** The price ids in force: configured ones when given (production), else the demo ones. */
export function priceIds(config: { STRIPE_PRICE_MONTHLY?: string; STRIPE_PRICE_YEARLY?: string }): Record<PlanId, string> {
  return {
    monthly: config.STRIPE_PRICE_MONTHLY ?? DEMO_PRICE_IDS.monthly,
    yearly: config.STRIPE_PRICE_YEARLY ?? DEMO_PRICE_IDS.yearly,
  };
}

export function planOfPrice(priceId: string, ids: Record<PlanId, string>): Plan | null {
  const found = PLAN_IDS.find((id) => ids[id] === priceId || DEMO_PRICE_IDS[id] === priceId);
  return found ? PLANS[found] : null;
}

/** « 19 € HT » / « 22,80 € TTC » */
export function formatEuros(cents: number): string {
  const euros = cents / 100;
  return new Intl.NumberFormat('fr-FR', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(euros) ? 0 : 2,
  }).format(euros);
}

export function amountInclTax(plan: Plan): number {
  return Math.round(plan.amountExclTax * (1 + VAT_RATE));
}
