'use client';
// The advertiser's public reply under a review: one per review, created or edited here.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { replyToReviewAction } from '@/lib/reviews/advertiser-actions';
import { REPLY_MAX } from '@/lib/reviews/limits';

export function ReplyForm({ reviewId, currentReply }: { reviewId: string; currentReply: string | null }) {
  const [state, action] = useActionState(replyToReviewAction, initialFormState);
  const values = state.values ?? {};
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <Field
        label={currentReply ? 'Modifier votre réponse publique' : 'Votre réponse publique'}
        name="body"
        required
        hint={'Publiée sous l’avis, sur votre annonce. Restez courtois\u00a0: les lecteurs jugent aussi votre réponse.'}
        error={state.fieldErrors?.body}
        render={(control) => (
          <textarea {...control} name="body" rows={4} maxLength={REPLY_MAX} defaultValue={values.body ?? currentReply ?? ''} />
        )}
      />
      <div>
        <SubmitButton size="sm" pendingLabel="Publication…">
          {currentReply ? 'Modifier la réponse' : 'Publier la réponse'}
        </SubmitButton>
      </div>
    </ServerForm>
  );
}
