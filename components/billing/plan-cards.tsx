// The two plans side by side, prices excluding VAT with the VAT-inclusive amount below, as a French
// business customer expects. With `subscribable`, each card carries its « S'abonner » button.
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { amountInclTax, formatEuros, PLAN_IDS, PLANS, type PlanId } from '@/lib/billing/plans';

export function PlanCards({ action }: { action?: (plan: PlanId) => ReactNode }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {PLAN_IDS.map((id) => {
        const plan = PLANS[id];
        return (
          <li key={id}>
            <Card as="section" aria-labelledby={`formule-${id}`} className="flex h-full flex-col p-6">
              <h3 id={`formule-${id}`} className="text-xl font-bold text-brand-900">
                {plan.name}
              </h3>
              <p className="mt-3">
                <span className="text-4xl font-bold text-brand-950">{formatEuros(plan.amountExclTax)}</span>{' '}
                <span className="text-lg text-ink-700">{`HT\u00a0/\u00a0${plan.per}`}</span>
              </p>
              <p className="mt-1 text-sm text-ink-700">
                {`soit ${formatEuros(amountInclTax(plan))}\u00a0TTC (TVA 20\u00a0%)`}
              </p>
              <p className="mt-3 font-semibold text-ink-900">{plan.note}</p>
              {action && <div className="mt-auto pt-5">{action(id)}</div>}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
