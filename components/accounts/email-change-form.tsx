'use client';
// Changing the sign-in e-mail: the new address must be confirmed before it replaces the current one.
import { useActionState } from 'react';
import { PasswordField } from '@/components/forms/password-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { changeEmailAction } from '@/lib/accounts/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function EmailChangeForm() {
  const [state, action] = useActionState(changeEmailAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <ServerForm action={action} state={state}>
      <Field label="Nouvelle adresse e-mail" name="newEmail" type="email" autoComplete="email" required defaultValue={state.values?.newEmail} error={errors.newEmail} />
      <PasswordField label="Mot de passe actuel" name="currentPassword" autoComplete="current-password" required error={errors.currentPassword} />
      <SubmitButton variant="secondary" className="self-start">Changer d’adresse</SubmitButton>
    </ServerForm>
  );
}
