'use client';
// « Me désabonner de tout »: every newsletter of the address and every commercial message, in one click.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { unsubscribeEverythingAction } from '@/lib/privacy/personal-data-actions';

export function PersonalDataUnsubscribeForm() {
  const [state, action] = useActionState(unsubscribeEverythingAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <SubmitButton variant="secondary" className="self-start" pendingLabel="Désabonnement…">
        Me désabonner de tout
      </SubmitButton>
    </ServerForm>
  );
}
