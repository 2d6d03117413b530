// Journey: a visitor arrives on the home page, browses seeded categories and recent listings,
// opens a listing, then searches by trade and place.
import { test, expect } from './fixtures';

test('the home page shows categories and recent listings from the database', async ({ page, visit }) => {
  await visit('/');
  await expect(page).toHaveTitle(/Jauto-entreprends/);

  const categorySection = page.getByRole('region', { name: /catégorie/i });
  await categorySection.getByText(/voir les \d+ autres catégories/i).click();
  expect(await categorySection.getByRole('link').count()).toBeGreaterThanOrEqual(40);

  const recent = page.getByRole('region', { name: /annonces récentes/i }).getByRole('article');
  expect(await recent.count()).toBeGreaterThanOrEqual(3);

  const firstTitle = (await recent.first().getByRole('heading').textContent())?.trim() ?? '';
  await recent.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/annonce\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  await visit(new URL(page.url()).pathname);
});

test('a listing never shows the advertiser’s home address', async ({ page, visit }) => {
  await visit('/');
  await page
    .getByRole('region', { name: /annonces récentes/i })
    .getByRole('article')
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Seeded street addresses all start with a number followed by a street type.
  await expect(page.getByRole('main')).not.toContainText(
    /\b\d{1,3}(?: bis| ter)?,? (?:rue|avenue|boulevard|chemin|impasse|allée|place|route) /i,
  );
});

test('searching by trade and place from the header lists matching listings', async ({ page, visit }) => {
  await visit('/');
  const search = page.getByRole('banner').getByRole('search');
  const what = search.getByLabel('Quoi ?');
  if (!(await what.isVisible())) {
    // Mobile: the header search opens from a button.
    await page.getByRole('banner').getByRole('button', { name: /rechercher/i }).click();
  }
  await what.fill('plombier');
  await search.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/recherche\?.*q=plombier/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^\d+\s+annonces?$/ })).toBeVisible();
  const results = page.getByRole('main').getByRole('article');
  expect(await results.count()).toBeGreaterThan(0);
  await visit(new URL(page.url()).pathname + new URL(page.url()).search);
});

test('a search with no match says so and suggests what to do', async ({ page, visit }) => {
  await visit('/recherche?q=zzzyyyxxx');
  await expect(page.getByText(/aucune annonce/i).first()).toBeVisible();
});
