// The contact form on real PostgreSQL: one outbox e-mail to CONTACT_EMAIL whose Reply-To is the sender,
// nothing else stored; robots (honeypot, too fast, forged form) and floods are refused or ignored.
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('@/lib/auth/next-auth', () => require('@/test/support/next-auth-mock'));
jest.mock('next/headers', () => require('@/test/support/next-headers-mock'));
jest.mock('next/cache', () => require('@/test/support/next-cache-mock'));
/* eslint-enable @typescript-eslint/no-require-imports */

import { prisma } from '@/lib/db/client';
import { renderStoredEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import { sendContactAction } from '@/lib/contact/actions';
import { CONTACT_FORM_ID, CONTACT_SENT_MESSAGE } from '@/lib/contact/send';
import { initialFormState } from '@/lib/forms/form-state';
import { issueFormToken } from '@/lib/inquiries/anti-spam';
import { actAnonymously, formData, mockCookie } from '@/test/support/acting-as';

jest.setTimeout(60_000);

let counter = 0;

function send(overrides: Record<string, string> = {}) {
  counter += 1;
  mockCookie.headers['x-forwarded-for'] = `203.0.113.${counter}`;
  return sendContactAction(
    initialFormState,
    formData({
      name: 'Julie Petit',
      email: `julie.${counter}@exemple.fr`,
      subject: 'Question sur les avis',
      message: 'Bonjour, comment fonctionnent les codes d’avis ? Merci.',
      formToken: issueFormToken(CONTACT_FORM_ID, new Date(Date.now() - 10_000)),
      website: '',
      ...overrides,
    }),
  );
}

beforeEach(async () => {
  actAnonymously();
  await prisma.emailOutbox.deleteMany();
  await prisma.rateLimitCounter.deleteMany();
});

it('sends the message to the team through the outbox, with Reply-To the sender', async () => {
  const state = await send({ email: 'julie.petit@exemple.fr' });
  expect(state).toEqual({ status: 'success', message: CONTACT_SENT_MESSAGE });
  const [row] = await prisma.emailOutbox.findMany();
  expect(row).toMatchObject({ to: env().CONTACT_EMAIL, template: 'contact-message', category: 'TRANSACTIONAL' });
  expect(row.headers).toMatchObject({ 'Reply-To': 'julie.petit@exemple.fr' });
  expect(row.subject).toBe('[Contact] Question sur les avis');
  const { text } = await renderStoredEmail(row.template, row.props);
  expect(text).toContain('comment fonctionnent les codes d’avis');
  expect(text).toContain('julie.petit@exemple.fr');
});

it('refuses incomplete messages with French messages next to the fields, keeping what was typed', async () => {
  const state = await send({ name: '', email: 'pas-une-adresse', subject: '', message: 'Court' });
  expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'message', 'name', 'subject']);
  expect(state.values?.message).toBe('Court');
  expect(await prisma.emailOutbox.count()).toBe(0);
});

it('ignores a robot filling the honeypot (same answer), and refuses forged or too fast forms', async () => {
  expect(await send({ website: 'http://spam.example' })).toEqual({ status: 'success', message: CONTACT_SENT_MESSAGE });
  expect((await send({ formToken: 'forge.abc' })).message).toMatch(/plus valable/);
  expect((await send({ formToken: issueFormToken(CONTACT_FORM_ID) })).message).toMatch(/très vite/);
  expect((await send({ formToken: issueFormToken('autre-formulaire', new Date(Date.now() - 10_000)) })).message).toMatch(/plus valable/);
  expect(await prisma.emailOutbox.count()).toBe(0);
});

it('limits messages per address', async () => {
  mockCookie.headers['x-forwarded-for'] = '192.0.2.9';
  const fromOneIp = () =>
    sendContactAction(
      initialFormState,
      formData({
        name: 'Flood',
        email: `flood.${Math.random()}@exemple.fr`,
        subject: 'Encore',
        message: 'Un message de plus pour tester la limite.',
        formToken: issueFormToken(CONTACT_FORM_ID, new Date(Date.now() - 10_000)),
      }),
    );
  for (let i = 0; i < 5; i += 1) expect((await fromOneIp()).status).toBe('success');
  expect((await fromOneIp()).message).toMatch(/Trop de messages/);
  expect(await prisma.emailOutbox.count()).toBe(5);
});
