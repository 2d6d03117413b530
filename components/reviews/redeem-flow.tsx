'use client';
// /avis in two steps. 1: « Code d'évaluation » and « Continuer » (prefilled from the QR code or the
// e-mailed link). 2: the review form of the listing the code belongs to; the code rides along in a
// hidden field. The code is consumed only when the review is published.
import Link from 'next/link';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { checkReviewCodeAction, submitReviewAction } from '@/lib/reviews/redeem-actions';
import { initialCodeCheckState, initialReviewSubmitState } from '@/lib/reviews/redeem-state';
import type { RedeemableCode } from '@/lib/reviews/redemption';
import { BODY_MAX, TITLE_MAX } from '@/lib/reviews/limits';
import { StarRatingInput } from './star-rating-input';

const LINK = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900';

export function RedeemFlow({ initialCode }: { initialCode: string }) {
  const [state, action] = useActionState(checkReviewCodeAction, initialCodeCheckState);
  if (state.redeemable) return <ReviewForm redeemable={state.redeemable} />;
  const values = state.values ?? {};
  return (
    <ServerForm action={action} state={state} className="mt-6 max-w-md">
      <Field
        label="Code d’évaluation"
        name="code"
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        hint="12 caractères, par exemple ABCD-EFGH-JKMN. Majuscules, minuscules et tirets n’ont pas d’importance."
        defaultValue={values.code ?? initialCode}
        error={state.fieldErrors?.code}
        className="font-mono tracking-wider uppercase"
      />
      <SubmitButton className="self-start" pendingLabel="Vérification…">
        Continuer
      </SubmitButton>
    </ServerForm>
  );
}

function ReviewForm({ redeemable }: { redeemable: RedeemableCode }) {
  const [state, action] = useActionState(submitReviewAction, initialReviewSubmitState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const { listing } = redeemable;

  if (state.published) {
    return (
      <div className="mt-6 flex max-w-prose flex-col gap-4">
        <Notice tone="success">{state.message}</Notice>
        <p>
          <Link href={`/annonce/${state.published.listingSlug}#avis`} className={LINK}>
            {`Voir votre avis sur l’annonce «\u00a0${state.published.listingTitle}\u00a0»`}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <h2 className="mt-6 text-xl font-bold text-brand-950">
        {`Votre avis sur «\u00a0${listing.title}\u00a0»`}
      </h2>
      <p className="mt-1 text-ink-700">{`Professionnel\u00a0: ${listing.advertiserName}`}</p>
      <ServerForm action={action} state={state} className="mt-6 max-w-2xl">
        <input type="hidden" name="code" value={redeemable.code} />
        <StarRatingInput name="rating" defaultValue={values.rating} error={errors.rating} />
        <Field label="Titre" name="title" required maxLength={TITLE_MAX} defaultValue={values.title} error={errors.title} />
        <Field
          label="Votre avis"
          required
          hint={`Décrivez ce que le professionnel a fait pour vous (20 à ${BODY_MAX.toLocaleString('fr-FR')}\u00a0caractères). Le texte est publié tel quel, sans mise en forme ni lien cliquable.`}
          error={errors.body}
          render={(control) => <textarea {...control} name="body" rows={7} maxLength={BODY_MAX} defaultValue={values.body} />}
        />
        <Field
          label="Date de l’expérience"
          name="experienceDate"
          type="date"
          required
          min={redeemable.minExperienceDate}
          max={redeemable.maxExperienceDate}
          hint="Le jour de la prestation, au plus tôt le jour où le code vous a été remis."
          defaultValue={values.experienceDate ?? redeemable.maxExperienceDate}
          error={errors.experienceDate}
          className="max-w-xs"
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label="Prénom" name="firstName" required autoComplete="given-name" defaultValue={values.firstName} error={errors.firstName} />
          <Field
            label="Nom"
            name="lastName"
            required
            autoComplete="family-name"
            hint={'Seule l’initiale est publiée\u00a0: «\u00a0Marie D.\u00a0».'}
            defaultValue={values.lastName}
            error={errors.lastName}
          />
        </div>
        <Field
          label="E-mail"
          name="email"
          type="email"
          required
          autoComplete="email"
          hint="Jamais publié ni transmis au professionnel. Il sert à vous informer si votre avis fait l’objet d’une décision de modération."
          defaultValue={values.email}
          error={errors.email}
        />
        <CheckboxField
          name="newsletter"
          defaultChecked={values.newsletter === 'on'}
          label="Je souhaite recevoir la newsletter Clients"
          hint={'Facultatif. Vous recevrez un e-mail pour confirmer votre inscription\u00a0; désinscription en un clic à tout moment.'}
        />
        <CheckboxField
          name="acceptCharter"
          defaultChecked={values.acceptCharter === 'on'}
          error={errors.acceptCharter}
          label={
            <>
              {'J’accepte la '}
              <a href="/confidentialite" target="_blank" rel="noopener" className={LINK}>
                charte de confidentialité
                <span className="sr-only"> (nouvel onglet)</span>
              </a>
              {' et la '}
              <a href="/avis-verifies" target="_blank" rel="noopener" className={LINK}>
                politique de publication des avis
                <span className="sr-only"> (nouvel onglet)</span>
              </a>
            </>
          }
        />
        <p className="text-sm text-ink-700">
          Votre avis est publié dès l’envoi, avec la mention «&nbsp;Avis vérifié&nbsp;». Rien ne vous est offert en
          échange. Vous ne pourrez plus le modifier ensuite&nbsp;: relisez-le.
        </p>
        <SubmitButton className="self-start" pendingLabel="Publication…">
          Publier mon avis
        </SubmitButton>
      </ServerForm>
    </>
  );
}
