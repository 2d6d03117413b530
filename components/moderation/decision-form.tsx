'use client';
// The team's decision on a notice: remove (suspend the listing, hide the review) or no action, with the
// ground and the facts that make the statement of reasons sent to the author and the reporter.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { initialFormState } from '@/lib/forms/form-state';
import { decideNoticeAction } from '@/lib/moderation/actions';

export function DecisionForm({ noticeId, removeLabel }: { noticeId: string; removeLabel: string }) {
  const [state, action] = useActionState(decideNoticeAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  if (state.status === 'success') return <Notice tone="success">{state.message}</Notice>;
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="noticeId" value={noticeId} />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.decision ? 'decision-erreur' : undefined}>
        <legend className="mb-2 text-sm font-semibold text-ink-900">Décision</legend>
        {(
          [
            ['REMOVE', removeLabel],
            ['NO_ACTION', 'Aucune action\u00a0: le contenu reste en ligne'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-3 text-sm text-ink-900">
            <input type="radio" name="decision" value={value} defaultChecked={values.decision === value} className="size-5 accent-brand-700" />
            {label}
          </label>
        ))}
        {errors.decision && (
          <p id="decision-erreur" className="text-sm font-medium text-danger-700">
            {errors.decision}
          </p>
        )}
      </fieldset>
      <Field
        label="Fondement légal ou contractuel"
        hint={'Par exemple\u00a0: «\u00a0article\u00a05 des CGU (avis sans expérience réelle)\u00a0» ou «\u00a0article\u00a029 de la loi du 29\u00a0juillet 1881 (diffamation)\u00a0».'}
        required
        error={errors.grounds}
        render={(control) => <textarea {...control} name="grounds" rows={2} maxLength={3000} defaultValue={values.grounds} />}
      />
      <Field
        label="Faits et circonstances"
        hint={'Ce texte est envoyé à l’auteur du contenu et à l’auteur du signalement\u00a0: pas de donnée personnelle de l’un dans le message de l’autre.'}
        required
        error={errors.statement}
        render={(control) => <textarea {...control} name="statement" rows={4} maxLength={3000} defaultValue={values.statement} />}
      />
      <SubmitButton className="self-start">Enregistrer la décision</SubmitButton>
    </ServerForm>
  );
}
