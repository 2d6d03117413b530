'use client';
// « Lancer maintenant »: runs the retention purge at once and says what it did.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { runPurgeNowAction } from '@/lib/privacy/retention-actions';

export function PurgeNowForm() {
  const [state, action] = useActionState(runPurgeNowAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <div>
        <SubmitButton variant="secondary" pendingLabel="Purge en cours…">
          Lancer maintenant
        </SubmitButton>
      </div>
    </ServerForm>
  );
}
