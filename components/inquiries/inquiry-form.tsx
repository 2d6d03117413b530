'use client';
// The inquiry form of a public listing: name, e-mail, optional phone, message, how to be recontacted
// (e-mail, or a call-back with a time slot), the charter's notice and its acceptance. Works before
// hydration: the call-back slot is shown by CSS when « Être rappelé » is ticked. Errors sit next to
// their field and everything typed comes back after a refusal.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { CALL_SLOTS, CONTACT_PREFERENCES, MESSAGE_MAX, type ContactPreference } from '@/lib/inquiries/contact-options';
import { sendInquiryAction } from '@/lib/inquiries/submit-actions';

type InquiryFormProps = {
  listingId: string;
  /** Signed by the server when it rendered the page (lib/inquiries/anti-spam.ts). */
  formToken: string;
};

const CALLBACK_ID = 'demande-rappel';

export function InquiryForm({ listingId, formToken }: InquiryFormProps) {
  const [state, action] = useActionState(sendInquiryAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const contact = (values.contact ?? 'EMAIL') as ContactPreference;

  return (
    <ServerForm action={action} state={state} className="mt-4">
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="formToken" value={formToken} />

      <Field label="Nom" name="name" autoComplete="name" required defaultValue={values.name} error={errors.name} />
      <Field
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        error={errors.email}
      />
      <Field
        label="Téléphone"
        name="phone"
        type="tel"
        autoComplete="tel"
        optional
        hint="Indispensable si vous souhaitez être rappelé."
        defaultValue={values.phone}
        error={errors.phone}
      />
      <Field
        label="Message"
        required
        error={errors.message}
        render={(control) => (
          <textarea {...control} name="message" rows={6} maxLength={MESSAGE_MAX} defaultValue={values.message} />
        )}
      />

      <div className="group flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm font-semibold text-ink-900">
            {'Comment préférez-vous être recontacté\u00a0?'}
          </legend>
          {(Object.keys(CONTACT_PREFERENCES) as ContactPreference[]).map((preference) => (
            <label key={preference} className="flex items-center gap-3 text-sm text-ink-900">
              <input
                type="radio"
                name="contact"
                value={preference}
                id={preference === 'CALLBACK' ? CALLBACK_ID : undefined}
                defaultChecked={contact === preference}
                className="size-5 accent-brand-700"
              />
              {CONTACT_PREFERENCES[preference]}
            </label>
          ))}
        </fieldset>
        <div className="hidden group-has-[#demande-rappel:checked]:block">
          <Field
            label="Créneau préféré pour l’appel"
            error={errors.callTime}
            render={(control) => (
              <select {...control} name="callTime" defaultValue={values.callTime ?? 'ANY'}>
                {Object.entries(CALL_SLOTS).map(([slot, label]) => (
                  <option key={slot} value={slot}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          />
        </div>
      </div>

      {/* Honeypot: hidden from people and assistive technologies, filled only by robots. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="demande-site">Site web</label>
        <input id="demande-site" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <p className="rounded-control bg-brand-50 px-3 py-2 text-sm text-ink-800">
        Votre e-mail et vos coordonnées ne seront visibles que par cet annonceur. N’envoyez jamais de numéro
        de carte ou de coordonnées bancaires.
      </p>

      <CheckboxField
        name="acceptCharter"
        defaultChecked={values.acceptCharter === 'on'}
        error={errors.acceptCharter}
        label={
          <>
            {'J’accepte la '}
            <a
              href="/confidentialite"
              target="_blank"
              rel="noopener"
              className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-focus"
            >
              charte de confidentialité
              <span className="sr-only"> (nouvel onglet)</span>
            </a>
          </>
        }
      />

      <SubmitButton className="self-start">Envoyer la demande</SubmitButton>
    </ServerForm>
  );
}
