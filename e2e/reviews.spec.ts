// Journey: the demo advertiser generates a review code for a client's e-mail → the invitation is in the
// demo mailbox → the client follows its link, writes a 5-star review and asks for the newsletter → the
// review is on the listing with « Avis vérifié » → the same code is refused with the generic message →
// the newsletter confirmation link activates the subscription → the advertiser replies, and the reply
// shows on the listing.
import type { Browser, Page } from '@playwright/test';
import { DEMO_ADVERTISER } from '../lib/seed/demo-accounts';
import { expect, expectAccessible, test } from './fixtures';

const LISTING = `/annonce/${DEMO_ADVERTISER.listingSlug}`;
const INVALID_CODE = 'Ce code n’est pas valable. Vérifiez-le auprès du professionnel qui vous l’a remis.';

/** Opens the newest demo e-mail to `to` with this subject and returns its HTML frame. */
async function openEmail(page: Page, to: string, subject: RegExp) {
  await page.goto('/dev/emails');
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  return page.frameLocator('iframe');
}

async function signInAsDemoAdvertiser(browser: Browser, origin: string, next: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: origin, locale: 'fr-FR' })).newPage();
  await page.goto(`/connexion?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(DEMO_ADVERTISER.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADVERTISER.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  return page;
}

test('a client reviews with the code e-mailed by the advertiser, who then replies', async ({ page, visit, browser, baseURL }) => {
  test.slow();
  const unique = Date.now();
  const clientEmail = `lea.client.${unique}@exemple.fr`;
  const origin = baseURL!;

  // The advertiser issues a code for the client's e-mail: shown once, and sent.
  const advertiser = await signInAsDemoAdvertiser(browser, origin, '/espace/codes');
  await advertiser.getByLabel('Nom du client').fill(`Léa Client ${unique}`);
  await advertiser.getByLabel('E-mail du client').fill(clientEmail);
  await advertiser.getByRole('button', { name: 'Créer le code' }).click();
  const issueForm = advertiser.locator('form', { has: advertiser.getByRole('button', { name: 'Créer le code' }) });
  await expect(issueForm.getByRole('status')).toContainText(`envoyé par e-mail à ${clientEmail}`);
  const shownCode = (await advertiser.getByTestId('code-evaluation').first().textContent())!.trim();
  expect(shownCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await advertiser.reload();
  await expect(advertiser.getByText(shownCode)).toHaveCount(0);
  await expect(advertiser.getByRole('row').filter({ hasText: `Léa Client ${unique}` })).toContainText('Non utilisé');

  // The client opens the invitation's link.
  const invitation = await openEmail(page, clientEmail, /vous invite à donner votre avis/);
  await expect(invitation.locator('body')).toContainText(shownCode);
  const href = await invitation.getByRole('link', { name: 'Donner mon avis' }).getAttribute('href');
  const link = new URL(href!);
  expect(link.searchParams.get('code')).toBe(shownCode);
  await visit(`${link.pathname}${link.search}`);
  await expect(page.getByLabel('Code d’évaluation')).toHaveValue(shownCode);
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('main').getByRole('heading', { name: /^Votre avis sur «/ })).toBeVisible();
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Publier mon avis' }) });
  await form.locator('label', { hasText: '5 étoiles sur 5' }).click();
  await expect(form.getByRole('radio', { name: /5 étoiles sur 5/ })).toBeChecked();
  await form.getByLabel('Titre', { exact: true }).fill('Dépannage rapide et soigné');
  const body = `Fuite réparée dans l’heure, travail propre et prix annoncé respecté (réf. ${unique}).`;
  await form.getByLabel('Votre avis', { exact: true }).fill(body);
  await form.getByLabel('Prénom', { exact: true }).fill('Léa');
  await form.getByLabel('Nom', { exact: true }).fill('Client');
  await form.getByLabel('E-mail', { exact: true }).fill(clientEmail);
  await form.getByLabel('Je souhaite recevoir la newsletter Clients').check();
  await form.getByLabel(/J’accepte la charte de confidentialité/).check();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Publier mon avis' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Merci, votre avis est publié');

  // On the listing, with « Avis vérifié » and both dates.
  await visit(LISTING);
  const review = page.locator('article').filter({ hasText: body });
  await expect(review).toBeVisible();
  await expect(review.getByRole('heading', { name: 'Léa C.' })).toBeVisible();
  await expect(review.getByRole('link', { name: /Avis vérifié/ })).toHaveAttribute('href', '/avis-verifies');
  await expect(review).toContainText(/Avis du .* · expérience du /);
  await expect(page.getByRole('combobox', { name: 'Trier par' })).toBeVisible();

  // The same code again: the generic answer.
  await visit(`/avis?code=${shownCode}`);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(INVALID_CODE);

  // The newsletter counts only after the confirmation link.
  const confirmation = await openEmail(page, clientEmail, /Confirmez votre inscription/);
  const confirmHref = await confirmation.getByRole('link', { name: 'Confirmer mon inscription' }).getAttribute('href');
  const confirmUrl = new URL(confirmHref!);
  await visit(`${confirmUrl.pathname}${confirmUrl.search}`);
  await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('votre inscription à la newsletter est confirmée');

  // The advertiser replies; the reply is public.
  await advertiser.goto('/espace/avis');
  const mine = advertiser.locator('article').filter({ hasText: body });
  const reply = `Merci Léa, ravie d’avoir pu vous dépanner (réponse ${unique}).`;
  await mine.getByLabel('Votre réponse publique').fill(reply);
  await mine.getByRole('button', { name: 'Publier la réponse' }).click();
  await expect(mine.getByRole('status')).toContainText('Votre réponse est publiée');
  await advertiser.context().close();

  await visit(LISTING);
  const answered = page.locator('article').filter({ hasText: body });
  await expect(answered).toContainText('Réponse du professionnel');
  await expect(answered).toContainText(reply);
});
