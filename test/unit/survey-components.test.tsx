// Survey markup: the answer form (every question optional, « Je préfère ne pas répondre » selected by
// default, anonymity choice only when signed in and allowed), the editor's labelled fields, the
// invitation's three choices, and the result chart's accessible name.
import { renderToStaticMarkup } from 'react-dom/server';

// The server actions reach the database, cookies and the session: not what these checks are about.
jest.mock('@/lib/surveys/actions', () => ({
  answerSurveyAction: jest.fn(),
  saveSurveyAction: jest.fn(),
  dismissInvitationAction: jest.fn(),
}));
jest.mock('next/navigation', () => ({ usePathname: () => '/' }));

import { SurveyAnswerForm } from '@/components/surveys/survey-answer-form';
import { SurveyEditor } from '@/components/surveys/survey-editor';
import { SurveyInvitation } from '@/components/surveys/survey-invitation';
import { SurveyResultChart } from '@/components/surveys/survey-result-chart';

const questions = [
  { id: 'q1', kind: 'SINGLE_CHOICE' as const, label: 'Comment nous avez-vous connus\u00a0?', options: ['Moteur', 'Ami'] },
  { id: 'q2', kind: 'MULTIPLE_CHOICE' as const, label: 'Que cherchez-vous\u00a0?', options: ['A', 'B'] },
  { id: 'q3', kind: 'SCALE' as const, label: 'Satisfait\u00a0?', options: { low: 'Pas du tout', high: 'Très' } },
  { id: 'q4', kind: 'TEXT' as const, label: 'Une idée\u00a0?', options: null },
];

describe('SurveyAnswerForm', () => {
  it('marks every question optional and preselects « Je préfère ne pas répondre »', () => {
    const html = renderToStaticMarkup(
      <SurveyAnswerForm surveyId="s1" questions={questions} signedIn={false} allowAnonymous />,
    );
    expect(html.match(/\(facultatif\)/g)).toHaveLength(4);
    expect(html.match(/Je préfère ne pas répondre/g)).toHaveLength(2);
    expect(html).toContain('name="q_q1" checked="" value=""');
    expect(html).toContain('name="q_q2_0"');
    expect(html).toContain('5 (Très)');
    expect(html).toMatch(/<textarea[^>]*name="q_q4"[^>]*maxLength="2000"|<textarea[^>]*maxLength="2000"[^>]*name="q_q4"/);
    expect(html).not.toContain('Répondre anonymement');
  });

  it('offers « Répondre anonymement » (ticked) to a signed-in person when allowed, and says so otherwise', () => {
    const allowed = renderToStaticMarkup(<SurveyAnswerForm surveyId="s1" questions={questions} signedIn allowAnonymous />);
    expect(allowed).toMatch(/name="anonymous" checked=""/);
    const named = renderToStaticMarkup(<SurveyAnswerForm surveyId="s1" questions={questions} signedIn allowAnonymous={false} />);
    expect(named).not.toContain('name="anonymous"');
    expect(named).toContain('enregistrées avec votre compte');
  });
});

describe('SurveyEditor', () => {
  it('labels every field of every question and posts the questions as JSON', () => {
    const html = renderToStaticMarkup(
      <SurveyEditor
        survey={{
          id: 's1',
          title: 'Avis',
          intro: '',
          invitation: 'Deux minutes pour nous aider.',
          audience: 'CLIENTS',
          allowAnonymous: true,
          questions: [
            { kind: 'SINGLE_CHOICE', label: 'Q1', choices: 'Oui\nNon', low: '', high: '' },
            { kind: 'SCALE', label: 'Q2', choices: '', low: 'Mal', high: 'Bien' },
          ],
        }}
      />,
    );
    for (const label of ['Type de la question 1', 'Intitulé de la question 1', 'Choix de la question 1', 'Libellé du 1 (question 2)']) {
      expect(html).toContain(label);
    }
    expect(html).toContain('name="questions"');
    expect(html).toContain('&quot;choices&quot;:[&quot;Oui&quot;,&quot;Non&quot;]');
    expect(html).toMatch(/<option value="CLIENTS" selected="">/);
  });
});

describe('SurveyInvitation', () => {
  const invitation = { surveyId: 's1', slug: 'avis', title: 'Votre avis', invitation: 'Deux minutes ?' };

  it('offers to answer, to postpone and to decline, in a labelled region', () => {
    const html = renderToStaticMarkup(<SurveyInvitation invitation={invitation} />);
    expect(html).toMatch(/<aside aria-labelledby="invitation-sondage-s1"/);
    expect(html).toContain('href="/sondages/avis"');
    expect(html).toContain('value="later"');
    expect(html).toContain('value="never"');
    expect(html).not.toMatch(/fixed/);
  });

  it('stays away from the paths it is told to avoid', () => {
    expect(renderToStaticMarkup(<SurveyInvitation invitation={invitation} hiddenUnder={['/']} />)).toBe('');
  });
});

describe('SurveyResultChart', () => {
  it('describes every count in the SVG’s accessible name', () => {
    const html = renderToStaticMarkup(
      <SurveyResultChart id="g1" title="Connus ?" answered={4} counts={[{ label: 'Moteur', count: 3 }, { label: 'Ami', count: 1 }]} />,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="g1-titre g1-description"');
    expect(html).toContain('Moteur\u00a0: 3\u00a0réponses (75\u00a0%)');
    expect(html.match(/<rect/g)).toHaveLength(2);
  });
});
