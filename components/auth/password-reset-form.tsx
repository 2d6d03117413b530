'use client';
// The new password, chosen from the link of the reset e-mail.
import { useActionState } from 'react';
import { PasswordField } from '@/components/forms/password-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { resetPasswordAction } from '@/lib/auth/actions';
import { PASSWORD_HINT } from '@/lib/auth/password-policy';
import { initialFormState } from '@/lib/forms/form-state';

export function PasswordResetForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="token" value={token} />
      <PasswordField
        label="Nouveau mot de passe"
        name="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_HINT}
        error={state.fieldErrors?.password}
      />
      <SubmitButton size="lg">Enregistrer le mot de passe</SubmitButton>
    </ServerForm>
  );
}
