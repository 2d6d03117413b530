'use client';
// /mes-donnees, step 1: the address to which the access link is sent. The answer is the same whether
// or not the address is known.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { requestPersonalDataLinkAction } from '@/lib/privacy/personal-data-actions';

export function PersonalDataRequestForm() {
  const [state, action] = useActionState(requestPersonalDataLinkAction, initialFormState);
  const values = state.values ?? {};
  return (
    <ServerForm action={action} state={state}>
      <Field
        label="Votre adresse e-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        error={state.fieldErrors?.email}
      />
      {/* Honeypot: hidden from people and assistive technologies, filled only by robots. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="mes-donnees-site">Site web</label>
        <input id="mes-donnees-site" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton className="self-start">Recevoir le lien</SubmitButton>
    </ServerForm>
  );
}
