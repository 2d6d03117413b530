// Journey (demo mode, no Stripe keys): a new advertiser signs up, confirms the e-mail, writes and
// publishes a listing — not public yet, its page is a 404 — then subscribes on the simulated checkout
// with the demo promotion code; the signed events reach the webhook and the listing is public. They
// cancel in the simulated portal: the listing stays public and the page says until when.
import type { Page } from '@playwright/test';
import { generateValidSiret } from '../lib/siret/checksum';
import { slugify } from '../lib/seed/slug';
import { expect, expectAccessible, test } from './fixtures';

const PASSWORD = 'abonnement sans carte ici';

/** The link of the newest e-mail to `to` with this subject, read in the demo mailbox. */
async function linkFromMailbox(page: Page, visit: (path: string) => Promise<void>, to: string, subject: string, button: string) {
  await visit('/dev/emails');
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  const href = await page.frameLocator('iframe').getByRole('link', { name: button }).getAttribute('href');
  expect(href).toBeTruthy();
  return new URL(href!).pathname + new URL(href!).search;
}

test('sign up, publish (not public), subscribe with a promotion code (public), cancel (still public until the period ends)', async ({
  page,
  visit,
  browser,
  baseURL,
}, testInfo) => {
  test.slow();
  const unique = `${Date.now()}${testInfo.project.name.length}${Math.floor(Math.random() * 1000)}`;
  const email = `noe.abonne.${unique}@exemple.fr`;
  const title = `Tapisserie Noé ${unique}`;
  const slug = slugify(`${title} Colmar`);

  // Sign up.
  await visit('/inscription');
  await page.getByLabel('Nom complet').fill('Noé Abonné');
  await page.getByLabel('Adresse', { exact: true }).fill('8 rue des Marchands');
  await page.getByLabel('Code postal').fill('68000');
  await page.getByLabel('Ville').fill('Colmar');
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByLabel('SIRET').fill(generateValidSiret(Number(unique.slice(-9))));
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel(/J’accepte les conditions générales/).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/espace\/compte/);

  // Before the e-mail is confirmed, subscribing is not offered.
  await visit('/espace/abonnement');
  await expect(page.getByText(/Confirmez d’abord votre adresse e-mail/)).toBeVisible();
  await expect(page.getByRole('button', { name: /S’abonner/ })).toHaveCount(0);

  // Confirm the e-mail through the demo mailbox.
  const verifyPath = await linkFromMailbox(page, visit, email, 'Confirmez votre adresse e-mail', 'Confirmer mon adresse');
  await visit(verifyPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adresse e-mail confirmée');

  // Write and publish the listing: published, but the panel says it is not public without a subscription.
  await visit('/espace/annonce');
  await page.getByLabel('Nom de l’activité').fill(title);
  await page.getByLabel('Catégorie').selectOption({ index: 1 });
  await page.getByLabel('Accroche').fill('Réfection de fauteuils et de chaises, tissus au choix.');
  await page.getByLabel('Description').fill('Tapissier à Colmar : réfection complète, garnitures traditionnelles, devis gratuit.');
  await page.getByRole('button', { name: /^Enregistrer/ }).click();
  await expect(page.getByText(/Brouillon enregistré/)).toBeVisible();
  const panel = page.getByRole('region', { name: 'Statut' });
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Publiée');
  await expect(panel.getByText(/Sans abonnement, votre annonce n’est pas visible du public/)).toBeVisible();
  await expectAccessible(page);

  // A visitor does not see it yet.
  const visitor = await (await browser.newContext({ baseURL, locale: 'fr-FR' })).newPage();
  expect((await visitor.goto(`/annonce/${slug}`))!.status()).toBe(404);

  // Subscribe (monthly) with the demo promotion code on the clearly marked simulated checkout.
  await panel.getByRole('link', { name: 'Choisir un abonnement' }).click();
  await expect(page).toHaveURL(/\/espace\/abonnement$/);
  await expectAccessible(page);
  await expect(page.getByText('Aucun abonnement', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'S’abonner — mensuel' }).click();
  await expect(page).toHaveURL(/\/paiement-demo\?session=cs_/);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await expect(page.getByText('Mode démo — aucun paiement réel')).toBeVisible();
  // No card field anywhere: payment details are typed on Stripe's pages only.
  await expect(page.getByLabel(/carte|card/i)).toHaveCount(0);
  await page.getByLabel('Code promotionnel').fill('PASUNCODE');
  await page.getByRole('button', { name: 'Payer (simulation)' }).click();
  await expect(page.getByLabel('Code promotionnel')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Code promotionnel')).toHaveValue('PASUNCODE');
  await page.getByLabel('Code promotionnel').fill('BIENVENUE20');
  await page.getByRole('button', { name: 'Payer (simulation)' }).click();
  await expect(page).toHaveURL(/\/espace\/abonnement\/confirmation/);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await expect(page.getByText('Actif', { exact: true })).toBeVisible();

  // The subscription page: active, next renewal, the invoice with the discount (19 € HT − 20 % + VAT = 18,24 € TTC).
  await visit('/espace/abonnement');
  await expect(page.getByText('Actif', { exact: true })).toBeVisible();
  await expect(page.getByText(/Prochain renouvellement le/)).toBeVisible();
  await expect(page.getByRole('table').getByText(/18,24/)).toBeVisible();
  await expect(page.getByRole('table').getByText('Payée', { exact: true })).toBeVisible();

  // Now public.
  expect((await visitor.goto(`/annonce/${slug}`))!.status()).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText(title);

  // Cancel in the simulated portal: still public, and the page says until when.
  await page.getByRole('button', { name: 'Gérer mon abonnement' }).click();
  await expect(page).toHaveURL(/\/paiement-demo\/portail\?session=bps_/);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await expect(page.getByText('Mode démo — aucun paiement réel')).toBeVisible();
  await page.getByRole('button', { name: 'Résilier mon abonnement' }).click();
  await expect(page.getByRole('button', { name: 'Reprendre mon abonnement' })).toBeVisible();
  await page.getByRole('link', { name: 'Revenir à mon abonnement' }).click();
  await expect(page).toHaveURL(/\/espace\/abonnement$/);
  await expect(page.getByText('Résilié', { exact: true })).toBeVisible();
  await expect(page.getByText(/Résilié — visible jusqu’au \d{1,2}(er)?\s\S+\s\d{4}/)).toBeVisible();
  await expectAccessible(page);
  expect((await visitor.goto(`/annonce/${slug}`))!.status()).toBe(200);
  await visitor.context().close();
});
