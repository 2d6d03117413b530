'use client';
// The contact form: name, e-mail, subject, message, and how the data is used. The message reaches the
// team by e-mail; its acknowledgement is shown on screen.
import Link from 'next/link';
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { sendContactAction } from '@/lib/contact/actions';
import { CONTACT_MESSAGE_MAX } from '@/lib/contact/schema';
import { initialFormState } from '@/lib/forms/form-state';

export function ContactForm({ formToken }: { formToken: string }) {
  const [state, action] = useActionState(sendContactAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  if (state.status === 'success') return <Notice tone="success">{state.message}</Notice>;
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="formToken" value={formToken} />
      <Field label="Nom" name="name" autoComplete="name" required defaultValue={values.name} error={errors.name} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={values.email} error={errors.email} />
      <Field label="Objet" name="subject" required maxLength={150} defaultValue={values.subject} error={errors.subject} />
      <Field
        label="Message"
        required
        error={errors.message}
        render={(control) => <textarea {...control} name="message" rows={7} maxLength={CONTACT_MESSAGE_MAX} defaultValue={values.message} />}
      />
      {/* Honeypot: hidden from people and assistive technologies, filled only by robots. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="contact-site">Site web</label>
        <input id="contact-site" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="rounded-control bg-brand-50 px-3 py-2 text-sm text-ink-800">
        Votre nom, votre adresse et votre message servent uniquement à vous répondre{'\u00a0'}: ils sont transmis par
        e-mail à notre équipe et ne sont pas conservés sur le site. Voir la{' '}
        <Link href="/confidentialite" className="font-medium text-brand-700 underline underline-offset-2">
          charte de confidentialité
        </Link>
        .
      </p>
      <SubmitButton className="self-start">Envoyer le message</SubmitButton>
    </ServerForm>
  );
}
