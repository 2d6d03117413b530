// Journeys: cookie consent as the CNIL expects it. A first visit sets no non-essential cookie and shows
// a banner whose three answers look alike; « Tout refuser » keeps only the choice cookie and leaves the
// ad slot a placeholder; « Tout accepter » loads the ad script (which fills the slot and sets ad_uid)
// and a search then sets the preferences cookie, which prefills the next search; « Gérer les cookies »
// withdraws it all; with Sec-GPC: 1 advertising stays off even after « Tout accepter »; « Personnaliser »
// starts with every purpose unticked and measures the audience only when asked to.
// Each test runs in a fresh browser context: the shared demo database does not matter.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const CONSENT_COOKIE = 'jauto_consent';
const PREFERENCES_COOKIE = 'jauto_prefs';
const AD_COOKIE = 'ad_uid';
const ESSENTIAL = new Set([CONSENT_COOKIE, 'authjs.session-token', '__Secure-authjs.session-token', 'authjs.callback-url']);
const RESULTS = '/recherche?q=plombier';

async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).sort();
}

function banner(page: Page) {
  return page.getByRole('region', { name: 'Vos choix de cookies' });
}

/** Records the requests for the ad network's script. */
function watchAdScript(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/ads/slot.js') requests.push(request.url());
  });
  return requests;
}

async function choose(page: Page, answer: 'Tout accepter' | 'Tout refuser' | 'Enregistrer mes choix') {
  await banner(page).getByRole('button', { name: answer }).click();
  await expect(banner(page)).toBeHidden();
}

/** Searches again from the results page's own form (not the header's), adding a place. */
async function searchFromResults(page: Page, where: string) {
  const form = page.getByRole('main').getByRole('search');
  await form.getByLabel('Où ?').fill(where);
  await form.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/lieu=/);
  await expect(page.getByRole('heading', { level: 2, name: /^\d+\s+annonces?$/ })).toBeVisible();
}

