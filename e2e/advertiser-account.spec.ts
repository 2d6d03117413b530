// Journey: a new advertiser signs up with a valid SIRET, confirms the e-mail through the demo
// mailbox, signs out and in again, edits the phone number, downloads their data, and deletes the
// account, after which the old credentials no longer work.
import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { generateValidSiret } from '../lib/siret/checksum';
import { expectAccessible, test, expect } from './fixtures';

const PASSWORD = 'quatre mots bien choisis';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

async function fillSignUp(page: Page, fields: { siret: string; email: string; password: string }) {
  await page.getByLabel('Nom complet').fill('Léa Fontaine');
  await page.getByLabel('Adresse', { exact: true }).fill('12 rue des Lilas');
  await page.getByLabel('Code postal').fill('68000');
  await page.getByLabel('Ville').fill('colmar');
  await page.getByLabel('Téléphone').fill('06 11 22 33 44');
  await page.getByLabel('SIRET').fill(fields.siret);
  await page.getByLabel('E-mail').fill(fields.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(fields.password);
}

/** The link of the newest e-mail to `to` with this subject, read in the demo mailbox. */
async function linkFromMailbox(page: Page, visit: (path: string) => Promise<void>, to: string, subject: string, button: string) {
  await visit('/dev/emails');
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  const frame = page.frameLocator('iframe');
  const href = await frame.getByRole('link', { name: button }).getAttribute('href');
  expect(href).toBeTruthy();
  return new URL(href!).pathname + new URL(href!).search;
}

test('sign up, confirm the e-mail, sign out and in, edit the phone, download the data, delete the account', async ({
  page,
  visit,
}, testInfo) => {
  // A long journey through many pages, each checked by axe: more time than a single-page test.
  test.slow();
  const unique = `${Date.now()}${testInfo.project.name.length}${Math.floor(Math.random() * 1000)}`;
  const email = `lea.fontaine.${unique}@exemple.fr`;
  const siret = generateValidSiret(Number(unique.slice(-9)));
  const spacedSiret = siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');

  await visit('/inscription');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créer un compte annonceur');

  // A wrong SIRET key: a French message next to the field, everything typed kept except the password.
  const wrongKey = `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;
  await fillSignUp(page, { siret: wrongKey, email, password: PASSWORD });
  await page.getByLabel(/J’accepte les conditions générales/).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  const siretField = page.getByLabel('SIRET');
  await expect(siretField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/clé de contrôle est fausse/)).toBeVisible();
  await expect(siretField).toBeFocused();
  await expect(page.getByLabel('Nom complet')).toHaveValue('Léa Fontaine');
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
  await expect(page.getByLabel(/J’accepte les conditions générales/)).toBeChecked();
  await expect(page.getByLabel(/offres de nos partenaires/)).not.toBeChecked();
  await expect(page.getByText(/lettre «\s*Auto-entrepreneurs\s*»/)).toBeVisible();
  await expectAccessible(page);

  await siretField.fill(spacedSiret);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/espace\/compte\?bienvenue=1$/);
  await expect(page.getByRole('heading', { name: 'Confirmez votre adresse e-mail' })).toBeVisible();
  await visit('/espace/compte');
  // The town is stored with its official spelling; the SIRET is checked against the register.
  await expect(page.getByLabel('Ville')).toHaveValue('Colmar');
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('region', { name: 'SIRET' }).getByText(/^SIRET vérifié/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  const verifyPath = await linkFromMailbox(page, visit, email, 'Confirmez votre adresse e-mail', 'Confirmer mon adresse');
  await visit(verifyPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adresse e-mail confirmée');
  // Single use: the same link a second time is refused.
  await visit(verifyPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lien expiré');

  await visit('/espace/compte');
  await expect(page.getByRole('heading', { name: 'Confirmez votre adresse e-mail' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnecte=1$/);
  await page.goto('/espace/compte');
  await expect(page).toHaveURL(/\/connexion\?next=%2Fespace%2Fcompte$/);

  await signIn(page, email, 'not the password');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('E-mail ou mot de passe incorrect.');
  await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(email);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/espace\/compte$/);

  const contact = page.getByRole('region', { name: 'Coordonnées' });
  await contact.getByLabel('Téléphone').fill('0033 7 98 76 54 32');
  await contact.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
  await expect(contact.getByRole('status')).toHaveText('Vos coordonnées sont enregistrées.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Coordonnées' }).getByLabel('Téléphone')).toHaveValue(/^07\s98\s76\s54\s32$/);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger mes données' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^jauto-entreprends-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await fs.readFile((await download.path())!, 'utf8'));
  expect(exported.account.email).toBe(email);
  expect(exported.account.advertiser.phone).toBe('+33798765432');
  expect(exported.account.advertiser.siret).toBe(siret);
  expect(JSON.stringify(exported)).not.toMatch(/passwordHash|tokenHash|argon2/);

  const deletion = page.getByRole('region', { name: 'Supprimer mon compte' });
  await deletion.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(deletion.getByText('Indiquez votre mot de passe.')).toBeVisible();
  await deletion.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await deletion.getByLabel(/suppression est définitive/).check();
  await deletion.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(page).toHaveURL(/\/compte-supprime$/);
  await visit('/compte-supprime');

  await visit('/connexion');
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('E-mail ou mot de passe incorrect.');
});
