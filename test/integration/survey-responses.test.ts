// Surveys on real PostgreSQL: the team writes, opens and closes surveys (no one else can); a visitor
// answers skipping questions and cannot answer twice; advertisers' surveys need an advertiser, who may
// answer anonymously; clients' surveys need a signed newsletter link; the invitation respects « Plus
// tard », « Ne plus me proposer » and earlier answers; results count what was answered and the CSV
// export (team only, audited) opens in French Excel.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { cookies } from 'next/headers';
import { prisma } from '@/lib/db/client';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { generateValidSiret } from '@/lib/siret/checksum';
import {
  answerSurveyAction,
  dismissInvitationAction,
  saveSurveyAction,
  setSurveyStatusAction,
} from '@/lib/surveys/actions';
import { answerFieldName } from '@/lib/surveys/answers';
import { clientSurveyToken, clientSurveyUrl } from '@/lib/surveys/links';
import { findInvitation } from '@/lib/surveys/queries';
import { parseSurveyCookie, SURVEY_COOKIE } from '@/lib/surveys/respondent';
import { getSurveyResults, SURVEY_EXPORTED } from '@/lib/surveys/results';
import type { SeedContext } from '@/lib/seed/context';
import { DEMO_SURVEY_SLUG, insertDemoSurvey } from '@/lib/seed/surveys';
import { GET as exportCsv } from '@/app/admin/sondages/[id]/export/route';
import AdminSurveyResultsPage from '@/app/admin/sondages/[id]/resultats/page';
import SurveyPage from '@/app/(public)/sondages/[slug]/page';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

let seed = 9100;
let adminId: string;

async function createAdvertiser(): Promise<string> {
  seed += 1;
  const user = await prisma.user.create({
    data: {
      email: `annonceur.sondage.${seed}@exemple.fr`,
      passwordHash: 'x',
      emailVerifiedAt: new Date(),
      advertiser: {
        create: {
          fullName: 'Alex Roche',
          addressLine: '1 rue des Clefs',
          postalCode: '68000',
          city: 'Colmar',
          communeCode: '68066',
          phone: '+33612345678',
          siret: generateValidSiret(seed),
        },
      },
    },
    select: { id: true },
  });
  return user.id;
}

const QUESTIONS = [
  { kind: 'SINGLE_CHOICE', label: 'Comment nous avez-vous connus ?', choices: ['Moteur de recherche', 'Bouche-à-oreille', 'Autre'] },
  { kind: 'MULTIPLE_CHOICE', label: 'Que cherchez-vous ?', choices: ['Plombier', 'Électricien', 'Jardinier'] },
  { kind: 'SCALE', label: 'Êtes-vous satisfait de la recherche ?', low: 'Pas du tout', high: 'Tout à fait' },
  { kind: 'TEXT', label: 'Une suggestion ?' },
];

function surveyForm(overrides: Record<string, string> = {}) {
  return formData({
    title: 'Votre avis sur le site',
    intro: 'Trois minutes pour nous aider.',
    invitation: 'Aidez-nous à améliorer le site en répondant à quelques questions.',
    audience: 'VISITORS',
    allowAnonymous: 'on',
    questions: JSON.stringify(QUESTIONS),
    ...overrides,
  });
}