test('a first visit sets no non-essential cookie and offers three answers of equal prominence', async ({ page, context, visit }) => {
  await visit('/');
  const region = banner(page);
  await expect(region).toBeVisible();
  expect((await cookieNames(context)).filter((name) => !ESSENTIAL.has(name))).toEqual([]);
  expect(await cookieNames(context)).not.toContain(CONSENT_COOKIE);

  const buttons = ['Tout accepter', 'Tout refuser', 'Personnaliser'].map((name) => region.getByRole('button', { name }));
  const looks = await Promise.all(
    buttons.map(async (button) => {
      await expect(button).toBeVisible();
      const box = await button.boundingBox();
      const style = await button.evaluate((element) => {
        const computed = getComputedStyle(element);
        return [computed.backgroundColor, computed.color, computed.fontSize, computed.fontWeight].join(' ');
      });
      return { height: Math.round(box!.height), style };
    }),
  );
  expect(new Set(looks.map((look) => look.style)).size).toBe(1);
  expect(new Set(looks.map((look) => look.height)).size).toBe(1);

  // Early in the keyboard order, with a visible focus.
  const accept = buttons[0];
  for (let presses = 0; presses < 6 && !(await accept.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(accept).toBeFocused();
  expect(await accept.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');

  // Not a wall: the page behind stays usable.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookies', exact: true }).click();
  await expect(page).toHaveURL(/\/cookies$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cookies' })).toBeVisible();
  await expect(page.getByText(PREFERENCES_COOKIE, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(AD_COOKIE, { exact: true }).first()).toBeVisible();
  await expect(banner(page)).toBeVisible();
});

test('« Tout refuser » keeps only the choice cookie and leaves the ad slot a placeholder', async ({ page, context, visit }) => {
  const adScript = watchAdScript(page);
  await visit(RESULTS);
  await choose(page, 'Tout refuser');
  expect(await cookieNames(context)).toEqual([CONSENT_COOKIE]);

  await searchFromResults(page, 'Colmar');
  await expectAccessible(page);
  await expect(page.getByRole('region', { name: 'Espace publicitaire' })).toContainText('activez la publicité');
  await expect(page.locator('[data-ad-house]')).toHaveCount(0);
  await page.reload();
  await expect(banner(page)).toBeHidden();
  expect(adScript).toEqual([]);
  expect(await cookieNames(context)).toEqual([CONSENT_COOKIE]);
});

test('« Tout accepter » loads the ad slot, a search remembers its place, and « Gérer les cookies » withdraws it all', async ({
  page,
  context,
  visit,
}) => {
  test.slow();
  const adScript = watchAdScript(page);
  await visit(RESULTS);
  await expect(page.getByRole('region', { name: 'Espace publicitaire' })).toBeVisible();
  await choose(page, 'Tout accepter');

  const ad = page.getByRole('region', { name: 'Publicité' });
  await expect(ad.getByRole('link', { name: /Publiez votre annonce/ })).toBeVisible();
  expect(adScript.length).toBeGreaterThan(0);
  await expect.poll(() => cookieNames(context)).toContain(AD_COOKIE);

  await searchFromResults(page, 'Colmar');
  await expectAccessible(page);
  await expect.poll(() => cookieNames(context)).toContain(PREFERENCES_COOKIE);

  // The remembered place fills « Où ? » of a search that names none.
  await visit('/recherche');
  await expect(page.getByRole('main').getByRole('search').getByLabel('Où ?')).toHaveValue('Colmar');

  // Withdrawing is as easy as accepting: from the footer, on any page.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Gérer les cookies' }).click();
  await expect(banner(page)).toBeVisible();
  for (const purpose of ['Préférences', 'Mesure d’audience', 'Publicité']) {
    await expect(banner(page).getByRole('checkbox', { name: purpose })).toBeChecked();
  }
  await expectAccessible(page);
  await choose(page, 'Tout refuser');
  await expect.poll(() => cookieNames(context)).toEqual([CONSENT_COOKIE]);
  await visit('/recherche');
  await expect(page.getByRole('region', { name: 'Espace publicitaire' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('search').getByLabel('Où ?')).toHaveValue('');
});

test('« Personnaliser » starts unticked and measures the audience only when asked to', async ({ page, context, visit }) => {
  const beacons: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/mesure') beacons.push(request.url());
  });
  await visit('/');
  await banner(page).getByRole('button', { name: 'Personnaliser' }).click();
  for (const purpose of ['Préférences', 'Mesure d’audience', 'Publicité']) {
    await expect(banner(page).getByRole('checkbox', { name: purpose })).not.toBeChecked();
  }
  await expectAccessible(page);
  expect(beacons).toEqual([]);

  await banner(page).getByRole('checkbox', { name: 'Mesure d’audience' }).check();
  await choose(page, 'Enregistrer mes choix');
  await expect.poll(() => beacons.length).toBeGreaterThan(0);

  await visit(RESULTS);
  await searchFromResults(page, 'Colmar');
  expect(await cookieNames(context)).toEqual([CONSENT_COOKIE]);
  await expect(page.getByRole('region', { name: 'Espace publicitaire' })).toBeVisible();
});

test.describe('with Global Privacy Control', () => {
  test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } });

  test('advertising stays off even after « Tout accepter »; the other purposes apply', async ({ page, context, visit }) => {
    const adScript = watchAdScript(page);
    await visit(RESULTS);
    await choose(page, 'Tout accepter');
    await page.reload();

    await expect(page.getByRole('region', { name: 'Espace publicitaire' })).toContainText('Global Privacy Control');
    await expect(page.locator('[data-ad-house]')).toHaveCount(0);
    expect(adScript).toEqual([]);
    expect(await cookieNames(context)).not.toContain(AD_COOKIE);

    await searchFromResults(page, 'Colmar');
    await expect.poll(() => cookieNames(context)).toContain(PREFERENCES_COOKIE);
    expect(await cookieNames(context)).not.toContain(AD_COOKIE);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Gérer les cookies' }).click();
    await expect(banner(page).getByRole('checkbox', { name: 'Publicité' })).toBeDisabled();
    await expect(banner(page).getByRole('checkbox', { name: 'Publicité' })).not.toBeChecked();
  });
});
