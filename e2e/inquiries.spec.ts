// Journeys: a visitor sends an inquiry from a public listing, the advertiser is told by e-mail (demo
// mailbox), reads it in their space and answers, and the answer reaches the visitor by e-mail; a
// message carrying a card number is refused with the text kept, ordinary numbers pass.
import type { Page } from '@playwright/test';
import { DEMO_ADVERTISER } from '../lib/seed/demo-accounts';
import { expect, test } from './fixtures';

const LISTING = `/annonce/${DEMO_ADVERTISER.listingSlug}`;
/** The form refuses what is sent less than 3 s after the page was served (anti-spam, no CAPTCHA). */
const HUMAN_TYPING_DELAY_MS = 3_500;

async function fillInquiry(page: Page, fields: { name: string; email: string; message: string }) {
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Envoyer la demande' }) });
  await form.getByLabel('Nom', { exact: true }).fill(fields.name);
  await form.getByLabel('E-mail', { exact: true }).fill(fields.email);
  await form.getByLabel('Message', { exact: true }).fill(fields.message);
  await form.getByLabel(/J’accepte la charte de confidentialité/).check();
  return form;
}

/** Opens the newest demo e-mail to `to` with this subject and returns its HTML frame. */
async function openEmail(page: Page, to: string, subject: RegExp) {
  await page.goto('/dev/emails');
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  return page.frameLocator('iframe');
}

test('a visitor’s inquiry reaches the advertiser, who reads it and answers by e-mail', async ({ page, visit, browser }) => {
  test.slow();
  const unique = Date.now();
  const visitorEmail = `julie.bernard.${unique}@exemple.fr`;
  const message = `Bonjour, j’ai une fuite sous l’évier (réf. ${unique}). Pouvez-vous passer cette semaine ?`;

  await visit(LISTING);
  await expect(page.getByText(/ne seront visibles que par cet annonceur/)).toBeVisible();
  const form = await fillInquiry(page, { name: 'Julie Bernard', email: visitorEmail, message });
  await page.waitForTimeout(HUMAN_TYPING_DELAY_MS);
  await form.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(form.getByRole('status')).toContainText('Votre demande est envoyée');

  // The advertiser's e-mail links to the inquiry and never contains the message itself.
  const notification = await openEmail(page, DEMO_ADVERTISER.email, /Nouvelle demande de Julie Bernard/);
  await expect(notification.locator('body')).not.toContainText(String(unique));
  const href = await notification.getByRole('link', { name: 'Lire la demande' }).getAttribute('href');
  const inquiryPath = new URL(href!).pathname;
  // The visitor got an acknowledgement.
  await page.goto('/dev/emails');
  await expect(page.getByRole('row').filter({ hasText: visitorEmail }).first()).toBeVisible();

  const advertiser = await (await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'fr-FR' })).newPage();
  await advertiser.goto(`/connexion?next=${encodeURIComponent(inquiryPath)}`);
  await advertiser.getByLabel('E-mail', { exact: true }).fill(DEMO_ADVERTISER.email);
  await advertiser.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADVERTISER.password);
  await advertiser.getByRole('button', { name: 'Se connecter' }).click();
  await expect(advertiser).toHaveURL(new RegExp(`${inquiryPath}$`));
  await expect(advertiser.getByRole('link', { name: /Demandes.*non lues?/ })).toBeVisible();
  await expect(advertiser.getByText(message)).toBeVisible();

  const answer = `Bonjour Julie, je peux passer jeudi matin (réponse ${unique}).`;
  await advertiser.getByLabel('Votre réponse').fill(answer);
  await advertiser.getByRole('button', { name: 'Répondre' }).click();
  await expect(advertiser.getByText(/Votre réponse est envoyée par e-mail/)).toBeVisible();
  await advertiser.context().close();

  const reply = await openEmail(page, visitorEmail, /Réponse de .* à votre demande/);
  await expect(reply.locator('body')).toContainText(answer);
});

test('a card number in the message is refused with the text kept; phone numbers and a SIRET pass', async ({ page, visit }) => {
  const unique = Date.now();
  await visit(LISTING);
  const withCard = `Je vous règle d’avance, ma carte : 4970 1012 3456 7893 (réf. ${unique}).`;
  const form = await fillInquiry(page, { name: 'Marc Petit', email: `marc.petit.${unique}@exemple.fr`, message: withCard });
  await page.waitForTimeout(HUMAN_TYPING_DELAY_MS);
  await form.getByRole('button', { name: 'Envoyer la demande' }).click();
  const messageField = form.getByLabel('Message', { exact: true });
  await expect(messageField).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(/numéro de carte bancaire/)).toBeVisible();
  await expect(messageField).toHaveValue(withCard);

  await messageField.fill(`Rappelez-moi au 06 12 34 56 78 ; mon SIRET est 732 829 320 00074 (réf. ${unique}).`);
  await form.getByLabel(/J’accepte la charte de confidentialité/).check();
  await form.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(form.getByRole('status')).toContainText('Votre demande est envoyée');
});
