'use client';
// « Recevoir la lettre Clients »: an e-mail address, then a confirmation link by e-mail (double opt-in).
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { signUpForClientsNewsletterAction } from '@/lib/newsletters/public-actions';

export function NewsletterSignUpForm() {
  const [state, action] = useActionState(signUpForClientsNewsletterAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="not-prose mt-6 max-w-md">
      <Field
        label="Votre adresse e-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        hint="Nous vous enverrons un lien pour confirmer. Sans confirmation, vous ne recevrez rien."
        error={state.fieldErrors?.email}
        defaultValue={state.status === 'success' ? '' : (state.values?.email ?? '')}
        key={state.status === 'success' ? 'sent' : 'typing'}
      />
      <div>
        <SubmitButton pendingLabel="Inscription en cours…">M’inscrire</SubmitButton>
      </div>
    </ServerForm>
  );
}
