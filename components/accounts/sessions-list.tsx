'use client';
// « Appareils connectés »: each session with a button to end it, and one to end all the others.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Badge } from '@/components/ui/badge';
import { revokeSessionAction, signOutOtherSessionsAction } from '@/lib/accounts/actions';
import { initialFormState } from '@/lib/forms/form-state';

export type SessionRow = { id: string; device: string; lastSeen: string; createdAt: string; current: boolean; rememberMe: boolean };

export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const [revokeState, revoke] = useActionState(revokeSessionAction, initialFormState);
  const [othersState, signOutOthers] = useActionState(signOutOtherSessionsAction, initialFormState);
  return (
    <div className="flex flex-col gap-5">
      <ServerForm action={revoke} state={revokeState} className="gap-0">
        <ul className="divide-y divide-ink-200 rounded-control border border-ink-200">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-semibold text-ink-900">
                  {session.device} {session.current && <Badge tone="success">Cet appareil</Badge>}
                </p>
                <p className="text-sm text-ink-600">
                  Connecté le {session.createdAt} · dernière activité le {session.lastSeen}
                  {session.rememberMe && ' · reste connecté'}
                </p>
              </div>
              {!session.current && (
                <button
                  type="submit"
                  name="sessionId"
                  value={session.id}
                  className="self-start rounded-control border border-ink-300 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 sm:self-auto"
                >
                  Déconnecter<span className="sr-only"> {session.device}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      </ServerForm>
      <ServerForm action={signOutOthers} state={othersState}>
        <SubmitButton variant="secondary" className="self-start">
          Se déconnecter de tous les appareils
        </SubmitButton>
      </ServerForm>
    </div>
  );
}
