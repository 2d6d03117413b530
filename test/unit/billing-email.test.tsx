// The failed-payment e-mail: the amount, the end of the grace period in French, the link to the
// subscription page, and never a request for card details.
import { renderEmail } from '@/lib/email/render';
import { emailTemplates } from '@/lib/email/templates';

const props = {
  advertiserName: 'Léa Martin',
  amount: 2280,
  graceEndsAt: '2027-01-03T11:30:00.000Z',
  billingUrl: 'https://jauto-entreprends.fr/espace/abonnement',
};

it('tells the advertiser until when the listing stays visible and where to update the card', async () => {
  const { html, text } = await renderEmail('billing-payment-failed', props);
  expect(emailTemplates['billing-payment-failed'].subject(props)).toBe('Paiement refusé\u00a0: mettez à jour votre moyen de paiement');
  expect(emailTemplates['billing-payment-failed'].category).toBe('TRANSACTIONAL');
  expect(text).toContain('Bonjour Léa Martin,');
  expect(text).toMatch(/22,80\s€/);
  expect(text).toContain('3 janvier 2027');
  expect(html).toContain('href="https://jauto-entreprends.fr/espace/abonnement"');
  expect(text).toMatch(/ne vous demanderons jamais votre numéro de carte/);
  expect(text).not.toMatch(/ [:;!?»]/);
});

it('reminds, two days before, the day the listing will be hidden', async () => {
  const reminder = { ...props, reminder: true };
  const { text } = await renderEmail('billing-payment-failed', reminder);
  expect(emailTemplates['billing-payment-failed'].subject(reminder)).toBe('Rappel\u00a0: votre annonce sera masquée le 3 janvier 2027');
  expect(text).toContain('ne sera plus visible du public à partir du 3 janvier 2027');
  expect(text).toMatch(/22,80\s€/);
  expect(text).toContain('Mettre à jour mon moyen de paiement');
  expect(text).not.toMatch(/ [:;!?»]/);
});
