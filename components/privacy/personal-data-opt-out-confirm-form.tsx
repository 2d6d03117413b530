'use client';
// The one click of a signed opt-out link: a button, so that link scanners opening the page change nothing.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Notice } from '@/components/ui/notice';
import { initialFormState } from '@/lib/forms/form-state';
import { confirmOptOutAction } from '@/lib/privacy/opt-out-actions';

export function OptOutConfirmForm({ encodedEmail, signature }: { encodedEmail: string; signature: string }) {
  const [state, action] = useActionState(confirmOptOutAction, initialFormState);
  if (state.status === 'success') return <Notice tone="success">{state.message}</Notice>;
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="e" value={encodedEmail} />
      <input type="hidden" name="s" value={signature} />
      <SubmitButton className="self-start">Ne plus recevoir de messages commerciaux</SubmitButton>
    </ServerForm>
  );
}
