// Journey: a team member writes a survey for visitors (choice, 1–5 scale, free text) and opens it; a
// visitor in a fresh browser sees the invitation under the header, answers while skipping the scale,
// lands on the thanks page and is not invited again; another visitor postpones it with « Plus tard »;
// the team member sees the answer counted in the result chart and the skipped question as skipped.
import type { Page } from '@playwright/test';
import { DEMO_ADMIN } from '../lib/seed/demo-accounts';
import { expect, expectAccessible, test } from './fixtures';

/** The cookie banner is fixed at the bottom of the screen: refuse everything so it covers nothing. */
async function refuseCookies(page: Page) {
  const refuse = page.getByRole('button', { name: 'Tout refuser' }).first();
  if (await refuse.isVisible()) {
    await refuse.click();
    await expect(refuse).toBeHidden();
  }
}

async function freshVisitor(page: Page) {
  const context = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin, locale: 'fr-FR' });
  const visitor = await context.newPage();
  await visitor.goto('/');
  await refuseCookies(visitor);
  return visitor;
}

test('a visitor answers a survey skipping a question, and the team sees the result chart', async ({ page, visit }) => {
  test.slow();
  const unique = Date.now();
  const title = `Votre avis sur la recherche ${unique}`;

  await page.goto('/connexion?next=/admin/sondages');
  await refuseCookies(page);
  await page.getByLabel('E-mail', { exact: true }).fill(DEMO_ADMIN.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/admin\/sondages$/);
  await expect(page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Sondages' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await visit('/admin/sondages');

  await page.getByRole('link', { name: 'Nouveau sondage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau sondage' })).toBeVisible();
  await visit('/admin/sondages/nouveau');
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Phrase de l’invitation').fill('Deux minutes pour nous aider à améliorer la recherche.');
  await expect(page.getByLabel('Public', { exact: true })).toHaveValue('VISITORS');

  await page.getByLabel('Intitulé de la question 1').fill('Comment nous avez-vous connus\u00a0?');
  await page.getByLabel('Choix de la question 1').fill('Moteur de recherche\nBouche-à-oreille\nAutre');
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await page.getByLabel('Type de la question 2').selectOption({ label: 'Échelle de 1 à 5' });
  await page.getByLabel('Intitulé de la question 2').fill('Trouvez-vous facilement un professionnel\u00a0?');
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await page.getByLabel('Type de la question 3').selectOption({ label: 'Texte libre' });
  await page.getByLabel('Intitulé de la question 3').fill('Une suggestion\u00a0?');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

  await expect(page.getByText('Le brouillon est enregistré.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const surveyPath = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Ouvrir le sondage' }).click();
  await expect(page.getByText('Ouvert', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clore le sondage' })).toBeVisible();
  await visit(surveyPath);

  // A visitor: the invitation sits under the header, in the page, with its three choices.
  const visitor = await freshVisitor(page);
  const invitation = visitor.getByRole('complementary', { name: title });
  await expect(invitation).toBeVisible();
  await expect(invitation.getByRole('button', { name: 'Plus tard' })).toBeVisible();
  await expect(invitation.getByRole('button', { name: 'Ne plus me proposer' })).toBeVisible();
  await expectAccessible(visitor);
  await invitation.getByRole('link', { name: 'Répondre au sondage' }).click();

  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText(/Toutes les questions sont facultatives/)).toBeVisible();
  await expectAccessible(visitor);
  await visitor
    .getByRole('group', { name: /Comment nous avez-vous connus/ })
    .getByRole('radio', { name: 'Bouche-à-oreille' })
    .check();
  // The scale is skipped: « Je préfère ne pas répondre » stays selected.
  await expect(
    visitor.getByRole('group', { name: /Trouvez-vous facilement/ }).getByRole('radio', { name: 'Je préfère ne pas répondre' }),
  ).toBeChecked();
  await visitor.getByLabel(/Une suggestion/).fill(`Filtrer par disponibilité (${unique}).`);
  await visitor.getByRole('button', { name: 'Envoyer mes réponses' }).click();

  await expect(visitor).toHaveURL(/\/sondages\/[^/]+\/merci$/);
  await expect(visitor.getByRole('heading', { level: 1, name: /Merci pour vos réponses/ })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto('/');
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(visitor.getByRole('complementary', { name: title })).toHaveCount(0);
  await visitor.context().close();

  // Another visitor postpones it: gone at once, and still gone on the next page.
  const other = await freshVisitor(page);
  const otherInvitation = other.getByRole('complementary', { name: title });
  await otherInvitation.getByRole('button', { name: 'Plus tard' }).click();
  await expect(otherInvitation).toHaveCount(0);
  await other.goto('/recherche');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(other.getByRole('complementary', { name: title })).toHaveCount(0);
  await other.context().close();

  // The team sees the answer counted, the skipped scale as skipped, and the text.
  await visit(`${surveyPath}/resultats`);
  await expect(page.getByText(/^1\sréponse$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Comment nous avez-vous connus.*Bouche-à-oreille\s:\s1\sréponse\s\(100\s%\)/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Trouvez-vous facilement.*Personne n’a encore répondu/ })).toBeVisible();
  await expect(page.getByText(/0\sréponse, 1\spersonne l’a passée/)).toBeVisible();
  await expect(page.getByText(`Filtrer par disponibilité (${unique}).`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Exporter en CSV' })).toBeVisible();
});
