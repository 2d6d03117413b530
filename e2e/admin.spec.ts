// Journey: a team member signs in, opens the back-office, finds the demo advertiser, states why they
// consult the record, sees the phone number, and finds the consultation in the audit log; the demo
// advertiser who tries /admin gets the 404 page.
import type { Page } from '@playwright/test';
import { DEMO_ADMIN, DEMO_ADVERTISER } from '../lib/seed/demo-accounts';
import { test, expect } from './fixtures';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('an admin consults an advertiser’s record with a reason, and the audit log shows it', async ({
  page,
  visit,
}, testInfo) => {
  // A long journey through many pages, each checked by axe: more time than a single-page test.
  test.slow();
  // Anonymous: /admin sends to the sign-in page, which comes back to /admin.
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/connexion\?next=%2Fadmin$/);
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await visit('/admin');

  const nav = page.getByRole('navigation', { name: 'Administration' });
  await expect(nav.getByRole('link', { name: 'Tableau de bord' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(DEMO_ADMIN.email)).toBeVisible();

  await nav.getByRole('link', { name: 'Annonceurs' }).click();
  await expect(page).toHaveURL(/\/admin\/annonceurs$/);
  await expect(nav.getByRole('link', { name: 'Annonceurs' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('table')).toBeVisible();
  await visit('/admin/annonceurs');

  const filters = page.getByRole('search', { name: 'Filtrer les annonceurs' });
  await filters.getByLabel('Nom, SIRET ou e-mail').fill(DEMO_ADVERTISER.email);
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/\/admin\/annonceurs\?q=/);
  await expect(page.getByRole('heading', { level: 2, name: /^1\s+annonceur$/ })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(DEMO_ADVERTISER.fullName) });
  await expect(row).toContainText('SIRET vérifié');
  // The list is the normal flow: no phone number there.
  await expect(page.getByRole('main')).not.toContainText(/06\s12\s34\s56\s78/);

  await row.getByRole('link', { name: DEMO_ADVERTISER.fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ADVERTISER.fullName })).toBeVisible();
  await expect(page.getByLabel('Motif de la consultation')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/06\s12\s34\s56\s78/);
  await visit(new URL(page.url()).pathname);

  // « Autre » needs details: the form says so next to the field, and keeps the choice.
  await page.getByLabel('Motif de la consultation').selectOption({ label: 'Autre' });
  await page.getByRole('button', { name: 'Consulter la fiche' }).click();
  await expect(page.getByText(/il est obligatoire quand vous choisissez/)).toBeVisible();
  await expect(page.getByLabel('Précisions')).toBeFocused();

  const details = `Parcours e2e ${testInfo.project.name} ${Date.now()}`;
  await page.getByLabel('Précisions').fill(details);
  await page.getByRole('button', { name: 'Consulter la fiche' }).click();
  await expect(page).toHaveURL(/\?consultation=[a-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Identité et coordonnées' })).toBeVisible();
  await expect(page.getByRole('link', { name: /06\s12\s34\s56\s78/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: details })).toBeVisible();
  const recordUrl = new URL(page.url());
  await visit(recordUrl.pathname + recordUrl.search);

  await nav.getByRole('link', { name: 'Journal d’audit' }).click();
  await expect(page).toHaveURL(/\/admin\/journal$/);
  await page.getByLabel('E-mail de la personne concernée').fill(DEMO_ADVERTISER.email);
  await page.getByRole('search', { name: 'Filtrer le journal' }).getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/\/admin\/journal\?personne=/);
  const entry = page.getByRole('row', { name: new RegExp(details) });
  await expect(entry).toContainText('Consultation d’une fiche annonceur');
  await expect(entry).toContainText(DEMO_ADMIN.email);
  await expect(entry).toContainText(DEMO_ADVERTISER.email);
  const journalUrl = new URL(page.url());
  await visit(journalUrl.pathname + journalUrl.search);
});

test('an advertiser who tries /admin gets the 404 page', async ({ page }) => {
  await page.goto('/connexion');
  await signIn(page, DEMO_ADVERTISER.email, DEMO_ADVERTISER.password);
  await expect(page).not.toHaveURL(/\/connexion/);

  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/introuvable/i);
  await expect(page.getByRole('navigation', { name: 'Administration' })).toHaveCount(0);

  const record = await page.goto('/admin/annonceurs');
  expect(record?.status()).toBe(404);
});
