// The composer's actions on real PostgreSQL: only the team can use them; a draft is saved with French
// errors that keep what was typed; a test goes to the team member through the outbox; scheduling reads
// Paris time; « Envoyer maintenant » schedules for now and the workers' fan-out takes it from there;
// content is frozen once the issue has left the draft state. The pages render for the team only.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
// A client component that needs the browser's app router; the page's server side is what is tested.
jest.mock('@/components/newsletters/auto-refresh', () => ({ AutoRefresh: () => null }));
/* eslint-enable @typescript-eslint/no-require-imports */

import { renderToStaticMarkup } from 'react-dom/server';
import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { initialFormState } from '@/lib/forms/form-state';
import { stopBoss } from '@/lib/jobs/boss';
import {
  saveIssueAction,
  scheduleIssueAction,
  sendNowAction,
  sendTestAction,
  unscheduleIssueAction,
} from '@/lib/newsletters/admin-actions';
import { NEWSLETTER_LISTS } from '@/lib/newsletters/lists';
import { fanOutIssue } from '@/lib/newsletters/sending';
import IssuePage from '@/app/admin/newsletters/[id]/page';
import NewslettersPage from '@/app/admin/newsletters/page';
import { actAnonymously, actAs, formData, NOT_FOUND, REDIRECT } from '@/test/support/acting-as';

let adminId: string;
let advertiserUserId: string;
let clientsId: string;

beforeAll(async () => {
  clientsId = (await prisma.newsletterList.create({ data: NEWSLETTER_LISTS[1] })).id;
  await prisma.newsletterList.create({ data: NEWSLETTER_LISTS[0] });
  adminId = (await prisma.user.create({ data: { email: 'equipe.lettres@exemple.fr', passwordHash: 'x', role: 'ADMIN' } })).id;
  advertiserUserId = (await prisma.user.create({ data: { email: 'pro.lettres@exemple.fr', passwordHash: 'x' } })).id;
  await prisma.newsletterSubscription.createMany({
    data: ['a', 'b', 'c'].map((name) => ({
      listId: clientsId,
      email: `${name}.lecteur@exemple.fr`,
      state: 'SUBSCRIBED' as const,
      confirmedAt: new Date(),
      unsubscribeTokenHash: `c-${name}`,
    })),
  });
});

afterAll(async () => {
  await stopBoss();
});

beforeEach(() => actAnonymously());

const draftFields = (overrides: Record<string, string> = {}): Record<string, string> => ({
  issueId: '',
  listId: clientsId,
  subject: 'Les nouveautés de décembre',
  preheader: 'Des idées de cadeaux chez les pros près de chez vous',
  bodyMarkdown: '# Bonjour\n\nVoici **les nouveautés** du mois.',
  commercial: 'on',
  ...overrides,
});

async function createDraft(): Promise<string> {
  await expect(saveIssueAction(initialFormState, formData(draftFields()))).rejects.toThrow(REDIRECT);
  const issue = await prisma.newsletterIssue.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  return issue.id;
}

it('is for the team only: others are turned away and nothing is written', async () => {
  await expect(saveIssueAction(initialFormState, formData(draftFields()))).rejects.toThrow(REDIRECT);
  await actAs(advertiserUserId);
  await expect(saveIssueAction(initialFormState, formData(draftFields()))).rejects.toThrow(NOT_FOUND);
  await expect(NewslettersPage()).rejects.toThrow(NOT_FOUND);
  expect(await prisma.newsletterIssue.count()).toBe(0);
});

