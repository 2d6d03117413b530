// A message of the contact form, delivered to the team's address; « Répondre » goes to the sender.
import { Heading, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

export type ContactMessageProps = { senderName: string; senderEmail: string; subject: string; message: string };

function ContactMessage({ senderName, senderEmail, subject, message }: ContactMessageProps) {
  return (
    <EmailLayout
      preview={`${senderName} a écrit via le formulaire de contact.`}
      reason={`un visiteur a écrit via le formulaire de contact de ${env().SITE_NAME}.`}
    >
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        {subject}
      </Heading>
      <Text style={emailStyles.paragraph}>
        De{'\u00a0'}: {senderName} &lt;{senderEmail}&gt;
      </Text>
      <Text style={{ ...emailStyles.paragraph, whiteSpace: 'pre-wrap' }}>{message}</Text>
      <Text style={{ ...emailStyles.paragraph, color: emailColors.muted, fontSize: '13px' }}>
        Répondez directement à ce message{'\u00a0'}: la réponse part à l’adresse du visiteur.
      </Text>
    </EmailLayout>
  );
}

export const contactMessageTemplate = defineEmailTemplate<ContactMessageProps>({
  category: 'TRANSACTIONAL',
  subject: ({ subject }) => `[Contact] ${subject}`,
  component: ContactMessage,
});
