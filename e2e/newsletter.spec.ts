// Journey: two clients sign up for the « Clients » newsletter and confirm through the e-mailed link (demo
// mailbox); the team writes a newsletter to « Clients », sends a test, sends it and watches it go out;
// the demo mailbox shows it with a working unsubscribe link and RFC 8058 headers; the one-click POST
// unsubscribes; the next send skips that address.
import type { Page } from '@playwright/test';
import { DEMO_ADMIN } from '../lib/seed/demo-accounts';
import { expect, test } from './fixtures';

/** Opens the newest demo e-mail to `to` whose subject matches, and returns the page's e-mail frame. */
async function openEmail(page: Page, to: string, subject: RegExp) {
  await page.goto('/dev/emails');
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  return page.frameLocator('iframe');
}

async function signUpAndConfirm(page: Page, visit: (path: string) => Promise<void>, email: string) {
  await visit('/newsletter');
  await page.getByLabel('Votre adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'M’inscrire' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('un e-mail de confirmation');
  const confirmation = await openEmail(page, email, /Confirmez votre inscription/);
  const href = new URL((await confirmation.getByRole('link', { name: 'Confirmer mon inscription' }).getAttribute('href'))!);
  await page.goto(href.pathname + href.search);
  await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('est confirmée');
}

async function writeAndSend(page: Page, visit: (path: string) => Promise<void>, subject: string) {
  await visit('/admin/newsletters/nouvelle');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Créer le brouillon' }) });
  const list = form.getByLabel('Liste destinataire');
  const clientsValue = await list.locator('option', { hasText: /^Clients/ }).getAttribute('value');
  await list.selectOption(clientsValue!);
  await form.getByLabel('Objet').fill(subject);
  await form.getByLabel(/Texte d’aperçu/).fill('Trois nouveaux métiers près de chez vous');
  await form.getByLabel('Contenu (Markdown)').fill('# Bonjour\n\nVoici **les nouveautés** du mois, près de chez vous.');
  await form.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page).toHaveURL(/\/admin\/newsletters\/(?!nouvelle$)[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
}

async function sendNow(page: Page) {
  await page.getByRole('button', { name: 'Envoyer maintenant…' }).click();
  await expect(page.getByText(/Envoyer maintenant à \d+\s+abonnés? de la liste «\s*Clients\s*»/)).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer l’envoi' }).click();
  // The page refreshes itself while the worker sends; the badge says when it is done.
  await expect(page.getByText('Envoyée', { exact: true })).toBeVisible({ timeout: 60_000 });
}

test('the team sends a newsletter to « Clients », and one click unsubscribes from it', async ({ page, visit }) => {
  test.slow();
  const unique = Date.now();
  const clientEmail = `client.lettre.${unique}@exemple.fr`;
  const stayingEmail = `client.fidele.${unique}@exemple.fr`;

  // Two clients sign up on the public form and confirm from the e-mail; the second one stays.
  await signUpAndConfirm(page, visit, clientEmail);
  await signUpAndConfirm(page, visit, stayingEmail);

  // The team writes to « Clients », sends itself a test, then sends it.
  await page.goto('/connexion?next=%2Fadmin%2Fnewsletters');
  await page.getByLabel('E-mail', { exact: true }).fill(DEMO_ADMIN.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/admin\/newsletters$/);
  await visit('/admin/newsletters');

  const subject = `Les nouveautés ${unique}`;
  // The draft's page is not run through axe: its previews are sandboxed frames axe cannot enter.
  await writeAndSend(page, visit, subject);
  await expect(page.getByTitle(/Aperçu de .*Ordinateur/)).toBeVisible();
  await expect(page.getByTitle(/Aperçu de .*Téléphone/)).toBeVisible();
  await page.getByRole('button', { name: 'M’envoyer un test' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Test envoyé à ${DEMO_ADMIN.email}` })).toBeVisible();
  await sendNow(page);
  await expect(page.getByText(/\d+ envoyés sur \d+/)).toBeVisible();

  // The test reached the admin; the newsletter reached the client, with a working unsubscribe link.
  await page.goto('/dev/emails');
  await expect(page.getByRole('row').filter({ hasText: DEMO_ADMIN.email }).filter({ hasText: `[Test] ${subject}` }).first()).toBeVisible();
  const newsletter = await openEmail(page, clientEmail, new RegExp(subject));
  await expect(page.getByText('List-Unsubscribe=One-Click')).toBeVisible();
  const header = await page.locator('dd').filter({ hasText: /\/api\/newsletter\/unsubscribe\?token=/ }).first().textContent();
  const oneClickUrl = /<(https?:\/\/[^>]+\/api\/newsletter\/unsubscribe\?token=[^>]+)>/.exec(header ?? '')![1]!;
  await expect(newsletter.getByText('les nouveautés')).toBeVisible();
  const unsubscribeHref = await newsletter.getByRole('link', { name: 'Se désinscrire en un clic' }).getAttribute('href');
  const preferencesPath = new URL(unsubscribeHref!).pathname + new URL(unsubscribeHref!).search;
  await visit(preferencesPath);
  await expect(page.getByText(clientEmail)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Me désinscrire de «\u00a0Clients\u00a0»' })).toBeVisible();

  // The mailbox provider's one-click POST: no cookie, no token but the link's own, no redirect.
  const oneClick = new URL(oneClickUrl);
  const response = await page.request.post(oneClick.pathname + oneClick.search, {
    form: { 'List-Unsubscribe': 'One-Click' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  await page.goto(preferencesPath);
  await expect(page.getByRole('button', { name: 'Me réabonner à «\u00a0Clients\u00a0»' })).toBeVisible();

  // The next newsletter skips that address.
  const nextSubject = `La suite ${unique}`;
  await page.goto('/admin/newsletters');
  await writeAndSend(page, visit, nextSubject);
  await sendNow(page);
  await page.goto('/dev/emails');
  await expect(page.getByRole('row').filter({ hasText: clientEmail }).filter({ hasText: subject }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: stayingEmail }).filter({ hasText: nextSubject }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: clientEmail }).filter({ hasText: nextSubject })).toHaveCount(0);
});
