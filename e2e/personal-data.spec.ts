// Journey (issue 8 acceptance): a client without an account writes a review with a code the advertiser
// e-mailed, then uses /mes-donnees: the link arrives in the demo mailbox, the download holds their
// review as JSON, and « Supprimer mes données » leaves the review on the listing as « Client anonymisé ».
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { DEMO_ADVERTISER } from '../lib/seed/demo-accounts';
import { expect, test } from './fixtures';

const LISTING = `/annonce/${DEMO_ADVERTISER.listingSlug}`;

/** Opens the newest demo e-mail to `to` with this subject and returns its HTML frame. */
async function openEmail(page: Page, to: string, subject: RegExp) {
  await page.goto('/dev/emails');
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  return page.frameLocator('iframe');
}

/** The advertiser e-mails a review code to the client; returns the link of the invitation. */
async function issueCode(browser: Browser, origin: string, clientName: string, clientEmail: string) {
  const advertiser = await (await browser.newContext({ baseURL: origin, locale: 'fr-FR' })).newPage();
  await advertiser.goto(`/connexion?next=${encodeURIComponent('/espace/codes')}`);
  await advertiser.getByLabel('E-mail', { exact: true }).fill(DEMO_ADVERTISER.email);
  await advertiser.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADVERTISER.password);
  await advertiser.getByRole('button', { name: 'Se connecter' }).click();
  await expect(advertiser).toHaveURL(/\/espace\/codes$/);
  await advertiser.getByLabel('Nom du client').fill(clientName);
  await advertiser.getByLabel('E-mail du client').fill(clientEmail);
  await advertiser.getByRole('button', { name: 'Créer le code' }).click();
  const issueForm = advertiser.locator('form', { has: advertiser.getByRole('button', { name: 'Créer le code' }) });
  await expect(issueForm.getByRole('status')).toContainText(`envoyé par e-mail à ${clientEmail}`);
  await advertiser.context().close();
}

test('a client without an account downloads their data, then deletes it: their review is anonymised', async ({
  page,
  visit,
  browser,
  baseURL,
}) => {
  test.slow();
  const unique = Date.now();
  const clientEmail = `nina.donnees.${unique}@exemple.fr`;
  const body = `Chauffe-eau remplacé en une matinée, chantier laissé propre (réf. ${unique}).`;

  // A real review, through the code the advertiser e-mailed.
  await issueCode(browser, baseURL!, `Nina Donnees ${unique}`, clientEmail);
  const invitation = await openEmail(page, clientEmail, /vous invite à donner votre avis/);
  const invitationUrl = new URL((await invitation.getByRole('link', { name: 'Donner mon avis' }).getAttribute('href'))!);
  await page.goto(`${invitationUrl.pathname}${invitationUrl.search}`);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.locator('label', { hasText: '4 étoiles sur 5' }).click();
  await page.getByLabel('Titre', { exact: true }).fill('Travail soigné');
  await page.getByLabel('Votre avis', { exact: true }).fill(body);
  await page.getByLabel('Prénom', { exact: true }).fill('Nina');
  await page.getByLabel('Nom', { exact: true }).fill('Donnees');
  await page.getByLabel('E-mail', { exact: true }).fill(clientEmail);
  await page.getByLabel(/J’accepte la charte de confidentialité/).check();
  await page.getByRole('button', { name: 'Publier mon avis' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Merci, votre avis est publié');

  // /mes-donnees: the same answer as for any address, and a link by e-mail.
  await visit('/mes-donnees');
  await page.getByLabel('Votre adresse e-mail').fill(clientEmail);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Si des données sont liées à cette adresse, un lien vient d’y être envoyé');

  const accessEmail = await openEmail(page, clientEmail, /Accès à vos données personnelles/);
  const accessUrl = new URL((await accessEmail.getByRole('link', { name: 'Accéder à mes données' }).getAttribute('href'))!);
  expect(accessUrl.pathname).toBe('/mes-donnees/acces');
  await visit(`${accessUrl.pathname}${accessUrl.search}`);
  await page.getByRole('button', { name: 'Accéder à mes données' }).click();
  await expect(page).toHaveURL(/\/mes-donnees\/espace$/);
  await expect(page.getByText(clientEmail)).toBeVisible();
  await visit('/mes-donnees/espace');

  // The link served once.
  const reused = await browser.newPage({ baseURL: baseURL! });
  await reused.goto(`${accessUrl.pathname}${accessUrl.search}`);
  await expect(reused.getByRole('heading', { name: 'Lien expiré' })).toBeVisible();
  await reused.close();

  // « Télécharger mes données »: a JSON file with the review.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger mes données' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^jauto-entreprends-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(data.email).toBe(clientEmail);
  expect(data.reviews).toEqual([expect.objectContaining({ body, authorEmail: clientEmail, rating: 4 })]);
  expect(data.charterAcceptances.length).toBeGreaterThanOrEqual(1);

  // « Supprimer mes données »: confirmation required.
  await page.getByRole('button', { name: 'Supprimer mes données' }).click();
  await expect(page.getByText('Cochez la case pour confirmer la suppression.')).toBeVisible();
  await page.getByLabel(/Je comprends que la suppression est définitive/).check();
  await page.getByRole('button', { name: 'Supprimer mes données' }).click();
  await expect(page).toHaveURL(/\/mes-donnees\/supprime$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Client anonymisé');

  // The review stays on the listing, anonymised.
  await visit(LISTING);
  const review = page.locator('article').filter({ hasText: body });
  await expect(review).toBeVisible();
  await expect(review.getByRole('heading', { name: 'Client anonymisé' })).toBeVisible();
  await expect(review).not.toContainText('Nina');

  // The session ended with the deletion.
  const after = await page.request.get('/mes-donnees/export');
  expect(after.status()).toBe(401);
});
