'use client';
// Changing the SIRET (new establishment, move): re-checked against the register.
import { useActionState } from 'react';
import { PasswordField } from '@/components/forms/password-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { changeSiretAction } from '@/lib/accounts/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function SiretChangeForm() {
  const [state, action] = useActionState(changeSiretAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <ServerForm action={action} state={state}>
      <Field label="Nouveau SIRET" name="siret" inputMode="numeric" autoComplete="off" required defaultValue={state.values?.siret} error={errors.siret} />
      <PasswordField label="Mot de passe actuel" name="currentPassword" autoComplete="current-password" required error={errors.currentPassword} />
      <SubmitButton variant="secondary" className="self-start">Changer de SIRET</SubmitButton>
    </ServerForm>
  );
}
