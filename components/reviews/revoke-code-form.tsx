'use client';
// « Révoquer » one unused code: it can no longer be used to post a review.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { revokeCodeAction } from '@/lib/reviews/advertiser-actions';

export function RevokeCodeForm({ codeId, hint }: { codeId: string; hint: string }) {
  const [state, action] = useActionState(revokeCodeAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-2">
      <input type="hidden" name="codeId" value={codeId} />
      {state.status !== 'success' && (
        <SubmitButton variant="secondary" size="sm" pendingLabel="Révocation…">
          Révoquer
          <span className="sr-only">{` le code se terminant par ${hint}`}</span>
        </SubmitButton>
      )}
    </ServerForm>
  );
}
