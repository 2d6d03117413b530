'use client';
// « Signaler un contenu » (DSA art. 16): what is reported, why it is illegal or abusive, where it is,
// who reports it (optional only for child sexual abuse material) and the good-faith statement.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { initialFormState } from '@/lib/forms/form-state';
import { NOTICE_CATEGORIES } from '@/lib/moderation/categories';
import { sendNoticeAction } from '@/lib/moderation/actions';
import { EXPLANATION_MAX } from '@/lib/moderation/schema';

type NoticeFormProps = { targetType: 'listing' | 'review'; targetId: string; url: string };

export function NoticeForm({ targetType, targetId, url }: NoticeFormProps) {
  const [state, action] = useActionState(sendNoticeAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  if (state.status === 'success') return <Notice tone="success">{state.message}</Notice>;
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="targetId" value={values.targetId ?? targetId} />
      <Field
        label="Ce que vous signalez"
        required
        error={errors.targetType}
        render={(control) => (
          // Remounted when the server sends values back, so the select shows what was chosen.
          <select {...control} key={`type-${values.targetType ?? targetType}`} name="targetType" defaultValue={values.targetType ?? targetType}>
            <option value="listing">Une annonce</option>
            <option value="review">Un avis</option>
          </select>
        )}
      />
      <Field
        label="Motif"
        required
        error={errors.category}
        render={(control) => (
          <select {...control} key={`motif-${values.category ?? ''}`} name="category" defaultValue={values.category ?? ''}>
            <option value="" disabled>
              Choisissez un motif
            </option>
            {Object.entries(NOTICE_CATEGORIES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      />
      <Field
        label="Adresse exacte du contenu"
        name="url"
        type="url"
        required
        defaultValue={values.url ?? url}
        error={errors.url}
      />
      <Field
        label={'Pourquoi ce contenu est-il illicite ou abusif\u202f?'}
        hint="Expliquez précisément ce qui pose problème (et, si vous le connaissez, le texte de loi concerné)."
        required
        error={errors.explanation}
        render={(control) => (
          <textarea {...control} name="explanation" rows={6} maxLength={EXPLANATION_MAX} defaultValue={values.explanation} />
        )}
      />
      <Field
        label="Votre nom"
        name="name"
        autoComplete="name"
        hint="Facultatif uniquement pour signaler un abus sexuel sur mineur."
        defaultValue={values.name}
        error={errors.name}
      />
      <Field
        label="Votre adresse e-mail"
        name="email"
        type="email"
        autoComplete="email"
        hint="Pour vous envoyer un accusé de réception puis notre décision. Facultative uniquement pour signaler un abus sexuel sur mineur."
        defaultValue={values.email}
        error={errors.email}
      />
      {/* Honeypot: hidden from people and assistive technologies, filled only by robots. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="signalement-site">Site web</label>
        <input id="signalement-site" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <CheckboxField
        name="goodFaith"
        required
        defaultChecked={values.goodFaith === 'on'}
        error={errors.goodFaith}
        label="Je déclare de bonne foi que les informations et allégations de ce signalement sont exactes et complètes."
      />
      <p className="text-sm text-ink-700">
        Vos nom et adresse ne sont jamais communiqués à l’auteur du contenu. Un signalement abusif peut engager votre
        responsabilité.
      </p>
      <SubmitButton className="self-start">Envoyer le signalement</SubmitButton>
    </ServerForm>
  );
}
