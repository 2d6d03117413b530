// The link of /mes-donnees: it opens, for one hour and once, what the site holds about this address.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type PersonalDataLinkProps = { accessUrl: string };

function PersonalDataLink({ accessUrl }: PersonalDataLinkProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Consultez, téléchargez ou supprimez vos données."
      reason={`quelqu’un a demandé l’accès aux données liées à cette adresse sur ${SITE_NAME}.`}
      title="Accéder à vos données"
      name="Madame, Monsieur"
      action={{ href: accessUrl, label: 'Accéder à mes données' }}
      footnote={'Ce lien est valable une heure et ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message\u00a0: personne ne peut voir vos données sans ce lien.'}
    >
      <Text style={paragraph}>
        Depuis la page «{'\u00a0'}Mes données{'\u00a0'}», vous pouvez télécharger tout ce qui est lié à cette adresse
        (avis, demandes envoyées, abonnements, consentements), vous désabonner de tout ou demander la suppression de
        vos données.
      </Text>
    </AccountMessage>
  );
}

export const personalDataLinkTemplate = defineEmailTemplate<PersonalDataLinkProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Accès à vos données personnelles',
  component: PersonalDataLink,
});
