'use client';
// Changing the password; every other device is signed out.
import { useActionState } from 'react';
import { PasswordField } from '@/components/forms/password-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { changePasswordAction } from '@/lib/accounts/actions';
import { PASSWORD_HINT } from '@/lib/auth/password-policy';
import { initialFormState } from '@/lib/forms/form-state';

export function PasswordChangeForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <ServerForm action={action} state={state}>
      <PasswordField label="Mot de passe actuel" name="currentPassword" autoComplete="current-password" required error={errors.currentPassword} />
      <PasswordField label="Nouveau mot de passe" name="newPassword" autoComplete="new-password" required hint={PASSWORD_HINT} error={errors.newPassword} />
      <SubmitButton variant="secondary" className="self-start">Changer de mot de passe</SubmitButton>
    </ServerForm>
  );
}
