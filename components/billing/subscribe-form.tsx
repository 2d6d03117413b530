'use client';
// « S'abonner » for one plan: the server creates the Stripe customer and Checkout Session, then sends
// the browser to Stripe's payment page (in demo mode, the site's simulated checkout).
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { subscribeAction } from '@/lib/billing/actions';
import type { PlanId } from '@/lib/billing/plans';
import { initialFormState } from '@/lib/forms/form-state';

export function SubscribeForm({ plan, label }: { plan: PlanId; label: string }) {
  const [state, action] = useActionState(subscribeAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <input type="hidden" name="plan" value={plan} />
      <SubmitButton variant="cta" className="w-full" pendingLabel="Redirection vers le paiement…">
        {label}
      </SubmitButton>
    </ServerForm>
  );
}
