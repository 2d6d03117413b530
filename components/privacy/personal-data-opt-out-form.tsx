'use client';
// « Ne plus recevoir de messages commerciaux »: the address, to which a one-click confirmation link goes.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { requestOptOutLinkAction } from '@/lib/privacy/opt-out-actions';

export function OptOutRequestForm() {
  const [state, action] = useActionState(requestOptOutLinkAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <Field
        label="Votre adresse e-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="opposition-site">Site web</label>
        <input id="opposition-site" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton className="self-start">Recevoir le lien de confirmation</SubmitButton>
    </ServerForm>
  );
}
