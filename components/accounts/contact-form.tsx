'use client';
// « Mes coordonnées »: name, address, postcode, town and phone, as given at sign-up.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { updateContactAction } from '@/lib/accounts/actions';
import { initialFormState } from '@/lib/forms/form-state';
import { ContactFields } from './contact-fields';

export type ContactValues = { fullName: string; addressLine: string; postalCode: string; city: string; phone: string };

export function ContactForm({ current }: { current: ContactValues }) {
  const [state, action] = useActionState(updateContactAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <ContactFields values={state.values ?? current} errors={state.fieldErrors ?? {}} />
      <SubmitButton className="self-start">Enregistrer mes coordonnées</SubmitButton>
    </ServerForm>
  );
}
