'use client';
// The one click of a signed opt-out link: a button, so that link scanners opening the page change nothing.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { confirmOptOutAction } from '@/lib/privacy/opt-out-actions';

export function OptOutConfirmForm({ encodedEmail, signature }: { encodedEmail: string; signature: string }) {
  const [state, action] = useActionState(confirmOptOutAction, initialFormState);
  if (state.status === 'success') {
    return (
      <p role="status" className="rounded-control border border-success-600 bg-success-50 px-4 py-3 text-sm font-medium text-success-800">
        {state.message}
      </p>
    );
  }
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="e" value={encodedEmail} />
      <input type="hidden" name="s" value={signature} />
      <SubmitButton className="self-start">Ne plus recevoir de messages commerciaux</SubmitButton>
    </ServerForm>
  );
}
