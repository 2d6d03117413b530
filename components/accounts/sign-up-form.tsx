'use client';
// « Créer mon compte »: the advertiser's identity, business and sign-in details, and their consents.
import Link from 'next/link';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { PasswordField } from '@/components/forms/password-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { signUpAction } from '@/lib/accounts/actions';
import { PASSWORD_HINT } from '@/lib/auth/password-policy';
import { initialFormState } from '@/lib/forms/form-state';
import { ContactFields } from './contact-fields';

export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <ServerForm action={action} state={state} aria-describedby="inscription-champs-obligatoires">
      <p id="inscription-champs-obligatoires" className="text-sm text-ink-600">
        Tous les champs sont obligatoires, sauf la case des offres partenaires.
      </p>
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-3 text-lg font-bold text-brand-900">Vous et votre activité</legend>
        <ContactFields values={values} errors={errors} />
        <Field
          label="SIRET"
          name="siret"
          inputMode="numeric"
          autoComplete="off"
          required
          hint={'14\u00a0chiffres, sur votre avis de situation Insee ou sur autoentrepreneur.urssaf.fr. Les espaces sont acceptés.'}
          defaultValue={values.siret}
          error={errors.siret}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-3 text-lg font-bold text-brand-900">Vos identifiants</legend>
        <Field label="E-mail" name="email" type="email" autoComplete="email" inputMode="email" required defaultValue={values.email} error={errors.email} />
        <PasswordField label="Mot de passe" name="password" autoComplete="new-password" required hint={PASSWORD_HINT} error={errors.password} />
      </fieldset>
      <div className="flex flex-col gap-4 rounded-control bg-ink-50 p-4">
        <CheckboxField
          name="acceptTerms"
          required
          defaultChecked={values.acceptTerms === 'on'}
          error={errors.acceptTerms}
          label={
            <>
              J’accepte les <Link href="/cgu" className="font-semibold text-brand-700 underline" target="_blank">conditions générales</Link> et la{' '}
              <Link href="/confidentialite" className="font-semibold text-brand-700 underline" target="_blank">charte de confidentialité</Link>
            </>
          }
        />
        <CheckboxField
          name="partnerOffers"
          defaultChecked={values.partnerOffers === 'on'}
          label="J’accepte de recevoir les offres de nos partenaires"
          hint={'Facultatif. Nous ne transmettons jamais votre adresse\u00a0: c’est nous qui vous écrivons. Vous pouvez changer d’avis dans votre espace.'}
        />
        <p className="text-sm text-ink-700">
          En tant qu’annonceur, vous recevrez la lettre «&nbsp;Auto-entrepreneurs&nbsp;» (conseils et nouveautés du
          site). Vous pouvez vous désabonner à tout moment, en un clic depuis chaque lettre ou dans votre espace.
        </p>
      </div>
      <SubmitButton variant="cta" size="lg" pendingLabel="Création du compte…">
        Créer mon compte
      </SubmitButton>
    </ServerForm>
  );
}
