'use client';
// « Motif de la consultation »: what the admin must state before an advertiser's record opens. The
// action writes it to the audit log, then comes back to the record with the entry's id.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { consultAdvertiserAction } from '@/lib/admin/actions';
import { CONSULTATION_DETAILS_MAX, CONSULTATION_REASONS } from '@/lib/admin/schema';
import { initialFormState } from '@/lib/forms/form-state';

export function ConsultationForm({ advertiserId }: { advertiserId: string }) {
  const [state, action] = useActionState(consultAdvertiserAction, initialFormState);
  const values = state.values ?? {};
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="advertiserId" value={advertiserId} />
      <Field
        label="Motif de la consultation"
        name="motif"
        required
        error={state.fieldErrors?.motif}
        render={(control) => (
          // The key remounts the select with the returned value: React's form reset would otherwise
          // bring back the first option, since a select's defaultValue is only applied at mount.
          <select key={values.motif ?? ''} {...control} name="motif" defaultValue={values.motif ?? ''}>
            <option value="" disabled>
              Choisissez un motif
            </option>
            {CONSULTATION_REASONS.map((reason) => (
              <option key={reason.value} value={reason.value}>
                {reason.label}
              </option>
            ))}
          </select>
        )}
      />
      <Field
        label="Précisions"
        name="precisions"
        hint={`Obligatoires pour le motif «\u00a0Autre\u00a0». Par exemple\u00a0: le numéro du ticket ou de la réquisition (${CONSULTATION_DETAILS_MAX}\u00a0caractères au plus).`}
        error={state.fieldErrors?.precisions}
        render={(control) => (
          <textarea
            {...control}
            name="precisions"
            rows={3}
            maxLength={CONSULTATION_DETAILS_MAX}
            defaultValue={values.precisions ?? ''}
          />
        )}
      />
      <div>
        <SubmitButton pendingLabel="Enregistrement…">Consulter la fiche</SubmitButton>
      </div>
    </ServerForm>
  );
}
