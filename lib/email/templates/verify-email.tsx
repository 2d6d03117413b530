// Confirms the address given at sign-up: a single-use link valid 24 hours.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type VerifyEmailProps = { name: string; verifyUrl: string };

function VerifyEmail({ name, verifyUrl }: VerifyEmailProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Confirmez votre adresse e-mail pour pouvoir publier votre annonce."
      reason={`un compte annonceur a été créé avec cette adresse sur ${SITE_NAME}.`}
      title="Confirmez votre adresse e-mail"
      name={name}
      action={{ href: verifyUrl, label: 'Confirmer mon adresse' }}
      footnote="Ce lien est valable 24 heures et ne sert qu’une fois. Si vous n’avez pas créé de compte, ignorez ce message : sans confirmation, aucune annonce ne peut être publiée."
    >
      <Text style={paragraph}>
        Bienvenue sur {SITE_NAME}{'\u00a0'}! Pour terminer votre inscription et pouvoir publier votre annonce,
        confirmez que cette adresse est bien la vôtre.
      </Text>
    </AccountMessage>
  );
}

export const verifyEmailTemplate = defineEmailTemplate<VerifyEmailProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Confirmez votre adresse e-mail',
  component: VerifyEmail,
});
