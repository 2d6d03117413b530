'use client';
// « Désactiver » one promotion code (at Stripe): it can no longer be redeemed; past uses stay counted.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { deactivatePromotionAction } from '@/lib/billing/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function DeactivatePromotionButton({ id, code }: { id: string; code: string }) {
  const [state, action] = useActionState(deactivatePromotionAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Désactivation…">
        Désactiver<span className="sr-only"> le code {code}</span>
      </SubmitButton>
    </ServerForm>
  );
}
