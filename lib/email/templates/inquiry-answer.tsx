// Carries an advertiser's answer to the visitor who wrote through their listing. Unlike
// inquiry-received, the text is in the e-mail: it is the advertiser's own words, written to be sent to
// this visitor. Reply-To is the advertiser, so the conversation carries on by e-mail between them.
import { Heading, Hr, Section, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

export type InquiryAnswerProps = {
  senderName: string;
  advertiserName: string;
  listingTitle: string;
  answer: string;
  /** The visitor's own message, quoted under the answer. */
  originalMessage: string;
};

const preserveLines = { whiteSpace: 'pre-line' } as const;

function InquiryAnswer({ senderName, advertiserName, listingTitle, answer, originalMessage }: InquiryAnswerProps) {
  const { SITE_NAME } = env();
  return (
    <EmailLayout
      preview={`${advertiserName} a répondu à votre demande.`}
      reason={`vous avez écrit à « ${listingTitle} » via ${SITE_NAME}.`}
    >
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        Réponse à votre demande
      </Heading>
      <Text style={emailStyles.paragraph}>Bonjour {senderName},</Text>
      <Text style={emailStyles.paragraph}>
        {advertiserName} («{'\u00a0'}{listingTitle}{'\u00a0'}») vous répond{'\u00a0'}:
      </Text>
      <Text style={{ ...emailStyles.paragraph, ...preserveLines }}>{answer}</Text>
      <Text style={emailStyles.paragraph}>
        Pour poursuivre l’échange, répondez simplement à cet e-mail{'\u00a0'}: votre réponse arrivera directement
        chez {advertiserName}.
      </Text>
      <Hr style={{ borderColor: emailColors.border, margin: '24px 0' }} />
      <Section>
        <Text style={{ ...emailStyles.paragraph, color: emailColors.muted, fontSize: '14px', margin: '0 0 8px' }}>
          Votre message{'\u00a0'}:
        </Text>
        <Text
          style={{
            ...emailStyles.paragraph,
            ...preserveLines,
            color: emailColors.muted,
            fontSize: '14px',
            borderLeft: `3px solid ${emailColors.border}`,
            paddingLeft: '12px',
          }}
        >
          {originalMessage}
        </Text>
      </Section>
    </EmailLayout>
  );
}

export const inquiryAnswerTemplate = defineEmailTemplate<InquiryAnswerProps>({
  category: 'TRANSACTIONAL',
  subject: ({ listingTitle }) => `Réponse de ${listingTitle} à votre demande`,
  component: InquiryAnswer,
});
