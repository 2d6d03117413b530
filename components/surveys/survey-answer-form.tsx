'use client';
// The answer form: every question optional (a choice can be taken back with « Je préfère ne pas
// répondre »), choices as radios or checkboxes, the 1–5 scale as a labelled radio group, free text
// with a length limit. Signed-in people may answer anonymously when the survey allows it.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { controlClasses } from '@/components/ui/field-styles';
import { initialFormState } from '@/lib/forms/form-state';
import type { QuestionKind } from '@/lib/generated/prisma/enums';
import { answerSurveyAction } from '@/lib/surveys/actions';
import { answerFieldName } from '@/lib/surveys/answers';
import { choicesOf, SCALE_VALUES, scaleLabelsOf, SURVEY_LIMITS } from '@/lib/surveys/labels';

export type AnswerFormQuestion = { id: string; kind: QuestionKind; label: string; options: unknown };

type SurveyAnswerFormProps = {
  surveyId: string;
  questions: AnswerFormQuestion[];
  /** The newsletter link's token, sent back with the answers. */
  token?: string;
  /** Signed in: the answers could carry the account, hence the anonymity choice. */
  signedIn: boolean;
  allowAnonymous: boolean;
};

const SKIP_LABEL = 'Je préfère ne pas répondre';

function Radio({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-11 items-center gap-3 text-ink-900">
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={checked}
        className="size-5 shrink-0 accent-brand-700"
      />
      {label}
    </label>
  );
}

export function SurveyAnswerForm({ surveyId, questions, token, signedIn, allowAnonymous }: SurveyAnswerFormProps) {
  const [state, action] = useActionState(answerSurveyAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const submitted = state.status !== 'idle';

  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="surveyId" value={surveyId} />
      {token && <input type="hidden" name="t" value={token} />}

      <ol className="flex flex-col gap-6">
        {questions.map((question, index) => {
          const name = answerFieldName(question.id);
          const error = errors[name];
          const errorId = `${name}-erreur`;
          const legendId = `${name}-intitule`;
          const legend = (
            <>
              <span className="text-ink-600">{`${index + 1}.\u00a0`}</span>
              {question.label}
              <span className="font-normal text-ink-600">{'\u00a0(facultatif)'}</span>
            </>
          );
          const errorLine = error && (
            <p id={errorId} className="mt-2 flex items-start gap-1.5 text-sm font-medium text-danger-700">
              <span aria-hidden="true">⚠</span>
              <span>{error}</span>
            </p>
          );

          if (question.kind === 'TEXT') {
            return (
              <li key={question.id} className="rounded-card border border-ink-200 bg-white p-4 sm:p-5">
                <label htmlFor={name} id={legendId} className="block font-semibold text-ink-950">
                  {legend}
                </label>
                <p id={`${name}-aide`} className="mt-1 text-sm text-ink-600">
                  {`${SURVEY_LIMITS.text.toLocaleString('fr-FR')} caractères au plus. N’y écrivez ni nom, ni téléphone, ni adresse.`}
                </p>
                <textarea
                  id={name}
                  name={name}
                  rows={4}
                  maxLength={SURVEY_LIMITS.text}
                  defaultValue={values[name]}
                  aria-describedby={[`${name}-aide`, error ? errorId : ''].filter(Boolean).join(' ')}
                  aria-invalid={error ? true : undefined}
                  className={controlClasses('mt-2')}
                />
                {errorLine}
              </li>
            );
          }

          return (
            <li key={question.id} className="rounded-card border border-ink-200 bg-white p-4 sm:p-5">
              <fieldset aria-describedby={error ? errorId : undefined}>
                <legend id={legendId} className="font-semibold text-ink-950">
                  {legend}
                </legend>
                {question.kind === 'MULTIPLE_CHOICE' && (
                  <p className="mt-1 text-sm text-ink-600">Plusieurs réponses possibles.</p>
                )}
                <div className="mt-2 flex flex-col">
                  {question.kind === 'SINGLE_CHOICE' &&
                    [...choicesOf(question.options), ''].map((choice) => (
                      <Radio
                        key={choice || 'sans-reponse'}
                        name={name}
                        value={choice}
                        label={choice || SKIP_LABEL}
                        checked={(values[name] ?? '') === choice}
                      />
                    ))}
                  {question.kind === 'MULTIPLE_CHOICE' &&
                    choicesOf(question.options).map((choice, choiceIndex) => {
                      const field = answerFieldName(question.id, choiceIndex);
                      return (
                        <label key={choice} className="flex min-h-11 items-center gap-3 text-ink-900">
                          <input
                            type="checkbox"
                            name={field}
                            defaultChecked={values[field] === 'on'}
                            className="size-5 shrink-0 accent-brand-700"
                          />
                          {choice}
                        </label>
                      );
                    })}
                  {question.kind === 'SCALE' && <ScaleChoices name={name} options={question.options} value={values[name] ?? ''} />}
                </div>
              </fieldset>
              {errorLine}
            </li>
          );
        })}
      </ol>

      {signedIn &&
        (allowAnonymous ? (
          <CheckboxField
            name="anonymous"
            defaultChecked={submitted ? values.anonymous === 'on' : true}
            label="Répondre anonymement"
            hint="Votre compte ne sera pas enregistré avec vos réponses. Vous ne pourrez répondre qu’une fois dans tous les cas."
          />
        ) : (
          <p className="rounded-control bg-brand-50 px-3 py-2 text-sm text-ink-800">
            Vous êtes connecté&nbsp;: vos réponses seront enregistrées avec votre compte.
          </p>
        ))}

      <SubmitButton className="self-start">Envoyer mes réponses</SubmitButton>
    </ServerForm>
  );
}

function ScaleChoices({ name, options, value }: { name: string; options: unknown; value: string }) {
  const { low, high } = scaleLabelsOf(options);
  return (
    <>
      <div className="flex flex-wrap gap-x-4">
        {SCALE_VALUES.map((point) => {
          const end = point === 1 ? low : point === 5 ? high : '';
          return (
            <Radio
              key={point}
              name={name}
              value={String(point)}
              label={end ? `${point} (${end})` : String(point)}
              checked={value === String(point)}
            />
          );
        })}
      </div>
      <Radio name={name} value="" label={SKIP_LABEL} checked={value === ''} />
    </>
  );
}
