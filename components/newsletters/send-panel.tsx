'use client';
// What to do with a draft: a test to oneself, a scheduled send (Paris time), or a send now after a
// confirmation that says how many people will receive it.
import { useActionState, useState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { scheduleIssueAction, sendNowAction, sendTestAction, unscheduleIssueAction } from '@/lib/newsletters/admin-actions';

type SendPanelProps = {
  issueId: string;
  status: 'DRAFT' | 'SCHEDULED';
  audience: number;
  listName: string;
  /** « 2026-12-01T09:30 », Paris time, to prefill the schedule field. */
  defaultScheduledAt: string;
};

export function SendPanel({ issueId, status, audience, listName, defaultScheduledAt }: SendPanelProps) {
  const [testState, testAction] = useActionState(sendTestAction, initialFormState);
  const [scheduleState, scheduleAction] = useActionState(scheduleIssueAction, initialFormState);
  const [unscheduleState, unscheduleAction] = useActionState(unscheduleIssueAction, initialFormState);
  const [sendState, sendAction] = useActionState(sendNowAction, initialFormState);
  const [confirming, setConfirming] = useState(false);
  const people = `${audience.toLocaleString('fr-FR')}\u00a0${audience < 2 ? 'abonné' : 'abonnés'}`;

  return (
    <div className="flex flex-col gap-6">
      <ServerForm action={testAction} state={testState}>
        <input type="hidden" name="issueId" value={issueId} />
        <div>
          <SubmitButton variant="secondary" pendingLabel="Envoi du test…">
            M’envoyer un test
          </SubmitButton>
        </div>
      </ServerForm>

      {status === 'SCHEDULED' ? (
        <ServerForm action={unscheduleAction} state={unscheduleState}>
          <input type="hidden" name="issueId" value={issueId} />
          <div>
            <SubmitButton variant="secondary" pendingLabel="Annulation…">
              Annuler la programmation
            </SubmitButton>
          </div>
        </ServerForm>
      ) : (
        <>
          <ServerForm action={scheduleAction} state={scheduleState} className="rounded-card border border-ink-200 p-4">
            <input type="hidden" name="issueId" value={issueId} />
            <Field
              label="Date et heure d’envoi (heure de Paris)"
              name="scheduledAt"
              type="datetime-local"
              required
              defaultValue={scheduleState.values?.scheduledAt ?? defaultScheduledAt}
              error={scheduleState.fieldErrors?.scheduledAt}
            />
            <div>
              <SubmitButton variant="secondary" pendingLabel="Programmation…">
                Programmer
              </SubmitButton>
            </div>
          </ServerForm>

          <div className="rounded-card border border-ink-200 p-4">
            {confirming ? (
              <ServerForm action={sendAction} state={sendState}>
                <input type="hidden" name="issueId" value={issueId} />
                <p role="status" className="text-ink-900">
                  {`Envoyer maintenant à ${people} de la liste «\u00a0${listName}\u00a0»\u00a0? L’envoi ne peut pas être annulé.`}
                </p>
                <div className="flex flex-wrap gap-3">
                  <SubmitButton variant="cta" pendingLabel="Démarrage de l’envoi…">
                    Confirmer l’envoi
                  </SubmitButton>
                  <Button variant="ghost" onClick={() => setConfirming(false)}>
                    Annuler
                  </Button>
                </div>
              </ServerForm>
            ) : (
              <Button variant="cta" onClick={() => setConfirming(true)} disabled={audience === 0}>
                Envoyer maintenant…
              </Button>
            )}
            {audience === 0 && <p className="mt-2 text-sm text-ink-700">Personne ne peut recevoir cette lettre pour l’instant.</p>}
          </div>
        </>
      )}
    </div>
  );
}
