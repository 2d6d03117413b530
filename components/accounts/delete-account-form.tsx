'use client';
// « Supprimer mon compte »: the password and an explicit confirmation.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { PasswordField } from '@/components/forms/password-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { deleteAccountAction } from '@/lib/accounts/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <ServerForm action={action} state={state}>
      <PasswordField label="Mot de passe actuel" name="currentPassword" autoComplete="current-password" required error={errors.currentPassword} />
      <CheckboxField
        name="confirm"
        required
        error={errors.confirm}
        label="Je comprends que la suppression est définitive et que mon annonce disparaît immédiatement."
      />
      <SubmitButton variant="danger" className="self-start" pendingLabel="Suppression…">
        Supprimer mon compte
      </SubmitButton>
    </ServerForm>
  );
}
