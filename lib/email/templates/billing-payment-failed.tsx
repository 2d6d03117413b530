// Tells an advertiser that their subscription payment failed, until when their listing stays public
// (the grace period), and where to update their payment method; sent when the payment fails, and once
// more as a reminder two days before the listing is hidden (lib/billing/grace-reminders.ts).
import { Button, Heading, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

export type BillingPaymentFailedProps = {
  advertiserName: string;
  /** Cents, tax included. */
  amount: number;
  /** ISO instant: the end of the grace period. */
  graceEndsAt: string;
  /** Absolute link to /espace/abonnement. */
  billingUrl: string;
  /** The reminder shortly before the end of the grace period, rather than the first notice. */
  reminder?: boolean;
};

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const day = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));

function BillingPaymentFailed({ advertiserName, amount, graceEndsAt, billingUrl, reminder = false }: BillingPaymentFailedProps) {
  const { SITE_NAME } = env();
  return (
    <EmailLayout
      preview={reminder ? `Votre annonce sera masquée le ${day(graceEndsAt)}.` : 'Le paiement de votre abonnement a été refusé.'}
      reason={`vous avez un abonnement à ${SITE_NAME}.`}
    >
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        {reminder ? `Votre annonce sera masquée le ${day(graceEndsAt)}` : 'Le paiement de votre abonnement a été refusé'}
      </Heading>
      <Text style={emailStyles.paragraph}>Bonjour {advertiserName},</Text>
      {reminder ? (
        <Text style={emailStyles.paragraph}>
          Le paiement de {euros(amount)} pour votre abonnement n’a toujours pas abouti. Sans nouveau moyen de paiement, votre
          annonce ne sera plus visible du public à partir du {day(graceEndsAt)}.
        </Text>
      ) : (
        <Text style={emailStyles.paragraph}>
          Nous n’avons pas pu prélever {euros(amount)} pour votre abonnement. Votre annonce reste visible jusqu’au{' '}
          {day(graceEndsAt)}&nbsp;; mettez à jour votre moyen de paiement avant cette date pour qu’elle le reste.
        </Text>
      )}
      <Button href={billingUrl} style={emailStyles.button}>
        Mettre à jour mon moyen de paiement
      </Button>
      <Text style={{ ...emailStyles.paragraph, margin: '24px 0 0' }}>
        Nous ne vous demanderons jamais votre numéro de carte par e-mail&nbsp;: le paiement se fait uniquement sur la
        page sécurisée de notre prestataire Stripe.
      </Text>
    </EmailLayout>
  );
}

export const billingPaymentFailedTemplate = defineEmailTemplate<BillingPaymentFailedProps>({
  category: 'TRANSACTIONAL',
  subject: ({ reminder, graceEndsAt }) =>
    reminder ? `Rappel\u00a0: votre annonce sera masquée le ${day(graceEndsAt)}` : 'Paiement refusé\u00a0: mettez à jour votre moyen de paiement',
  component: BillingPaymentFailed,
});
