'use client';
// Puts a removed listing or review back online, with the reason sent to its author.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { initialFormState } from '@/lib/forms/form-state';
import { restoreContentAction } from '@/lib/moderation/actions';

export function RestoreForm({ decisionId }: { decisionId: string }) {
  const [state, action] = useActionState(restoreContentAction, initialFormState);
  if (state.status === 'success') return <Notice tone="success">{state.message}</Notice>;
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="decisionId" value={decisionId} />
      <Field
        label="Motif du rétablissement"
        hint="Envoyé à l’auteur du contenu."
        required
        error={state.fieldErrors?.statement}
        render={(control) => <textarea {...control} name="statement" rows={3} maxLength={3000} defaultValue={state.values?.statement} />}
      />
      <SubmitButton variant="secondary" className="self-start">
        Rétablir le contenu
      </SubmitButton>
    </ServerForm>
  );
}
