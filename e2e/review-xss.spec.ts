// A review whose text is markup is displayed as text and runs nothing: no dialog ever opens, on the
// listing nor in the advertiser's space, and no element is created from it.
import { DEMO_ADVERTISER } from '../lib/seed/demo-accounts';
import { expect, test } from './fixtures';

const ATTACK = '<script>alert(1)</script><img src=x onerror=alert(2)>';

test('markup in a review is shown as text and never executed', async ({ page, visit, browser, baseURL }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const unique = Date.now();
  const origin = baseURL!;

  // A code from the demo advertiser's space (a printed card).
  const advertiser = await (await browser.newContext({ baseURL: origin, locale: 'fr-FR' })).newPage();
  advertiser.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await advertiser.goto(`/connexion?next=${encodeURIComponent('/espace/codes')}`);
  await advertiser.getByLabel('E-mail', { exact: true }).fill(DEMO_ADVERTISER.email);
  await advertiser.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADVERTISER.password);
  await advertiser.getByRole('button', { name: 'Se connecter' }).click();
  await expect(advertiser).toHaveURL(/\/espace\/codes$/);
  await advertiser.getByLabel('Nombre de codes').fill('1');
  await advertiser.getByRole('button', { name: 'Créer les codes' }).click();
  const code = (await advertiser.getByTestId('code-evaluation').first().textContent())!.trim();

  await visit('/avis');
  await page.getByLabel('Code d’évaluation').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Continuer' }).click();
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Publier mon avis' }) });
  await form.locator('label', { hasText: '1 étoile sur 5' }).click();
  await form.getByLabel('Titre', { exact: true }).fill(`<b>Titre ${unique}</b>`);
  const body = `${ATTACK} ${unique}`;
  await form.getByLabel('Votre avis', { exact: true }).fill(body);
  await form.getByLabel('Prénom', { exact: true }).fill('Test');
  await form.getByLabel('Nom', { exact: true }).fill('Injection');
  await form.getByLabel('E-mail', { exact: true }).fill(`xss.${unique}@exemple.fr`);
  await form.getByLabel(/J’accepte la charte de confidentialité/).check();
  await form.getByRole('button', { name: 'Publier mon avis' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Merci, votre avis est publié');

  await visit(`/annonce/${DEMO_ADVERTISER.listingSlug}`);
  const review = page.locator('article').filter({ hasText: String(unique) });
  await expect(review).toContainText(body);
  await expect(review).toContainText(`<b>Titre ${unique}</b>`);
  await expect(review.locator('script, img, b')).toHaveCount(0);

  await advertiser.goto('/espace/avis');
  const mine = advertiser.locator('article').filter({ hasText: String(unique) });
  await expect(mine).toContainText(body);
  await expect(mine.locator('script, img')).toHaveCount(0);
  await advertiser.context().close();

  // Give any injected handler time to fire: none may.
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
