'use client';
// Shown in the space until the e-mail is confirmed: why it matters, and a rate-limited « Renvoyer ».
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { resendVerificationAction } from '@/lib/auth/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function VerificationBanner({ email }: { email: string }) {
  const [state, action] = useActionState(resendVerificationAction, initialFormState);
  return (
    <section aria-labelledby="verification-titre" className="rounded-card border border-warning-600 bg-warning-50 p-4 sm:p-5">
      <h2 id="verification-titre" className="font-bold text-warning-800">
        Confirmez votre adresse e-mail
      </h2>
      <p className="mt-1 text-sm text-ink-800">
        Nous avons envoyé un lien à <strong>{email}</strong>. Tant que l’adresse n’est pas confirmée, votre
        annonce ne peut pas être publiée.
      </p>
      <ServerForm action={action} state={state} className="mt-3 gap-3">
        <SubmitButton variant="secondary" size="sm" className="self-start" pendingLabel="Envoi…">
          Renvoyer le lien
        </SubmitButton>
      </ServerForm>
    </section>
  );
}
