// Journey: the demo advertiser edits the listing, uploads a photo, previews, publishes; a visitor
// finds it by a misspelled query and a place, opens it and reveals the phone; the advertiser's
// statistics then show the view and the reveal.
import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_ADVERTISER } from '../lib/seed/demo-accounts';
import { expect, expectAccessible, test } from './fixtures';

/** A real browser's signature: headless Chromium's own is (rightly) not counted in statistics. */
const VISITOR_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

async function signInAsDemoAdvertiser(page: Page) {
  await page.goto('/connexion');
  await page.getByLabel('E-mail', { exact: true }).fill(DEMO_ADVERTISER.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADVERTISER.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/espace\//);
}

async function statTotal(page: Page, label: string): Promise<number> {
  const value = await page.locator('dt', { hasText: label }).locator('xpath=../dd').textContent();
  return Number((value ?? '').replace(/\D/g, ''));
}

async function visitorPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, userAgent: VISITOR_USER_AGENT, locale: 'fr-FR' });
  return context.newPage();
}

test('edit, add a photo, preview and publish; a visitor finds the listing with a typo and reveals the phone', async ({
  page,
  visit,
  browser,
  baseURL,
}) => {
  test.slow();
  await signInAsDemoAdvertiser(page);

  await visit('/espace/statistiques');
  const viewsBefore = await statTotal(page, 'Vues de l’annonce');
  const revealsBefore = await statTotal(page, 'Numéros affichés');

  // Edit: a new pitch, saved through the editor.
  const pitch = `Dépannage de plomberie sous 2 heures à Colmar, devis gratuit (${Date.now() % 100000}).`;
  await visit('/espace/annonce');
  await page.getByLabel('Accroche').fill(pitch);
  await page.getByRole('button', { name: /^Enregistrer/ }).click();
  await expect(page.getByText(/Modifications enregistrées/)).toBeVisible();

  // A photo with its alternative text.
  await visit('/espace/annonce/photos');
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f6fd0' } }).png().toBuffer();
  await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'salle-de-bains.png', mimeType: 'image/png', buffer: png });
  await page.getByLabel('Texte alternatif', { exact: true }).fill('Salle de bains rénovée, douche à l’italienne');
  await page.getByRole('button', { name: 'Ajouter la photo' }).click();
  await expect(page.getByText('La photo est ajoutée à votre annonce.')).toBeVisible();
  await expectAccessible(page);

  // Preview exactly as the public will see it, then unpublish and publish again.
  await visit('/espace/annonce/apercu');
  await expect(page.getByText(/Aperçu\s*:/)).toBeVisible();
  await expect(page.getByText(pitch)).toBeVisible();
  await visit('/espace/annonce');
  // The status panel announces the new status (a live region) and swaps the buttons.
  const status = page.getByRole('region', { name: 'Statut' }).getByRole('status');
  await page.getByRole('button', { name: 'Dépublier' }).click();
  await expect(status).toContainText('Dépubliée');
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(status).toContainText('Publiée');
  await expect(page.getByRole('link', { name: 'Voir l’annonce en ligne' })).toBeVisible();

  // A visitor searches with a typo and a place.
  const visitor = await visitorPage(browser, baseURL!);
  await visitor.goto(`/recherche?q=${encodeURIComponent('plombeir')}&lieu=${encodeURIComponent('Colmar')}`);
  await expectAccessible(visitor);
  const result = visitor.getByRole('article').filter({ hasText: DEMO_ADVERTISER.fullName }).first();
  await expect(result).toBeVisible();
  await result.getByRole('link').first().click();
  await expect(visitor).toHaveURL(new RegExp(`/annonce/${DEMO_ADVERTISER.listingSlug}$`));
  await expect(visitor.getByText(pitch)).toBeVisible();
  // The desktop and mobile runs share the demo listing: each adds a photo with this description.
  await expect(visitor.getByRole('img', { name: 'Salle de bains rénovée, douche à l’italienne' }).first()).toBeVisible();
  // The number is not in the page until asked for.
  await expect(visitor.locator('body')).not.toContainText(/06\s12\s34\s56\s78/);
  await visitor.getByRole('button', { name: 'Afficher le numéro' }).click();
  await expect(visitor.getByRole('link', { name: /06\s12\s34\s56\s78/ })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.context().close();

  // The advertiser sees the view and the reveal.
  await expect(async () => {
    await page.goto('/espace/statistiques');
    expect(await statTotal(page, 'Vues de l’annonce')).toBeGreaterThan(viewsBefore);
    expect(await statTotal(page, 'Numéros affichés')).toBe(revealsBefore + 1);
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page);
});
