'use client';
// The button that confirms a newsletter subscription (double opt-in).
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { confirmNewsletterAction } from '@/lib/newsletters/confirm-actions';

export function NewsletterConfirmForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmNewsletterAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="not-prose mt-6">
      <input type="hidden" name="jeton" value={token} />
      {state.status !== 'success' && <SubmitButton className="self-start">Confirmer mon inscription</SubmitButton>}
    </ServerForm>
  );
}
