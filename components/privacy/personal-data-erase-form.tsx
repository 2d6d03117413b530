'use client';
// « Supprimer mes données »: an explicit confirmation, then reviews anonymised and the rest deleted.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { erasePersonalDataAction } from '@/lib/privacy/personal-data-actions';

export function PersonalDataEraseForm() {
  const [state, action] = useActionState(erasePersonalDataAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <CheckboxField
        name="confirm"
        required
        error={state.fieldErrors?.confirm}
        label={'Je comprends que la suppression est définitive\u00a0: mes demandes sont effacées et mes avis restent publiés sous le nom «\u00a0Client anonymisé\u00a0».'}
      />
      <SubmitButton variant="danger" className="self-start" pendingLabel="Suppression…">
        Supprimer mes données
      </SubmitButton>
    </ServerForm>
  );
}
