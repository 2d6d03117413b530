// Warns an advertiser, 30 days ahead, that their account will be deleted for inactivity, and that
// signing in once is enough to keep it (retention rule « inactiveAdvertisers »).
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type InactivityWarningProps = {
  name: string;
  /** « 27 décembre 2026 », already formatted in French. */
  deletionDate: string;
  /** Absolute link to the sign-in page. */
  signInUrl: string;
};

function InactivityWarning({ name, deletionDate, signInUrl }: InactivityWarningProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview={`Votre compte sera supprimé le ${deletionDate} faute de connexion.`}
      reason={`vous avez un compte annonceur sur ${SITE_NAME}.`}
      title="Votre compte va être supprimé"
      name={name}
      action={{ href: signInUrl, label: 'Me connecter pour garder mon compte' }}
    >
      <Text style={paragraph}>
        Vous ne vous êtes pas connecté à votre compte depuis bientôt trois ans. Comme le prévoit notre charte
        de confidentialité, nous ne gardons pas les données des comptes inactifs&nbsp;: votre compte, votre
        annonce, ses photos, les demandes et les avis reçus seront supprimés le {deletionDate}.
      </Text>
      <Text style={paragraph}>
        Pour garder votre compte, il suffit de vous connecter avant cette date. Sinon, vous n’avez rien à
        faire.
      </Text>
    </AccountMessage>
  );
}

export const inactivityWarningTemplate = defineEmailTemplate<InactivityWarningProps>({
  category: 'TRANSACTIONAL',
  subject: ({ deletionDate }) => `Votre compte sera supprimé le ${deletionDate}`,
  component: InactivityWarning,
});
