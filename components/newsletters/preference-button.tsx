'use client';
// One choice of the preference page (leave or come back to a list, or leave them all), with its message.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { changePreferenceAction } from '@/lib/newsletters/public-actions';

type Props = {
  token: string;
  /** A subscription id, or « all ». */
  subscription: string;
  choice: 'desinscrire' | 'reinscrire';
  label: string;
  variant?: 'primary' | 'secondary';
};

export function PreferenceButton({ token, subscription, choice, label, variant = 'primary' }: Props) {
  const [state, action] = useActionState(changePreferenceAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <input type="hidden" name="jeton" value={token} />
      <input type="hidden" name="abonnement" value={subscription} />
      <input type="hidden" name="choix" value={choice} />
      <div>
        <SubmitButton variant={variant} pendingLabel="Enregistrement…">
          {label}
        </SubmitButton>
      </div>
    </ServerForm>
  );
}
