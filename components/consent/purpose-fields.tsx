// The three purposes of « Personnaliser », each a checkbox off until ticked. Under Global Privacy
// Control advertising cannot be ticked, and says why.
import { CheckboxField } from '@/components/forms/checkbox-field';
import { PURPOSES, type Purposes } from '@/lib/consent/cookie';
import { PURPOSE_TEXTS } from '@/lib/consent/texts';

export function PurposeFields({ idPrefix, initial, gpc }: { idPrefix: string; initial: Purposes; gpc: boolean }) {
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-sm font-semibold text-ink-900">Finalités, à cocher une par une</legend>
      {PURPOSES.map((purpose) => {
        const blocked = purpose === 'advertising' && gpc;
        return (
          <CheckboxField
            key={purpose}
            id={`${idPrefix}-${purpose}`}
            name={purpose}
            label={<span className="font-semibold">{PURPOSE_TEXTS[purpose].label}</span>}
            hint={
              blocked
                ? `${PURPOSE_TEXTS[purpose].description} Votre navigateur envoie le signal Global Privacy Control\u00a0: la publicité reste désactivée.`
                : PURPOSE_TEXTS[purpose].description
            }
            defaultChecked={blocked ? false : initial[purpose]}
            disabled={blocked}
          />
        );
      })}
    </fieldset>
  );
}
