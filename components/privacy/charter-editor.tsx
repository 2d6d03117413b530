'use client';
// /admin/charte: the next version's Markdown, its live preview (the same renderer as the public page),
// the diff against the latest version, the « Modification substantielle » flag and the summary shown
// to users. Publishing is one server action (requireAdmin, audit log).
import { useActionState, useDeferredValue, useState } from 'react';
import { Markdown } from '@/components/content/markdown';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { publishCharterAction } from '@/lib/privacy/charter-actions';
import { diffLines } from '@/lib/privacy/line-diff';
import { CHANGE_SUMMARY_MAX, CHARTER_MAX_LENGTH } from '@/lib/privacy/schema';
import { CharterDiff } from './charter-diff';

type Props = { previousVersion: number | null; previousText: string };

const summaryClasses =
  'cursor-pointer rounded-control px-1 font-semibold text-brand-800 focus-visible:outline-2 focus-visible:outline-focus';

export function CharterEditor({ previousVersion, previousText }: Props) {
  const [state, action] = useActionState(publishCharterAction, initialFormState);
  const values = state.values ?? {};
  const [text, setText] = useState(previousText);
  const deferred = useDeferredValue(text);
  return (
    <ServerForm action={action} state={state}>
      <Field
        label="Texte de la charte (Markdown)"
        name="bodyMarkdown"
        required
        hint="Titres avec #, listes avec -, liens avec [texte](https://…). Le HTML n’est pas interprété."
        error={state.fieldErrors?.bodyMarkdown}
        render={(control) => (
          <textarea
            {...control}
            name="bodyMarkdown"
            rows={18}
            maxLength={CHARTER_MAX_LENGTH}
            value={text}
            onChange={(event) => setText(event.target.value)}
            className={`${control.className} font-mono text-sm`}
          />
        )}
      />
      <details className="rounded-card border border-ink-200 bg-white p-4">
        <summary className={summaryClasses}>Aperçu de la nouvelle version</summary>
        <div className="prose-fr mt-4">
          <Markdown source={deferred} />
        </div>
      </details>
      <details open className="rounded-card border border-ink-200 bg-white p-4">
        <summary id="charte-differences" className={summaryClasses}>
          {previousVersion ? `Différences avec la version ${previousVersion}` : 'Différences avec le texte fondateur'}
        </summary>
        <div className="mt-4">
          <CharterDiff lines={diffLines(previousText, deferred)} labelledBy="charte-differences" />
        </div>
      </details>
      <CheckboxField
        key={`substantiel-${values.substantial ?? ''}`}
        name="substantial"
        label="Modification substantielle"
        defaultChecked={values.substantial === 'on'}
        hint={
          'Cochez si le changement touche aux usages des données ou peut porter préjudice\u00a0: la version entre en vigueur un mois après sa publication (dès la publication pour qui envoie une demande ou crée un compte entre-temps), et la page d’accueil l’annonce jusque-là. Sinon (coordonnées, précisions), elle entre en vigueur dès la publication.'
        }
      />
      <Field
        label="Résumé des changements"
        name="changeSummary"
        required
        hint={`Affiché sur la page d’accueil, dans l’historique et aux utilisateurs connectés (${CHANGE_SUMMARY_MAX}\u00a0caractères au plus).`}
        error={state.fieldErrors?.changeSummary}
        render={(control) => (
          <textarea {...control} name="changeSummary" rows={3} maxLength={CHANGE_SUMMARY_MAX} defaultValue={values.changeSummary ?? ''} />
        )}
      />
      <div>
        <SubmitButton pendingLabel="Publication…">Publier la nouvelle version</SubmitButton>
      </div>
    </ServerForm>
  );
}
