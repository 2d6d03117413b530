// Confirms that an account was deleted after three years without sign-in, as announced 30 days before.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type InactiveAccountDeletedProps = { name: string };

function InactiveAccountDeleted({ name }: InactiveAccountDeletedProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Votre compte inactif a été supprimé."
      reason={`vous aviez un compte annonceur sur ${SITE_NAME}.`}
      title="Votre compte inactif est supprimé"
      name={name}
    >
      <Text style={paragraph}>
        Sans connexion depuis trois ans, et comme annoncé il y a 30&nbsp;jours, votre compte, votre annonce,
        ses photos, les demandes reçues et les avis publiés sur votre annonce ont été supprimés.
      </Text>
      <Text style={paragraph}>
        Seules vos factures sont conservées dix ans, comme la loi l’impose (article L123-22 du Code de
        commerce), puis effacées. Vous pouvez créer un nouveau compte à tout moment. Ce message est le dernier
        que nous vous envoyons.
      </Text>
    </AccountMessage>
  );
}

export const inactiveAccountDeletedTemplate = defineEmailTemplate<InactiveAccountDeletedProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Votre compte inactif a été supprimé',
  component: InactiveAccountDeleted,
});
