// Tells an advertiser that a visitor wrote to them through their listing.
//
// The message itself is deliberately left out: inquiries are private, retention-limited data that the
// advertiser reads in their space. Copied into an e-mail it would sit for years in mailboxes (and at
// the provider), beyond our retention rules and out of reach of a deletion request.
import { Button, Heading, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

export type InquiryReceivedProps = {
  advertiserName: string;
  senderName: string;
  listingTitle: string;
  /** Absolute link to this inquiry in the advertiser's space: `${APP_URL}/espace/demandes/<inquiryId>`. */
  inboxUrl: string;
};

function InquiryReceived({ advertiserName, senderName, listingTitle, inboxUrl }: InquiryReceivedProps) {
  const { SITE_NAME } = env();
  return (
    <EmailLayout
      preview={`${senderName} vous a écrit au sujet de votre annonce.`}
      reason={`une personne vous a écrit via votre annonce sur ${SITE_NAME}.`}
    >
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        Nouvelle demande
      </Heading>
      <Text style={emailStyles.paragraph}>Bonjour {advertiserName},</Text>
      <Text style={emailStyles.paragraph}>
        {senderName} vous a envoyé une demande au sujet de votre annonce « {listingTitle} ».
      </Text>
      <Text style={emailStyles.paragraph}>
        Pour protéger la vie privée de chacun, le message n’est lisible que dans votre espace :
      </Text>
      <Button href={inboxUrl} style={emailStyles.button}>
        Lire la demande
      </Button>
      <Text style={{ ...emailStyles.paragraph, margin: '24px 0 0' }}>
        Répondre rapidement augmente vos chances de décrocher la mission !
      </Text>
    </EmailLayout>
  );
}

export const inquiryReceivedTemplate = defineEmailTemplate<InquiryReceivedProps>({
  category: 'TRANSACTIONAL',
  subject: ({ senderName }) => `Nouvelle demande de ${senderName}`,
  component: InquiryReceived,
});