/** Runs an action expected to redirect and returns where to. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (/NEXT_REDIRECT/.test(digest)) return digest.split(';')[2];
    throw error;
  }
  throw new Error('expected a redirect');
}

async function createOpenSurvey(overrides: Record<string, string> = {}) {
  await actAs(adminId);
  const location = await redirectOf(() => saveSurveyAction(initialFormState, surveyForm(overrides)));
  const surveyId = location.match(/\/admin\/sondages\/([a-z0-9]+)/)![1];
  await redirectOf(() => setSurveyStatusAction(formData({ surveyId, status: 'OPEN' })));
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: { id: true, slug: true, status: true, questions: { orderBy: { position: 'asc' }, select: { id: true } } },
  });
  actAnonymously();
  return { ...survey, q: survey.questions.map((question) => question.id) };
}

async function clearSurveyCookie() {
  (await cookies()).delete(SURVEY_COOKIE);
}

async function currentCookie() {
  return parseSurveyCookie((await cookies()).get(SURVEY_COOKIE)?.value);
}

async function answer(fields: Record<string, string>): Promise<FormState | string> {
  try {
    return await answerSurveyAction(initialFormState, formData(fields));
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (/NEXT_REDIRECT/.test(digest)) return digest.split(';')[2];
    throw error;
  }
}

beforeAll(async () => {
  const admin = await prisma.user.create({
    data: { email: 'equipe.sondages@exemple.fr', passwordHash: 'x', role: 'ADMIN', emailVerifiedAt: new Date() },
    select: { id: true },
  });
  adminId = admin.id;
});

beforeEach(async () => {
  actAnonymously();
  await clearSurveyCookie();
});

describe('the team’s editor', () => {
  it('saves a draft with its questions in order, then opens and closes it', async () => {
    const survey = await createOpenSurvey();
    const stored = await prisma.survey.findUniqueOrThrow({
      where: { id: survey.id },
      select: { status: true, audience: true, allowAnonymous: true, createdById: true, questions: { orderBy: { position: 'asc' } } },
    });
    expect(stored).toMatchObject({ status: 'OPEN', audience: 'VISITORS', allowAnonymous: true, createdById: adminId });
    expect(stored.questions.map((question) => [question.kind, question.options])).toEqual([
      ['SINGLE_CHOICE', ['Moteur de recherche', 'Bouche-à-oreille', 'Autre']],
      ['MULTIPLE_CHOICE', ['Plombier', 'Électricien', 'Jardinier']],
      ['SCALE', { low: 'Pas du tout', high: 'Tout à fait' }],
      ['TEXT', null],
    ]);

    // Open: the questions can no longer change.
    await actAs(adminId);
    const refused = await saveSurveyAction(initialFormState, surveyForm({ surveyId: survey.id }));
    expect(refused.status).toBe('error');
    expect(refused.message).toMatch(/ne peuvent plus changer/);

    await redirectOf(() => setSurveyStatusAction(formData({ surveyId: survey.id, status: 'CLOSED' })));
    expect(await prisma.survey.findUniqueOrThrow({ where: { id: survey.id }, select: { status: true } })).toEqual({ status: 'CLOSED' });
  });

  it('returns French errors next to each question and keeps what was typed', async () => {
    await actAs(adminId);
    const before = await prisma.survey.count();
    const state = await saveSurveyAction(
      initialFormState,
      surveyForm({
        title: '',
        questions: JSON.stringify([{ kind: 'SINGLE_CHOICE', label: 'Une seule option ?', choices: ['Oui'] }, { kind: 'TEXT', label: '' }]),
      }),
    );
    expect(state.status).toBe('error');
    expect(state.fieldErrors).toMatchObject({
      title: expect.stringMatching(/titre/),
      'questions.0.choices': expect.stringMatching(/deux choix/),
      'questions.1.label': expect.stringMatching(/question/),
    });
    expect(state.values?.invitation).toBe('Aidez-nous à améliorer le site en répondant à quelques questions.');
    expect(await prisma.survey.count()).toBe(before);
  });

  it('is the team’s only: an advertiser gets the 404, an anonymous caller the sign-in page', async () => {
    const before = await prisma.survey.count();
    await actAs(await createAdvertiser());
    await expect(saveSurveyAction(initialFormState, surveyForm())).rejects.toThrow(NOT_FOUND);
    actAnonymously();
    await expect(saveSurveyAction(initialFormState, surveyForm())).rejects.toThrow(REDIRECT);
    await expect(setSurveyStatusAction(formData({ surveyId: 'x', status: 'OPEN' }))).rejects.toThrow(REDIRECT);
    expect(await prisma.survey.count()).toBe(before);
  });
});

describe('answering', () => {
  it('a visitor answers skipping questions, anonymously, once', async () => {
    const survey = await createOpenSurvey();
    const result = await answer({
      surveyId: survey.id,
      [answerFieldName(survey.q[0])]: 'Bouche-à-oreille',
      [answerFieldName(survey.q[1], 0)]: 'on',
      [answerFieldName(survey.q[1], 2)]: 'on',
      // The scale is skipped with « Je préfère ne pas répondre » (an empty value), the text left blank.
      [answerFieldName(survey.q[2])]: '',
      [answerFieldName(survey.q[3])]: '   ',
    });
    expect(result).toBe(`/sondages/${survey.slug}/merci`);

    const responses = await prisma.surveyResponse.findMany({
      where: { surveyId: survey.id },
      select: { userId: true, respondentKey: true, answers: { select: { questionId: true, value: true } } },
    });
    expect(responses).toHaveLength(1);
    expect(responses[0].userId).toBeNull();
    expect(responses[0].respondentKey).toMatch(/^[0-9a-f]{64}$/);
    // The cookie's random id never reaches the database in clear.
    const cookie = await currentCookie();
    expect(responses[0].respondentKey).not.toContain(cookie.respondentId);
    expect(responses[0].answers).toEqual(
      expect.arrayContaining([
        { questionId: survey.q[0], value: 'Bouche-à-oreille' },
        { questionId: survey.q[1], value: ['Plombier', 'Jardinier'] },
      ]),
    );
    expect(responses[0].answers).toHaveLength(2);
    expect(cookie.marks[survey.id]).toEqual({ answered: true });

    // Same browser again (even a forged form): refused politely, nothing stored.
    const again = await answer({ surveyId: survey.id, [answerFieldName(survey.q[2])]: '4' });
    expect(again).toMatchObject({ status: 'error', message: expect.stringMatching(/déjà répondu/) });
    expect(await prisma.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);

    // Another visitor (another cookie) may answer.
    await clearSurveyCookie();
    expect(await answer({ surveyId: survey.id, [answerFieldName(survey.q[2])]: '4' })).toBe(`/sondages/${survey.slug}/merci`);
    expect(await prisma.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(2);
  });

  it('refuses an empty response, a forged choice, a scale outside 1–5 and a closed survey', async () => {
    const survey = await createOpenSurvey();
    expect(await answer({ surveyId: survey.id })).toMatchObject({ status: 'error', message: expect.stringMatching(/aucune question/) });
    const forged = await answer({ surveyId: survey.id, [answerFieldName(survey.q[0])]: 'Publicité', [answerFieldName(survey.q[2])]: '9' });
    expect(forged).toMatchObject({
      status: 'error',
      fieldErrors: {
        [answerFieldName(survey.q[0])]: expect.stringMatching(/n’existe pas/),
        [answerFieldName(survey.q[2])]: expect.stringMatching(/1 à 5/),
      },
    });
    const tooLong = await answer({ surveyId: survey.id, [answerFieldName(survey.q[3])]: 'x'.repeat(2001) });
    expect(tooLong).toMatchObject({ status: 'error', fieldErrors: { [answerFieldName(survey.q[3])]: expect.any(String) } });

    await actAs(adminId);
    await redirectOf(() => setSurveyStatusAction(formData({ surveyId: survey.id, status: 'CLOSED' })));
    actAnonymously();
    expect(await answer({ surveyId: survey.id, [answerFieldName(survey.q[2])]: '3' })).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/clos/),
    });
    expect(await prisma.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(0);
  });

  it('an advertisers’ survey needs an advertiser, who may answer anonymously, but only once', async () => {
    const survey = await createOpenSurvey({ audience: 'ADVERTISERS' });
    const fields = { surveyId: survey.id, [answerFieldName(survey.q[2])]: '5', anonymous: 'on' };
    expect(await answer(fields)).toMatchObject({ status: 'error', message: expect.stringMatching(/connectez-vous/) });

    const advertiser = await createAdvertiser();
    await actAs(advertiser);
    expect(await answer(fields)).toBe(`/sondages/${survey.slug}/merci`);
    const stored = await prisma.surveyResponse.findFirstOrThrow({ where: { surveyId: survey.id }, select: { userId: true } });
    expect(stored.userId).toBeNull();

    // Another browser (no cookie), named this time: still the same person, still refused.
    await clearSurveyCookie();
    const second = await answer({ surveyId: survey.id, [answerFieldName(survey.q[2])]: '1' });
    expect(second).toMatchObject({ status: 'error', message: expect.stringMatching(/déjà répondu/) });
    expect(await prisma.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
  });

  it('keeps the account with the answers when the survey does not allow anonymity', async () => {
    const survey = await createOpenSurvey({ audience: 'ADVERTISERS', allowAnonymous: '' });
    const advertiser = await createAdvertiser();
    await actAs(advertiser);
    expect(await answer({ surveyId: survey.id, [answerFieldName(survey.q[2])]: '2', anonymous: 'on' })).toBe(
      `/sondages/${survey.slug}/merci`,
    );
    expect(await prisma.surveyResponse.findFirstOrThrow({ where: { surveyId: survey.id }, select: { userId: true } })).toEqual({
      userId: advertiser,
    });
  });

  it('a clients’ survey is answered from a signed newsletter link, once per recipient', async () => {
    const survey = await createOpenSurvey({ audience: 'CLIENTS' });
    const fields = { surveyId: survey.id, [answerFieldName(survey.q[3])]: 'Plus de jardiniers en Alsace.' };
    expect(await answer(fields)).toMatchObject({ status: 'error', message: expect.stringMatching(/newsletter/) });

    const token = clientSurveyToken(survey.slug, 'subscription-42');
    expect(clientSurveyUrl(survey.slug, 'subscription-42')).toBe(
      `http://localhost:3000/sondages/${survey.slug}?t=${encodeURIComponent(token)}`,
    );
    // A token for another recipient, re-signed by hand, or for another survey, does not work.
    const [, signature] = token.split('.');
    const forged = `${Buffer.from('subscription-43').toString('base64url')}.${signature}`;
    expect(await answer({ ...fields, t: forged })).toMatchObject({ status: 'error' });
    expect(await answer({ ...fields, t: clientSurveyToken('autre-sondage', 'subscription-42') })).toMatchObject({ status: 'error' });

    expect(await answer({ ...fields, t: token })).toBe(`/sondages/${survey.slug}/merci?t=${encodeURIComponent(token)}`);
    await clearSurveyCookie();
    expect(await answer({ ...fields, t: token })).toMatchObject({ status: 'error', message: expect.stringMatching(/déjà répondu/) });
    expect(await prisma.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
  });
});

describe('the invitation', () => {
  it('shows the newest open survey of the audience until answered, postponed or declined', async () => {
    await prisma.survey.updateMany({ where: { status: 'OPEN' }, data: { status: 'CLOSED' } });
    const survey = await createOpenSurvey();
    const other = await createOpenSurvey({ audience: 'ADVERTISERS' });

    expect(await findInvitation('VISITORS', await currentCookie())).toMatchObject({ surveyId: survey.id, slug: survey.slug });
    expect(await findInvitation('ADVERTISERS', await currentCookie())).toMatchObject({ surveyId: other.id });

    await dismissInvitationAction(formData({ surveyId: survey.id, choice: 'later' }));
    expect(await findInvitation('VISITORS', await currentCookie())).toBeNull();
    // A week later it comes back.
    expect(await findInvitation('VISITORS', await currentCookie(), undefined, Date.now() + 8 * 24 * 3600 * 1000)).not.toBeNull();

    await clearSurveyCookie();
    await dismissInvitationAction(formData({ surveyId: survey.id, choice: 'never' }));
    expect(await findInvitation('VISITORS', await currentCookie())).toBeNull();
    expect(await findInvitation('ADVERTISERS', await currentCookie())).toBeNull();

    await clearSurveyCookie();
    await answer({ surveyId: survey.id, [answerFieldName(survey.q[2])]: '3' });
    expect(await findInvitation('VISITORS', await currentCookie())).toBeNull();

    // A tampered cookie is ignored, not trusted.
    (await cookies()).set(SURVEY_COOKIE, 'not-base64-json');
    expect(await findInvitation('VISITORS', await currentCookie())).toMatchObject({ surveyId: survey.id });
  });
});

describe('results and export', () => {
  it('counts each answer, lists texts, and exports a CSV for French Excel (team only, audited)', async () => {
    const survey = await createOpenSurvey();
    const answers = [
      { [answerFieldName(survey.q[0])]: 'Autre', [answerFieldName(survey.q[2])]: '5', [answerFieldName(survey.q[3])]: '=HYPERLINK("x"); très "bien"' },
      { [answerFieldName(survey.q[0])]: 'Autre', [answerFieldName(survey.q[1], 1)]: 'on' },
      { [answerFieldName(survey.q[2])]: '3' },
    ];
    for (const fields of answers) {
      await clearSurveyCookie();
      expect(await answer({ surveyId: survey.id, ...fields })).toBe(`/sondages/${survey.slug}/merci`);
    }

    const results = await getSurveyResults(survey.id);
    expect(results.responses).toBe(3);
    const [single, multiple, scale, text] = results.questions;
    expect(single).toMatchObject({ answered: 2, counts: [{ label: 'Moteur de recherche', count: 0 }, { label: 'Bouche-à-oreille', count: 0 }, { label: 'Autre', count: 2 }] });
    expect(multiple).toMatchObject({ answered: 1, counts: [{ count: 0 }, { label: 'Électricien', count: 1 }, { count: 0 }] });
    expect(scale.counts.map((entry) => entry.count)).toEqual([0, 0, 1, 0, 1]);
    expect(scale.scale?.average).toBe(4);
    expect(text.texts.map((entry) => entry.text)).toEqual(['=HYPERLINK("x"); très "bien"']);

    const request = new Request(`http://localhost/admin/sondages/${survey.id}/export`);
    const context = { params: Promise.resolve({ id: survey.id }) };
    await actAs(await createAdvertiser());
    expect((await exportCsv(request, context)).status).toBe(404);
    actAnonymously();
    expect((await exportCsv(request, context)).status).toBe(404);

    await actAs(adminId);
    const response = await exportCsv(request, context);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`sondage-${survey.slug}.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Réponse n°;Date;Anonyme;Comment nous avez-vous connus ?;Que cherchez-vous ?;Êtes-vous satisfait de la recherche ?;Une suggestion ?',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^1;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};oui;Autre;;5;"'=HYPERLINK\(""x""\); très ""bien"""$/);
    expect(lines[2]).toMatch(/^2;.*;oui;Autre;Électricien;;$/);
    expect(lines[3]).toMatch(/^3;.*;oui;;;3;$/);

    const audit = await prisma.auditLog.findFirst({ where: { action: SURVEY_EXPORTED, subjectId: survey.id }, select: { actorId: true } });
    expect(audit).toEqual({ actorId: adminId });
  });
});

describe('pages', () => {
  const surveyProps = (slug: string, t?: string) => ({
    params: Promise.resolve({ slug }),
    searchParams: Promise.resolve(t ? { t } : {}),
  });

  it('shows the form, then « déjà répondu »; drafts do not exist; each audience gets its explanation', async () => {
    const survey = await createOpenSurvey();
    const before = JSON.stringify(await SurveyPage(surveyProps(survey.slug)));
    expect(before).toContain('Toutes les questions sont facultatives');
    expect(before).toContain(survey.q[0]);
    await answer({ surveyId: survey.id, [answerFieldName(survey.q[2])]: '4' });
    const after = JSON.stringify(await SurveyPage(surveyProps(survey.slug)));
    expect(after).toContain('Vous avez déjà répondu');
    expect(after).not.toContain('Toutes les questions sont facultatives');

    await actAs(adminId);
    const draftLocation = await redirectOf(() => saveSurveyAction(initialFormState, surveyForm()));
    const draft = await prisma.survey.findUniqueOrThrow({
      where: { id: draftLocation.match(/\/admin\/sondages\/([a-z0-9]+)/)![1] },
      select: { slug: true },
    });
    actAnonymously();
    await expect(SurveyPage(surveyProps(draft.slug))).rejects.toThrow(NOT_FOUND);

    const forAdvertisers = await createOpenSurvey({ audience: 'ADVERTISERS' });
    expect(JSON.stringify(await SurveyPage(surveyProps(forAdvertisers.slug)))).toContain('Sondage réservé aux annonceurs');
    const forClients = await createOpenSurvey({ audience: 'CLIENTS' });
    expect(JSON.stringify(await SurveyPage(surveyProps(forClients.slug)))).toContain('Sondage réservé aux abonnés');
    const withLink = JSON.stringify(await SurveyPage(surveyProps(forClients.slug, clientSurveyToken(forClients.slug, 'r-1'))));
    expect(withLink).toContain('Toutes les questions sont facultatives');
  });

  it('shows results to the team only', async () => {
    const survey = await createOpenSurvey();
    const props = { params: Promise.resolve({ id: survey.id }) };
    await actAs(await createAdvertiser());
    await expect(AdminSurveyResultsPage(props)).rejects.toThrow(NOT_FOUND);
    actAnonymously();
    await expect(AdminSurveyResultsPage(props)).rejects.toThrow(REDIRECT);
    await actAs(adminId);
    expect(JSON.stringify(await AdminSurveyResultsPage(props))).toContain('Pas encore de réponse');
  });
});

describe('demo data', () => {
  it('seeds one open survey for visitors, whose invitation shows', async () => {
    await prisma.survey.updateMany({ where: { status: 'OPEN' }, data: { status: 'CLOSED' } });
    await prisma.$transaction((db) => insertDemoSurvey(db, { now: new Date() } as SeedContext));
    const invitation = await findInvitation('VISITORS', await currentCookie());
    expect(invitation).toMatchObject({ slug: DEMO_SURVEY_SLUG, title: 'Votre avis sur le site' });
    const questions = await prisma.surveyQuestion.findMany({ where: { surveyId: invitation!.surveyId }, select: { kind: true } });
    expect(questions.map((question) => question.kind).sort()).toEqual(['MULTIPLE_CHOICE', 'SCALE', 'SINGLE_CHOICE', 'TEXT']);
  });
});
