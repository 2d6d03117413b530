'use client';
// The team's survey editor: title, introduction, invitation sentence, audience, anonymity, and the
// questions (add, remove, reorder; choices one per line, the scale's end labels). The questions are
// kept in React state and posted as one JSON field; errors come back next to each question's field.
import { useActionState, useState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { initialFormState } from '@/lib/forms/form-state';
import type { QuestionKind, SurveyAudience } from '@/lib/generated/prisma/enums';
import { saveSurveyAction } from '@/lib/surveys/actions';
import { AUDIENCE_LABELS, QUESTION_KIND_LABELS, SURVEY_LIMITS } from '@/lib/surveys/labels';

export type EditorQuestion = { kind: QuestionKind; label: string; choices: string; low: string; high: string };

export type EditorSurvey = {
  id: string;
  title: string;
  intro: string;
  invitation: string;
  audience: SurveyAudience;
  allowAnonymous: boolean;
  questions: EditorQuestion[];
};

const EMPTY_QUESTION: EditorQuestion = { kind: 'SINGLE_CHOICE', label: '', choices: '', low: '', high: '' };

function serialise(questions: EditorQuestion[]): string {
  return JSON.stringify(
    questions.map((question) => ({
      kind: question.kind,
      label: question.label,
      choices: question.choices.split('\n'),
      low: question.low,
      high: question.high,
    })),
  );
}

export function SurveyEditor({ survey }: { survey?: EditorSurvey }) {
  const [state, action] = useActionState(saveSurveyAction, initialFormState);
  const [questions, setQuestions] = useState<EditorQuestion[]>(survey?.questions ?? [{ ...EMPTY_QUESTION }]);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const submitted = state.status !== 'idle';

  const update = (index: number, change: Partial<EditorQuestion>) =>
    setQuestions((list) => list.map((question, position) => (position === index ? { ...question, ...change } : question)));
  const move = (index: number, offset: -1 | 1) =>
    setQuestions((list) => {
      const next = [...list];
      [next[index], next[index + offset]] = [next[index + offset], next[index]];
      return next;
    });

  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="surveyId" value={survey?.id ?? ''} />
      <input type="hidden" name="questions" value={serialise(questions)} />

      <Field
        label="Titre"
        name="title"
        required
        maxLength={SURVEY_LIMITS.title}
        defaultValue={values.title ?? survey?.title}
        error={errors.title}
      />
      <Field
        label="Introduction"
        optional
        hint="Affichée en haut de la page du sondage."
        error={errors.intro}
        render={(control) => (
          <textarea {...control} name="intro" rows={3} maxLength={SURVEY_LIMITS.intro} defaultValue={values.intro ?? survey?.intro} />
        )}
      />
      <Field
        label="Phrase de l’invitation"
        name="invitation"
        required
        maxLength={SURVEY_LIMITS.invitation}
        hint="Une phrase courte, affichée dans l’invitation sous l’en-tête du site ou de l’espace annonceur."
        defaultValue={values.invitation ?? survey?.invitation}
        error={errors.invitation}
      />
      <Field
        label="Public"
        error={errors.audience}
        render={(control) => (
          <select
            {...control}
            key={values.audience ?? survey?.audience}
            name="audience"
            defaultValue={values.audience ?? survey?.audience ?? 'VISITORS'}
          >
            {(Object.keys(AUDIENCE_LABELS) as SurveyAudience[]).map((audience) => (
              <option key={audience} value={audience}>
                {AUDIENCE_LABELS[audience]}
              </option>
            ))}
          </select>
        )}
      />
      <CheckboxField
        name="allowAnonymous"
        defaultChecked={submitted ? values.allowAnonymous === 'on' : (survey?.allowAnonymous ?? true)}
        label="Les personnes connectées peuvent répondre anonymement"
        hint="Les visiteurs et les clients répondent toujours anonymement."
      />

      <fieldset className="flex flex-col gap-4">
        <legend className="text-lg font-semibold text-ink-950">Questions</legend>
        <p className="text-sm text-ink-600">
          Toutes les questions sont facultatives pour les personnes qui répondent. Elles ne peuvent plus changer une fois le
          sondage ouvert.
        </p>
        {errors.questions && (
          <p className="text-sm font-medium text-danger-700" role="alert">
            {errors.questions}
          </p>
        )}
        <ol className="flex flex-col gap-4">
          {questions.map((question, index) => {
            const prefix = `questions.${index}`;
            const number = index + 1;
            return (
              <li key={index} className="rounded-card border border-ink-200 bg-white p-4">
                <fieldset className="flex flex-col gap-3">
                  <legend className="font-semibold text-ink-900">{`Question ${number}`}</legend>
                  <Field
                    label={`Type de la question ${number}`}
                    error={errors[`${prefix}.kind`]}
                    render={(control) => (
                      <select
                        {...control}
                        value={question.kind}
                        onChange={(event) => update(index, { kind: event.target.value as QuestionKind })}
                      >
                        {(Object.keys(QUESTION_KIND_LABELS) as QuestionKind[]).map((kind) => (
                          <option key={kind} value={kind}>
                            {QUESTION_KIND_LABELS[kind]}
                          </option>
                        ))}
                      </select>
                    )}
                  />
                  <Field
                    label={`Intitulé de la question ${number}`}
                    value={question.label}
                    maxLength={SURVEY_LIMITS.label}
                    onChange={(event) => update(index, { label: event.target.value })}
                    error={errors[`${prefix}.label`]}
                  />
                  {(question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE') && (
                    <Field
                      label={`Choix de la question ${number}`}
                      hint="Un choix par ligne, deux au moins."
                      error={errors[`${prefix}.choices`]}
                      render={(control) => (
                        <textarea
                          {...control}
                          rows={4}
                          value={question.choices}
                          onChange={(event) => update(index, { choices: event.target.value })}
                        />
                      )}
                    />
                  )}
                  {question.kind === 'SCALE' && (
                    <div className="grid gap-3 sm:grid-cols-2">
                      <Field
                        label={`Libellé du 1 (question ${number})`}
                        optional
                        placeholder="Pas du tout satisfait"
                        value={question.low}
                        maxLength={SURVEY_LIMITS.scaleLabel}
                        onChange={(event) => update(index, { low: event.target.value })}
                        error={errors[`${prefix}.low`]}
                      />
                      <Field
                        label={`Libellé du 5 (question ${number})`}
                        optional
                        placeholder="Très satisfait"
                        value={question.high}
                        maxLength={SURVEY_LIMITS.scaleLabel}
                        onChange={(event) => update(index, { high: event.target.value })}
                        error={errors[`${prefix}.high`]}
                      />
                    </div>
                  )}
                  <div className="flex flex-wrap gap-2">
                    <Button variant="secondary" size="sm" disabled={index === 0} onClick={() => move(index, -1)}>
                      <span aria-hidden="true">↑</span> Monter<span className="sr-only">{` la question ${number}`}</span>
                    </Button>
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={index === questions.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <span aria-hidden="true">↓</span> Descendre<span className="sr-only">{` la question ${number}`}</span>
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={questions.length === 1}
                      onClick={() => setQuestions((list) => list.filter((_, position) => position !== index))}
                    >
                      Supprimer<span className="sr-only">{` la question ${number}`}</span>
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button
          variant="secondary"
          className="self-start"
          disabled={questions.length >= SURVEY_LIMITS.questions}
          onClick={() => setQuestions((list) => [...list, { ...EMPTY_QUESTION }])}
        >
          Ajouter une question
        </Button>
      </fieldset>

      <SubmitButton className="self-start">Enregistrer le brouillon</SubmitButton>
    </ServerForm>
  );
}
