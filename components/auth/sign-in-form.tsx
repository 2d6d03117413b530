'use client';
// « Se connecter »: e-mail, password, « Rester connecté ».
import Link from 'next/link';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { PasswordField } from '@/components/forms/password-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { signInAction } from '@/lib/auth/actions';
import { initialFormState } from '@/lib/forms/form-state';

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <ServerForm action={action} state={state}>
      {next && <input type="hidden" name="next" value={next} />}
      <Field label="E-mail" name="email" type="email" autoComplete="username" inputMode="email" required defaultValue={values.email} error={errors.email} />
      <div className="flex flex-col gap-1.5">
        <PasswordField label="Mot de passe" name="password" autoComplete="current-password" required error={errors.password} />
        <Link href="/mot-de-passe-oublie" className="self-end text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
          Mot de passe oublié&nbsp;?
        </Link>
      </div>
      <CheckboxField
        name="rememberMe"
        label="Rester connecté"
        hint={'Sur cet appareil, jusqu’à 30\u00a0jours sans visite. À éviter sur un ordinateur partagé.'}
        defaultChecked={values.rememberMe === 'on'}
      />
      <SubmitButton size="lg" pendingLabel="Connexion…">
        Se connecter
      </SubmitButton>
    </ServerForm>
  );
}
