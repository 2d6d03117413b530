'use client';
// « Mot de passe oublié »: asks for the e-mail; the answer never tells whether an account exists.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { requestPasswordResetAction } from '@/lib/auth/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function PasswordResetRequestForm() {
  const [state, action] = useActionState(requestPasswordResetAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <Field
        label="E-mail"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton size="lg">Recevoir un lien</SubmitButton>
    </ServerForm>
  );
}
