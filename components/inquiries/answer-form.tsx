'use client';
// « Répondre »: the advertiser's answer, sent to the visitor by e-mail from the site (their own address
// as reply-to) and kept with the inquiry.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { answerInquiryAction } from '@/lib/inquiries/inbox-actions';
import { ANSWER_MAX } from '@/lib/inquiries/inbox-schema';

export function AnswerForm({ inquiryId, senderName, replyTo }: { inquiryId: string; senderName: string; replyTo: string }) {
  const [state, action] = useActionState(answerInquiryAction, initialFormState);
  const values = state.values ?? {};
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <Field
        label="Votre réponse"
        name="body"
        required
        hint={`Envoyée par e-mail à ${senderName}. Ses réponses arriveront directement à ${replyTo}.`}
        error={state.fieldErrors?.body}
        render={(control) => (
          <textarea {...control} name="body" rows={8} maxLength={ANSWER_MAX} defaultValue={values.body ?? ''} />
        )}
      />
      <div>
        <SubmitButton pendingLabel="Envoi en cours…">Répondre</SubmitButton>
      </div>
    </ServerForm>
  );
}
