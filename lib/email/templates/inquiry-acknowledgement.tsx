// Confirms to a visitor that their inquiry reached the advertiser, and how the answer will come.
//
// Like inquiry-received, the message itself is left out: a copy in a mailbox would outlive the 12-month
// retention of inquiries. The charter link lets the visitor read how their details are handled.
import { Heading, Link, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { RETENTION_RULES } from '@/lib/privacy/retention-rules';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

export type InquiryAcknowledgementProps = {
  senderName: string;
  advertiserName: string;
  listingTitle: string;
};

function InquiryAcknowledgement({ senderName, advertiserName, listingTitle }: InquiryAcknowledgementProps) {
  const { SITE_NAME, APP_URL } = env();
  const months = RETENTION_RULES.inquiries.months;
  return (
    <EmailLayout
      preview={`Votre demande a bien été transmise à ${advertiserName}.`}
      reason={`vous avez envoyé une demande via l’annonce « ${listingTitle} » sur ${SITE_NAME}.`}
    >
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        Demande envoyée
      </Heading>
      <Text style={emailStyles.paragraph}>Bonjour {senderName},</Text>
      <Text style={emailStyles.paragraph}>
        Votre demande au sujet de l’annonce « {listingTitle} » a bien été transmise à {advertiserName}.
      </Text>
      <Text style={emailStyles.paragraph}>
        {advertiserName} vous répondra directement par e-mail, à cette adresse. Seul ce professionnel peut
        lire votre demande.
      </Text>
      <Text style={emailStyles.paragraph}>
        Votre demande et les réponses sont conservées {months}{'\u00a0'}mois après le dernier message, puis
        supprimées, comme le prévoit notre{' '}
        <Link href={`${APP_URL}/confidentialite`} style={{ color: emailColors.brand }}>
          charte de confidentialité
        </Link>
        .
      </Text>
      <Text style={{ ...emailStyles.paragraph, margin: '24px 0 0' }}>
        Ne transmettez jamais vos coordonnées bancaires (numéro de carte, IBAN) par e-mail.
      </Text>
    </EmailLayout>
  );
}

export const inquiryAcknowledgementTemplate = defineEmailTemplate<InquiryAcknowledgementProps>({
  category: 'TRANSACTIONAL',
  subject: ({ advertiserName }) => `Votre demande a été transmise à ${advertiserName}`,
  component: InquiryAcknowledgement,
});
