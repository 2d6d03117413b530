// Journey: a team member publishes a substantial change of the privacy charter from /admin/charte
// (the diff shows the added line); the home page then announces the change with its date, and
// /confidentialite lists the new version in its history. The old address redirects there.
import type { Page } from '@playwright/test';
import { DEMO_ADMIN } from '../lib/seed/demo-accounts';
import { test, expect } from './fixtures';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('an admin publishes a substantial change: the home page announces it, the history lists it', async ({ page, visit }, testInfo) => {
  test.slow();
  await page.goto('/admin/charte');
  await expect(page).toHaveURL(/\/connexion\?next=%2Fadmin%2Fcharte$/);
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await expect(page).toHaveURL(/\/admin\/charte$/);
  await visit('/admin/charte');
  await expect(page.getByRole('heading', { level: 1, name: 'Charte de confidentialité' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Charte' })).toHaveAttribute('aria-current', 'page');

  // The two projects share one database: each run adds its own, unique paragraph.
  const marker = `Paragraphe ajouté par le parcours ${testInfo.project.name} ${Date.now()}.`;
  const text = page.getByLabel(/Texte de la charte/);
  await text.fill(`${await text.inputValue()}\n\n${marker}`);
  await expect(page.locator('ins', { hasText: marker })).toBeVisible();
  await expect(page.getByText(/\d+\s+lignes? ajoutées?, 0\s+ligne supprimée/)).toBeVisible();

  // Without a summary: the error is next to the field and the text is kept.
  await page.getByLabel('Modification substantielle').check();
  await page.getByRole('button', { name: 'Publier la nouvelle version' }).click();
  await expect(page.getByText(/Résumez les changements/)).toBeVisible();
  await expect(page.getByLabel('Résumé des changements')).toBeFocused();
  await expect(text).toHaveValue(new RegExp(marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  await page.getByLabel('Modification substantielle').check();
  await page.getByLabel('Résumé des changements').fill('Nouveau paragraphe sur les destinataires des données.');
  await page.getByRole('button', { name: 'Publier la nouvelle version' }).click();
  const status = page.getByRole('status').filter({ hasText: /publiée, en vigueur le/ });
  await expect(status).toBeVisible();
  const [, version, date] = /Version (\d+) publiée, en vigueur le (.+)\./.exec((await status.textContent()) ?? '') ?? [];
  expect(version).toBeTruthy();

  // The home page announces the pending change with its date and a link to the new version.
  await visit('/');
  const notice = page.getByRole('region', { name: /La charte de confidentialité change le/ });
  await expect(notice).toContainText(`La charte de confidentialité change le ${date}`);
  // The other viewport's run may have published a later version meanwhile: the link goes to the latest.
  await expect(notice.getByRole('link', { name: /Lire la nouvelle version/ })).toHaveAttribute('href', /^\/confidentialite\/versions\/\d+$/);
  await visit(`/confidentialite/versions/${version}`);
  await expect(page.getByRole('heading', { level: 1, name: `Charte de confidentialité, version ${version}` })).toBeVisible();
  await expect(page.locator('ins', { hasText: marker })).toBeVisible();

  // /confidentialite: the version in force, the announcement, the retention table and the history.
  await visit('/confidentialite');
  await expect(page.getByText(/Une nouvelle version entre en vigueur le/)).toBeVisible();
  // A table on a wide screen, one card per kind of data on a phone: the same name either way.
  const retention = testInfo.project.name === 'mobile' ? 'list' : 'table';
  await expect(page.getByRole(retention, { name: /Durée de conservation/ })).toBeVisible();
  const history = page.getByRole('heading', { level: 2, name: 'Historique des versions' });
  await expect(history).toBeVisible();
  await expect(page.getByRole('link', { name: `Version ${version}`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Version 1', exact: true })).toBeVisible();

  // The charter's former address is a permanent redirect.
  const response = await page.request.get('/charte-de-confidentialite', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(/\/confidentialite$/);
});
