// Confirms a deletion and says what was kept and why.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type AccountDeletedProps = { name: string };

function AccountDeleted({ name }: AccountDeletedProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Votre compte a été supprimé."
      reason={`vous avez supprimé votre compte ${SITE_NAME}.`}
      title="Votre compte est supprimé"
      name={name}
    >
      <Text style={paragraph}>
        Votre compte, votre annonce, ses photos, les demandes reçues et les avis publiés sur votre annonce
        ont été supprimés. Vous ne recevrez plus la lettre « Auto-entrepreneurs ».
      </Text>
      <Text style={paragraph}>
        Seules vos factures sont conservées dix ans, comme la loi l’impose (article L123-22 du Code de
        commerce), puis effacées. Ce message est le dernier que nous vous envoyons.
      </Text>
    </AccountMessage>
  );
}

export const accountDeletedTemplate = defineEmailTemplate<AccountDeletedProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Votre compte a été supprimé',
  component: AccountDeleted,
});
