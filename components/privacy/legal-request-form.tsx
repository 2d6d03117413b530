'use client';
// /admin/requetes-legales: the requisition's authority, its written reference (required) and the
// person's e-mail; recording it opens the export.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { recordLegalRequestAction } from '@/lib/privacy/legal-request-actions';
import { LEGAL_DETAILS_MAX } from '@/lib/privacy/schema';

export function LegalRequestForm() {
  const [state, action] = useActionState(recordLegalRequestAction, initialFormState);
  const values = state.values ?? {};
  return (
    <ServerForm action={action} state={state}>
      <Field
        label="Autorité"
        name="authority"
        required
        hint={'Par exemple\u00a0: Tribunal judiciaire de Colmar, brigade de gendarmerie de Rouffach…'}
        defaultValue={values.authority ?? ''}
        error={state.fieldErrors?.authority}
        maxLength={200}
      />
      <Field
        label="Référence écrite de la réquisition"
        name="reference"
        required
        hint="Numéro de procès-verbal, de procédure ou de la réquisition, tel qu’il figure sur le document reçu."
        defaultValue={values.reference ?? ''}
        error={state.fieldErrors?.reference}
        maxLength={200}
      />
      <Field
        label="E-mail de l’autorité"
        name="authorityEmail"
        type="email"
        required
        autoComplete="off"
        defaultValue={values.authorityEmail ?? ''}
        error={state.fieldErrors?.authorityEmail}
      />
      <Field
        label="E-mail de la personne concernée"
        name="email"
        type="email"
        required
        autoComplete="off"
        defaultValue={values.email ?? ''}
        error={state.fieldErrors?.email}
      />
      <Field
        label="Précisions"
        name="details"
        optional
        error={state.fieldErrors?.details}
        render={(control) => (
          <textarea {...control} name="details" rows={3} maxLength={LEGAL_DETAILS_MAX} defaultValue={values.details ?? ''} />
        )}
      />
      <div>
        <SubmitButton pendingLabel="Enregistrement…">Enregistrer la réquisition</SubmitButton>
      </div>
    </ServerForm>
  );
}
