// Tells an advertiser that the Sirene register lists their establishment as closed, that their
// listing was taken offline because of it, and how to put things right.
import { Button, Heading, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { formatSiret } from '@/lib/format/french';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

export type SiretClosedProps = {
  advertiserName: string;
  /** 14 digits, as stored. */
  siret: string;
  /** The name the register gives, when it publishes one. */
  registeredName: string | null;
  /** True when this check took a published listing offline. */
  listingUnpublished: boolean;
  /** Absolute link to the account page of the advertiser's space, where the SIRET is changed. */
  accountUrl: string;
};

function SiretClosed({ advertiserName, siret, registeredName, listingUnpublished, accountUrl }: SiretClosedProps) {
  const { SITE_NAME, CONTACT_EMAIL } = env();
  const establishment = registeredName
    ? `l’établissement ${formatSiret(siret)} (${registeredName})`
    : `l’établissement ${formatSiret(siret)}`;
  return (
    <EmailLayout
      preview="Le répertoire Sirene indique que votre établissement est fermé."
      reason={`votre annonce sur ${SITE_NAME} est liée à ce numéro SIRET.`}
    >
      <Heading as="h1" style={{ color: emailColors.brand, fontSize: '24px', margin: '0 0 16px' }}>
        Votre établissement apparaît comme fermé
      </Heading>
      <Text style={emailStyles.paragraph}>Bonjour {advertiserName},</Text>
      <Text style={emailStyles.paragraph}>
        Lors de sa vérification automatique, le répertoire Sirene de l’Insee nous a indiqué que {establishment}{' '}
        est fermé.
      </Text>
      <Text style={emailStyles.paragraph}>
        {listingUnpublished
          ? 'Seules les entreprises en activité peuvent paraître sur le site\u00a0: votre annonce a donc été retirée. Elle est conservée et pourra être publiée de nouveau une fois votre SIRET vérifié.'
          : 'Seules les entreprises en activité peuvent paraître sur le site\u00a0: votre annonce ne pourra pas être publiée tant que ce numéro est fermé.'}
      </Text>
      <Text style={emailStyles.paragraph}>
        Vous avez changé de numéro SIRET&nbsp;? Indiquez le nouveau dans votre espace&nbsp;: il sera vérifié
        dans la foulée.
      </Text>
      <Button href={accountUrl} style={emailStyles.button}>
        Mettre à jour mon SIRET
      </Button>
      <Text style={{ ...emailStyles.paragraph, margin: '24px 0 0' }}>
        S’il s’agit d’une erreur du répertoire, demandez sa correction à l’Insee, puis écrivez-nous à{' '}
        {CONTACT_EMAIL}.
      </Text>
    </EmailLayout>
  );
}

export const siretClosedTemplate = defineEmailTemplate<SiretClosedProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Votre établissement apparaît comme fermé',
  component: SiretClosed,
});
