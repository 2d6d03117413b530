// Journey: a visitor lands on a missing page and finds the way back; monitoring reads the health endpoint.
import { test, expect } from './fixtures';

test('an unknown address shows the French 404 page with a way back', async ({ page, visit }) => {
  const response = await page.goto('/cette-page-n-existe-pas');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/introuvable/i);
  await visit('/cette-page-n-existe-pas');
  await page.getByRole('main').getByRole('link', { name: /accueil/i }).click();
  await expect(page).toHaveURL('/');
});

test('/api/health reports the database as up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toMatch(/no-store/);
  const body = await response.json();
  expect(body).toMatchObject({ status: 'ok', database: 'up' });
});

test('every page carries the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/script-src[^;]*'nonce-/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
});
