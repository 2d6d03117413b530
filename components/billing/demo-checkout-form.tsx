'use client';
// The simulated checkout of demo mode: no card number is asked, an optional promotion code is
// checked by the local Stripe stand-in, and « Payer » completes the session there.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { completeDemoCheckoutAction } from '@/lib/billing/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function DemoCheckoutForm({ sessionId }: { sessionId: string }) {
  const [state, action] = useActionState(completeDemoCheckoutAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="session" value={sessionId} />
      <Field
        name="promotionCode"
        label="Code promotionnel"
        optional
        hint={'En démo, essayez BIENVENUE20 (−20\u00a0% sur la première facture).'}
        autoComplete="off"
        defaultValue={state.values?.promotionCode ?? ''}
        error={state.fieldErrors?.promotionCode}
      />
      <SubmitButton variant="cta" pendingLabel="Paiement simulé en cours…">
        Payer (simulation)
      </SubmitButton>
    </ServerForm>
  );
}
