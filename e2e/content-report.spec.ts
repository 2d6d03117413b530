// Journey (DSA arts. 16–17): a visitor reports the demo listing from its « Signaler un contenu » link
// (the form comes prefilled), gets an acknowledgement by e-mail; the team finds the notice in
// /admin/signalements and decides « Aucune action » with its reasons; the reporter receives the
// statement of reasons with the ways to contest it. (Removal is covered by the integration tests, so
// that the shared demo listing stays online for the other journeys.)
import type { Page } from '@playwright/test';
import { DEMO_ADMIN, DEMO_ADVERTISER } from '../lib/seed/demo-accounts';
import { expect, test } from './fixtures';

const LISTING = `/annonce/${DEMO_ADVERTISER.listingSlug}`;

async function openEmail(page: Page, to: string, subject: RegExp) {
  await page.goto('/dev/emails');
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  return page.frameLocator('iframe');
}

test('a visitor reports a listing; the team decides and the reporter gets the statement of reasons', async ({ page, visit, browser, baseURL }) => {
  test.slow();
  const unique = Date.now();
  const reporterEmail = `sophie.signale.${unique}@exemple.fr`;

  await visit(LISTING);
  // The listing's own link (the footer has a general one too).
  await page.getByRole('complementary', { name: 'Informations pratiques' }).getByRole('link', { name: 'Signaler un contenu' }).click();
  await expect(page).toHaveURL(/\/signaler\?type=listing&id=/);
  await visit(new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(page.getByLabel('Adresse exacte du contenu')).toHaveValue(new RegExp(`${LISTING}$`));
  await expect(page.getByLabel('Ce que vous signalez')).toHaveValue('listing');

  // Required fields are explained next to them, and nothing typed is lost.
  await page.getByLabel('Motif').selectOption('FRAUD');
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByText('Indiquez votre nom.')).toBeVisible();
  await expect(page.getByText(/Confirmez que votre signalement est fait de bonne foi/)).toBeVisible();
  await expect(page.getByLabel('Motif')).toHaveValue('FRAUD');

  const explanation = `Les photos de cette annonce appartiennent à une autre entreprise (réf. ${unique}).`;
  await page.getByLabel(/Pourquoi ce contenu est-il illicite ou abusif/).fill(explanation);
  await page.getByLabel('Votre nom').fill('Sophie Signale');
  await page.getByLabel('Votre adresse e-mail').fill(reporterEmail);
  await page.getByLabel(/Je déclare de bonne foi/).check();
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('votre signalement est enregistré');

  const ack = await openEmail(page, reporterEmail, /Votre signalement a bien été reçu/);
  const ackText = (await ack.locator('body').textContent())!;
  const reference = /S-[0-9A-Z]{8}/.exec(ackText)![0];

  // The team decides.
  const admin = await (await browser.newContext({ baseURL: baseURL!, locale: 'fr-FR' })).newPage();
  await admin.goto(`/connexion?next=${encodeURIComponent('/admin/signalements')}`);
  await admin.getByLabel('E-mail', { exact: true }).fill(DEMO_ADMIN.email);
  await admin.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADMIN.password);
  await admin.getByRole('button', { name: 'Se connecter' }).click();
  await expect(admin).toHaveURL(/\/admin\/signalements$/);
  await admin.getByRole('listitem').filter({ hasText: reference }).getByRole('link').click();
  await expect(admin.getByText(explanation)).toBeVisible();
  await admin.getByLabel(/Aucune action/).check();
  await admin.getByLabel('Fondement légal ou contractuel').fill('Article 4 des CGU : aucun manquement constaté.');
  await admin.getByLabel('Faits et circonstances').fill(`Les photos ont été prises par l’annonceur lui-même (réf. ${unique}).`);
  await admin.getByRole('button', { name: 'Enregistrer la décision' }).click();
  // Once decided, the page shows the decision in place of the form.
  await expect(admin.getByRole('region', { name: 'Décision prise' })).toContainText('Ce signalement est traité');
  await expect(admin.getByRole('region', { name: 'Décisions' })).toContainText(`prises par l’annonceur lui-même (réf. ${unique})`);
  await admin.context().close();

  const statement = await openEmail(page, reporterEmail, /Décision de modération/);
  const body = statement.locator('body');
  await expect(body).toContainText('reste en ligne');
  await expect(body).toContainText(`prises par l’annonceur lui-même (réf. ${unique})`);
  await expect(body).toContainText('Article 4 des CGU');
  await expect(body).toContainText(reference);
  await expect(body).toContainText(/règlement extrajudiciaire/);
});
