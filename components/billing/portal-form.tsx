'use client';
// « Gérer mon abonnement »: opens Stripe's Customer Portal (card, invoices, plan, cancellation).
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { openPortalAction } from '@/lib/billing/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function PortalForm() {
  const [state, action] = useActionState(openPortalAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <SubmitButton variant="primary" className="self-start" pendingLabel="Ouverture du portail…">
        Gérer mon abonnement
      </SubmitButton>
    </ServerForm>
  );
}
