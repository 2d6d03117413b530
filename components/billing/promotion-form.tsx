'use client';
// The team's form to create a promotion code at Stripe: the code, a percentage or an amount off, for
// how long, how many uses and until when. Emptied after a success; typed values kept after an error.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { createPromotionAction } from '@/lib/billing/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function PromotionForm() {
  const [state, action] = useActionState(createPromotionAction, initialFormState);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.fieldErrors ?? {};
  // A form reset loses <select> values: remount with the values the server sent back (empty after a success).
  const key = `${state.status}:${state.message ?? ''}:${JSON.stringify(values)}`;
  return (
    <ServerForm key={key} action={action} state={state}>
      <Field name="code" label="Code" hint="Lettres, chiffres et tirets, par exemple PRINTEMPS-2027." defaultValue={values.code ?? ''} error={errors.code} required autoComplete="off" />
      <Field
        name="kind"
        label="Type de réduction"
        error={errors.kind}
        render={(control) => (
          <select {...control} name="kind" defaultValue={values.kind ?? 'percent'}>
            <option value="percent">Pourcentage</option>
            <option value="amount">Montant en euros (HT)</option>
          </select>
        )}
      />
      <Field name="value" label="Valeur de la réduction" inputMode="decimal" defaultValue={values.value ?? ''} error={errors.value} required />
      <Field
        name="duration"
        label="Durée"
        error={errors.duration}
        render={(control) => (
          <select {...control} name="duration" defaultValue={values.duration ?? 'once'}>
            <option value="once">Première facture seulement</option>
            <option value="repeating">Plusieurs mois</option>
            <option value="forever">Toute la durée de l’abonnement</option>
          </select>
        )}
      />
      <Field name="durationInMonths" label="Nombre de mois" optional hint="Seulement pour « Plusieurs mois »." inputMode="numeric" defaultValue={values.durationInMonths ?? ''} error={errors.durationInMonths} />
      <Field name="maxRedemptions" label="Nombre maximal d’utilisations" optional inputMode="numeric" defaultValue={values.maxRedemptions ?? ''} error={errors.maxRedemptions} />
      <Field name="expiresOn" label="Date d’expiration" optional type="date" defaultValue={values.expiresOn ?? ''} error={errors.expiresOn} />
      <SubmitButton className="self-start" pendingLabel="Création…">
        Créer le code
      </SubmitButton>
    </ServerForm>
  );
}
