'use client';
// « Signaler »: the advertiser's reasoned doubt about a review, examined by the team (free of charge,
// Code de la consommation L111-7-2). The review stays online until the team decides.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { reportReviewAction } from '@/lib/reviews/advertiser-actions';
import { REASON_MAX } from '@/lib/reviews/limits';

export function ReportForm({ reviewId }: { reviewId: string }) {
  const [state, action] = useActionState(reportReviewAction, initialFormState);
  const values = state.values ?? {};
  return (
    <details className="rounded-control border border-ink-200 p-3" open={state.status !== 'idle'}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">Signaler cet avis</summary>
      <ServerForm action={action} state={state} className="mt-3">
        <input type="hidden" name="reviewId" value={reviewId} />
        {state.status !== 'success' && (
          <>
            <Field
              label="Motif du signalement"
              name="reason"
              required
              hint="Expliquez votre doute (ce client n’en est pas un, propos injurieux, données personnelles…). Notre équipe examine chaque signalement et vous informe de sa décision."
              error={state.fieldErrors?.reason}
              render={(control) => <textarea {...control} name="reason" rows={3} maxLength={REASON_MAX} defaultValue={values.reason ?? ''} />}
            />
            <div>
              <SubmitButton size="sm" variant="secondary" pendingLabel="Envoi…">
                Signaler
              </SubmitButton>
            </div>
          </>
        )}
      </ServerForm>
    </details>
  );
}
