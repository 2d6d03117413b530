'use client';
// The composer: list, subject, preview line, Markdown body and the « contenu commercial » flag.
// Saving shows the preview of the saved version below.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import { saveIssueAction } from '@/lib/newsletters/admin-actions';
import { BODY_MAX, PREHEADER_MAX, SUBJECT_MAX } from '@/lib/newsletters/schema';

type IssueFormProps = {
  lists: { id: string; name: string; audience: { commercial: number; nonCommercial: number } }[];
  issue?: { id: string; listId: string; subject: string; preheader: string; bodyMarkdown: string; isCommercial: boolean };
};

export function IssueForm({ lists, issue }: IssueFormProps) {
  const [state, action] = useActionState(saveIssueAction, initialFormState);
  const values = state.values;
  const value = (name: 'listId' | 'subject' | 'preheader' | 'bodyMarkdown') => values?.[name] ?? issue?.[name] ?? '';
  const commercial = values ? values.commercial === 'on' : (issue?.isCommercial ?? true);
  return (
    // A remount after each answer: the select and the checkbox show what was saved or typed.
    <ServerForm key={JSON.stringify(state)} action={action} state={state}>
      <input type="hidden" name="issueId" value={issue?.id ?? ''} />
      <Field
        label="Liste destinataire"
        name="listId"
        required
        error={state.fieldErrors?.listId}
        render={(control) => (
          <select {...control} name="listId" defaultValue={value('listId') || lists[0]?.id}>
            {lists.map((list) => (
              <option key={list.id} value={list.id}>
                {`${list.name} (${list.audience.commercial} abonnés pour un contenu commercial, ${list.audience.nonCommercial} sinon)`}
              </option>
            ))}
          </select>
        )}
      />
      <Field
        label="Objet"
        name="subject"
        required
        maxLength={SUBJECT_MAX}
        defaultValue={value('subject')}
        error={state.fieldErrors?.subject}
      />
      <Field
        label="Texte d’aperçu"
        name="preheader"
        optional
        maxLength={PREHEADER_MAX}
        hint="La ligne que les messageries affichent après l’objet."
        defaultValue={value('preheader')}
        error={state.fieldErrors?.preheader}
      />
      <Field
        label="Contenu (Markdown)"
        name="bodyMarkdown"
        required
        hint={
          '# Titre, ## Sous-titre, **gras**, *italique*, listes avec «\u00a0-\u00a0», liens [texte](https://…), ' +
          'lien personnel vers un sondage [texte](sondage:identifiant-du-sondage). Pas d’images ni de HTML.'
        }
        error={state.fieldErrors?.bodyMarkdown}
        render={(control) => (
          <textarea {...control} name="bodyMarkdown" rows={14} maxLength={BODY_MAX} defaultValue={value('bodyMarkdown')} />
        )}
      />
      <CheckboxField
        name="commercial"
        label="Contenu commercial"
        hint="Les personnes qui ont refusé tout message commercial ne le recevront pas."
        defaultChecked={commercial}
        error={state.fieldErrors?.commercial}
      />
      <div>
        <SubmitButton pendingLabel="Enregistrement…">{issue ? 'Enregistrer le brouillon' : 'Créer le brouillon'}</SubmitButton>
      </div>
    </ServerForm>
  );
}
