'use client';
// One decision of the team on a review, with its written reason: « Masquer », « Rétablir » or
// « Rejeter le signalement ». The reason is the statement of reasons e-mailed to those concerned.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { dismissReportAction, hideReviewAction, restoreReviewAction } from '@/lib/reviews/admin-actions';
import { REASON_MAX } from '@/lib/reviews/limits';

const DECISIONS = {
  hide: { action: hideReviewAction, idName: 'reviewId', button: 'Masquer l’avis', label: 'Motif du masquage', variant: 'danger' },
  restore: { action: restoreReviewAction, idName: 'reviewId', button: 'Rétablir l’avis', label: 'Motif du rétablissement', variant: 'primary' },
  dismiss: { action: dismissReportAction, idName: 'reportId', button: 'Rejeter le signalement', label: 'Motif du rejet', variant: 'secondary' },
} as const;

type Props = { decision: keyof typeof DECISIONS; targetId: string; hint: string };

export function ModerationForm({ decision, targetId, hint }: Props) {
  const config = DECISIONS[decision];
  const [state, action] = useActionState(config.action, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <input type="hidden" name={config.idName} value={targetId} />
      {state.status !== 'success' && (
        <>
          <Field
            label={config.label}
            name="reason"
            required
            hint={hint}
            error={state.fieldErrors?.reason}
            render={(control) => <textarea {...control} name="reason" rows={3} maxLength={REASON_MAX} defaultValue={state.values?.reason ?? ''} />}
          />
          <div>
            <SubmitButton size="sm" variant={config.variant} pendingLabel="Enregistrement…">
              {config.button}
            </SubmitButton>
          </div>
        </>
      )}
    </ServerForm>
  );
}
