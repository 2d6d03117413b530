// Tells the account holder that the password changed and that other devices were signed out.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type PasswordChangedProps = { name: string; resetUrl: string };

function PasswordChanged({ name, resetUrl }: PasswordChangedProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Le mot de passe de votre compte a été modifié."
      reason={`c’est l’adresse de votre compte ${SITE_NAME}.`}
      title="Mot de passe modifié"
      name={name}
      action={{ href: resetUrl, label: 'Ce n’était pas moi' }}
    >
      <Text style={paragraph}>
        Le mot de passe de votre compte vient d’être modifié et tous vos autres appareils ont été déconnectés.
      </Text>
      <Text style={paragraph}>Si vous n’êtes pas à l’origine de ce changement, réinitialisez-le tout de suite.</Text>
    </AccountMessage>
  );
}

export const passwordChangedTemplate = defineEmailTemplate<PasswordChangedProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Votre mot de passe a été modifié',
  component: PasswordChanged,
});
