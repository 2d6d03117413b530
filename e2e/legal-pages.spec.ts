// Journey: a visitor reaches every legal page from the footer, and each says what the law asks.
import { test, expect } from './fixtures';

const footerPages = [
  { link: 'Charte de confidentialité', path: '/confidentialite', heading: /charte de confidentialité/i },
  { link: 'Cookies', path: '/cookies', heading: /cookies/i },
  { link: 'Mentions légales', path: '/mentions-legales', heading: /mentions légales/i },
  { link: 'CGU', path: '/cgu', heading: /conditions générales/i },
  { link: 'Contact', path: '/contact', heading: /contact/i },
];

for (const { link, path, heading } of footerPages) {
  test(`footer link « ${link} » opens its page`, async ({ page, visit }) => {
    await visit('/');
    await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await visit(path);
  });
}

test('mentions légales give the publisher, its registration and the host (LCEN art. 6)', async ({ page, visit }) => {
  await visit('/mentions-legales');
  const main = page.getByRole('main');
  for (const text of [
    'Jauto-entreprends SARL',
    '21 rue du Riesling, 68250 Pfaffenheim',
    'contact@jauto-entreprends.fr',
    'RCS',
    'Capital',
    'TVA',
    'Directeur de la publication',
    'Hébergeur',
  ]) {
    await expect(main.getByText(text, { exact: false }).first()).toBeVisible();
  }
});

test('the privacy charter is the site’s own, under one brand name', async ({ page, visit }) => {
  await visit('/confidentialite');
  const main = page.getByRole('main');
  await expect(main.getByText('Qui traite vos données personnelles', { exact: false })).toBeVisible();
  await expect(main).not.toContainText(/entreprennds|entreprensl/i);
});
