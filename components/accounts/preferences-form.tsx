'use client';
// The newsletter and partner offers, each with its own tick box.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { updatePreferencesAction } from '@/lib/accounts/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function PreferencesForm({ current }: { current: { newsletter: boolean; partnerOffers: boolean } }) {
  const [state, action] = useActionState(updatePreferencesAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <CheckboxField
        name="newsletter"
        defaultChecked={current.newsletter}
        label={'Recevoir la lettre «\u00a0Auto-entrepreneurs\u00a0»'}
        hint="Conseils pour votre annonce et nouveautés du site, au plus deux fois par mois."
      />
      <CheckboxField
        name="partnerOffers"
        defaultChecked={current.partnerOffers}
        label="Recevoir les offres de nos partenaires"
        hint={'Nous vous écrivons de leur part\u00a0; votre adresse ne leur est jamais transmise.'}
      />
      <SubmitButton variant="secondary" className="self-start">Enregistrer mes choix</SubmitButton>
    </ServerForm>
  );
}
