// Confirms a request made with the « Ne plus recevoir de messages commerciaux » form: one click on the
// signed link records the opt-out, so nobody can opt someone else out by typing their address.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type CommercialOptOutLinkProps = { optOutUrl: string };

function CommercialOptOutLink({ optOutUrl }: CommercialOptOutLinkProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Confirmez que vous ne voulez plus de messages commerciaux."
      reason={`une demande d’opposition aux messages commerciaux a été faite pour cette adresse sur ${SITE_NAME}.`}
      title="Ne plus recevoir de messages commerciaux"
      name="Madame, Monsieur"
      action={{ href: optOutUrl, label: 'Confirmer mon opposition' }}
      footnote={'Si vous n’avez rien demandé, ignorez ce message\u00a0: rien ne change.'}
    >
      <Text style={paragraph}>
        Un clic sur le bouton ci-dessous suffit{'\u00a0'}: nous ne vous enverrons plus aucun message commercial (lettres
        d’information, offres). Les messages liés à un service que vous utilisez (réponse à une demande, sécurité de
        votre compte) continueront de vous parvenir.
      </Text>
    </AccountMessage>
  );
}

export const commercialOptOutLinkTemplate = defineEmailTemplate<CommercialOptOutLinkProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Confirmez votre opposition aux messages commerciaux',
  component: CommercialOptOutLink,
});
