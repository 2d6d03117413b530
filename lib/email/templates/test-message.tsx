// A harmless message that proves the whole path: outbox row → worker → provider (or demo mailbox).
import { Heading, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

export type TestMessageProps = { recipientName: string };

function TestMessage({ recipientName }: TestMessageProps) {
  const { SITE_NAME } = env();
  return (
    <EmailLayout
      preview="Ce message vérifie que l’envoi des e-mails fonctionne."
      reason={`un message de test a été demandé depuis ${SITE_NAME}.`}
    >
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        Message de test
      </Heading>
      <Text style={emailStyles.paragraph}>Bonjour {recipientName},</Text>
      <Text style={emailStyles.paragraph}>
        Ce message vérifie que l’envoi des e-mails fonctionne : il a été écrit dans la file d’envoi, puis
        transmis par le service d’envoi. Vous n’avez rien à faire.
      </Text>
      <Text style={emailStyles.paragraph}>L’équipe {SITE_NAME}</Text>
    </EmailLayout>
  );
}

export const testMessageTemplate = defineEmailTemplate<TestMessageProps>({
  category: 'TRANSACTIONAL',
  subject: () => `Message de test de ${env().SITE_NAME}`,
  component: TestMessage,
});
