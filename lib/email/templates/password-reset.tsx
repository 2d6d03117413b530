// A link to choose a new password: single use, one hour.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type PasswordResetProps = { name: string; resetUrl: string };

function PasswordReset({ name, resetUrl }: PasswordResetProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Choisissez un nouveau mot de passe."
      reason={`une réinitialisation du mot de passe a été demandée sur ${SITE_NAME}.`}
      title="Réinitialiser votre mot de passe"
      name={name}
      action={{ href: resetUrl, label: 'Choisir un nouveau mot de passe' }}
      footnote="Ce lien est valable une heure et ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas."
    >
      <Text style={paragraph}>Quelqu’un (vous, sans doute) a demandé à réinitialiser le mot de passe de votre compte.</Text>
    </AccountMessage>
  );
}

export const passwordResetTemplate = defineEmailTemplate<PasswordResetProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Réinitialisation de votre mot de passe',
  component: PasswordReset,
});
