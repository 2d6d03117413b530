'use client';
// /admin/oppositions: the team records an opt-out received by e-mail or by post.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { recordOptOutAction } from '@/lib/privacy/opt-out-actions';

export function OptOutAdminForm() {
  const [state, action] = useActionState(recordOptOutAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    // Remounted after a success so the fields (and the select) start empty for the next request.
    <ServerForm key={state.status === 'success' ? state.message : 'form'} action={action} state={state}>
      <Field label="Adresse e-mail concernée" name="email" type="email" required defaultValue={values.email} error={errors.email} />
      <Field
        label="Reçue par"
        required
        error={errors.channel}
        render={(control) => (
          <select {...control} name="channel" defaultValue={values.channel ?? 'EMAIL'}>
            <option value="EMAIL">E-mail</option>
            <option value="POST">Courrier postal</option>
          </select>
        )}
      />
      <Field
        label="Demande reçue"
        hint={'Par exemple\u00a0: «\u00a0courrier du 12\u00a0mars 2026\u00a0», ou l’objet et la date de l’e-mail.'}
        required
        error={errors.source}
        render={(control) => <textarea {...control} name="source" rows={3} maxLength={500} defaultValue={values.source} />}
      />
      <SubmitButton className="self-start">Enregistrer l’opposition</SubmitButton>
    </ServerForm>
  );
}
