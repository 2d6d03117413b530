// Sent to the NEW address: it replaces the old one only once this link is followed (24 hours).
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type EmailChangeConfirmProps = { name: string; newEmail: string; confirmUrl: string };

function EmailChangeConfirm({ name, newEmail, confirmUrl }: EmailChangeConfirmProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Confirmez votre nouvelle adresse e-mail."
      reason={`un changement d’adresse e-mail a été demandé sur ${SITE_NAME}.`}
      title="Confirmez votre nouvelle adresse"
      name={name}
      action={{ href: confirmUrl, label: 'Confirmer cette adresse' }}
      footnote="Ce lien est valable 24 heures et ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne changera."
    >
      <Text style={paragraph}>
        Vous avez demandé à utiliser {newEmail} pour votre compte. Votre ancienne adresse reste active tant
        que vous n’avez pas confirmé celle-ci.
      </Text>
    </AccountMessage>
  );
}

export const emailChangeConfirmTemplate = defineEmailTemplate<EmailChangeConfirmProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Confirmez votre nouvelle adresse e-mail',
  component: EmailChangeConfirm,
});
