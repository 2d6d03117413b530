'use client';
// /mes-donnees, step 2: a button uses the e-mailed link. A button rather than the link itself, so that
// mail scanners which open links never use up the single-use token.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { openPersonalDataAction } from '@/lib/privacy/personal-data-actions';

export function PersonalDataOpenForm({ token }: { token: string }) {
  const [state, action] = useActionState(openPersonalDataAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="self-start" pendingLabel="Ouverture…">
        Accéder à mes données
      </SubmitButton>
    </ServerForm>
  );
}
