// Sent to the OLD address once the new one is confirmed: a takeover does not go unnoticed.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type EmailChangedNoticeProps = { name: string; newEmail: string; contactEmail: string };

function EmailChangedNotice({ name, newEmail, contactEmail }: EmailChangedNoticeProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="L’adresse e-mail de votre compte a changé."
      reason={`cette adresse était celle de votre compte ${SITE_NAME}.`}
      title="Votre adresse e-mail a changé"
      name={name}
    >
      <Text style={paragraph}>
        Votre compte utilise désormais l’adresse {newEmail}. Vous ne recevrez plus nos messages ici.
      </Text>
      <Text style={paragraph}>
        Si vous n’êtes pas à l’origine de ce changement, écrivez-nous tout de suite à {contactEmail}{'\u00a0'}:
        nous bloquerons le compte le temps de vérifier.
      </Text>
    </AccountMessage>
  );
}

export const emailChangedNoticeTemplate = defineEmailTemplate<EmailChangedNoticeProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'L’adresse e-mail de votre compte a changé',
  component: EmailChangedNotice,
});
