'use client';
// The simulated customer portal of demo mode: one form per operation Stripe's portal offers
// (cancel at period end, resume, change plan) and a « failed payment » simulation for the demo.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import type { ButtonVariant } from '@/components/ui/button-styles';
import { demoPortalAction } from '@/lib/billing/actions';
import type { PlanId } from '@/lib/billing/plans';
import { initialFormState } from '@/lib/forms/form-state';

type DemoPortalAction = 'cancel' | 'resume' | 'change_plan' | 'fail_payment' | 'recover_payment';

export function DemoPortalButton({
  sessionId,
  action: portalAction,
  plan,
  label,
  variant = 'secondary',
}: {
  sessionId: string;
  action: DemoPortalAction;
  plan?: PlanId;
  label: string;
  variant?: ButtonVariant;
}) {
  const [state, action] = useActionState(demoPortalAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <input type="hidden" name="session" value={sessionId} />
      <input type="hidden" name="action" value={portalAction} />
      {plan && <input type="hidden" name="plan" value={plan} />}
      <SubmitButton variant={variant} className="self-start" pendingLabel="Opération simulée en cours…">
        {label}
      </SubmitButton>
    </ServerForm>
  );
}
