'use client';
// The consent form shared by the banner and the cookies page: « Tout accepter », « Tout refuser »,
// and, once « Personnaliser » is open, the purposes and « Enregistrer mes choix ». Posts to a server
// action, so the two main answers work before JavaScript has loaded.
import { useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { saveConsent } from '@/lib/consent/actions';
import type { Purposes } from '@/lib/consent/cookie';
import { ChoiceSubmit, choiceButtonClass } from './consent-buttons';
import { PurposeFields } from './purpose-fields';

/** Calls onDone when the action has finished (the page has been re-rendered with the new choice). */
function WhenSaved({ onDone }: { onDone?: () => void }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) onDone?.();
    wasPending.current = pending;
  }, [pending, onDone]);
  return null;
}

type ConsentFormProps = {
  idPrefix: string;
  initial: Purposes;
  gpc: boolean;
  /** Shows the purposes and « Enregistrer mes choix »; otherwise the third button is « Personnaliser ». */
  customizing: boolean;
  onCustomize?: () => void;
  onSaved?: () => void;
};

export function ConsentForm({ idPrefix, initial, gpc, customizing, onCustomize, onSaved }: ConsentFormProps) {
  return (
    <form action={saveConsent} className="mt-3">
      <WhenSaved onDone={onSaved} />
      {customizing && (
        <div className="mb-4">
          <PurposeFields idPrefix={idPrefix} initial={initial} gpc={gpc} />
        </div>
      )}
      <div className="grid grid-cols-3 gap-2 sm:flex sm:flex-wrap sm:justify-end">
        <ChoiceSubmit value="tout-accepter">Tout accepter</ChoiceSubmit>
        <ChoiceSubmit value="tout-refuser">Tout refuser</ChoiceSubmit>
        {customizing ? (
          <ChoiceSubmit value="personnaliser">Enregistrer mes choix</ChoiceSubmit>
        ) : (
          <button type="button" onClick={onCustomize} className={choiceButtonClass}>
            Personnaliser
          </button>
        )}
      </div>
    </form>
  );
}