it('saves a draft, with French errors that keep what was typed', async () => {
  await actAs(adminId);
  const refused = await saveIssueAction(initialFormState, formData(draftFields({ subject: 'x', bodyMarkdown: 'court' })));
  expect(refused.status).toBe('error');
  expect(refused.fieldErrors?.subject).toMatch(/au moins 3 caractères/);
  expect(refused.fieldErrors?.bodyMarkdown).toMatch(/au moins 20 caractères/);
  expect(refused.values?.preheader).toBe('Des idées de cadeaux chez les pros près de chez vous');
  expect(await prisma.newsletterIssue.count()).toBe(0);

  const id = await createDraft();
  expect(await prisma.newsletterIssue.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: 'DRAFT',
    isCommercial: true,
    createdById: adminId,
  });
  // An unticked checkbox is not sent at all.
  const fields = draftFields({ issueId: id, subject: 'Nouveautés (v2)' });
  delete fields.commercial;
  const edited = await saveIssueAction(initialFormState, formData(fields));
  expect(edited.status).toBe('success');
  expect(await prisma.newsletterIssue.findUniqueOrThrow({ where: { id } })).toMatchObject({ subject: 'Nouveautés (v2)', isCommercial: false });

  // The page: the audience, the previews at two widths.
  const html = renderToStaticMarkup(await IssuePage({ params: Promise.resolve({ id }) }));
  expect(html).toContain('3 abonnés confirmés');
  expect(html).toContain('Ordinateur (600 px)');
  expect(html).toContain('Téléphone (360 px)');
  expect(html).toContain('width:600px');
  expect(html).toContain('width:360px');
});

it('sends a test to the team member, marked as a test', async () => {
  await actAs(adminId);
  const id = await createDraft();
  const result = await sendTestAction(initialFormState, formData({ issueId: id }));
  expect(result).toMatchObject({ status: 'success', message: 'Test envoyé à equipe.lettres@exemple.fr.' });
  const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: 'equipe.lettres@exemple.fr', template: 'newsletter' } });
  expect(mail).toMatchObject({ subject: '[Test] Les nouveautés de décembre', category: 'NEWSLETTER', status: 'PENDING' });
  const { html } = await renderStoredEmail(mail.template, mail.props);
  expect(html).toContain('Message de test');
  expect(html).toContain('<strong>les nouveautés</strong>');
});

it('schedules in Paris time, unschedules, and freezes the content once scheduled', async () => {
  await actAs(adminId);
  const id = await createDraft();
  const past = await scheduleIssueAction(initialFormState, formData({ issueId: id, scheduledAt: '2020-01-01T09:00' }));
  expect(past.fieldErrors?.scheduledAt).toMatch(/moment à venir/);

  const next = new Date().getUTCFullYear() + 1;
  const result = await scheduleIssueAction(initialFormState, formData({ issueId: id, scheduledAt: `${next}-07-01T09:30` }));
  expect(result.status).toBe('success');
  // 09:30 in Paris in July is 07:30 UTC (summer time).
  expect((await prisma.newsletterIssue.findUniqueOrThrow({ where: { id } })).scheduledAt).toEqual(new Date(`${next}-07-01T07:30:00Z`));

  const frozen = await saveIssueAction(initialFormState, formData(draftFields({ issueId: id, subject: 'Changé' })));
  expect(frozen.status).toBe('error');
  expect((await prisma.newsletterIssue.findUniqueOrThrow({ where: { id } })).subject).toBe('Les nouveautés de décembre');

  expect((await unscheduleIssueAction(initialFormState, formData({ issueId: id }))).status).toBe('success');
  expect(await prisma.newsletterIssue.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', scheduledAt: null });
});

it('« Envoyer maintenant » schedules for now; the fan-out then writes the audience and the page shows progress', async () => {
  await actAs(adminId);
  const id = await createDraft();
  await expect(sendNowAction(initialFormState, formData({ issueId: id }))).rejects.toThrow(REDIRECT);
  const issue = await prisma.newsletterIssue.findUniqueOrThrow({ where: { id } });
  expect(issue.status).toBe('SCHEDULED');
  expect(issue.scheduledAt!.getTime()).toBeLessThanOrEqual(Date.now());
  // Sending twice is refused: it is no longer a draft.
  expect((await sendNowAction(initialFormState, formData({ issueId: id }))).status).toBe('error');
  // The action asked the job queue for a fan-out; this test runs it itself, without a worker.
  await stopBoss();

  await fanOutIssue(id);
  const html = renderToStaticMarkup(await IssuePage({ params: Promise.resolve({ id }) }));
  expect(html).toContain('Envoi en cours');
  expect(html).toContain('0 envoyés sur 3');
});
