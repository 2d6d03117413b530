// The statement of reasons of a moderation decision (DSA art. 17), sent to the author of the content and
// to the person who reported it: the decision, the facts, the ground, and every way to contest it.
import { Link, Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';
import { emailColors } from './layout';

export type ModerationDecisionProps = {
  name: string;
  /**
   * The author of the content, the person who reported it, or the advertiser whose listing carries the
   * content (a review): the same facts, a different opening.
   */
  recipient: 'author' | 'reporter' | 'listingOwner';
  /** « votre annonce « Plomberie Martin » », « le contenu » … */
  contentLabel: string;
  url: string;
  /** The decision in words, e.g. « Le contenu a été retiré du site. » */
  decision: string;
  /** Facts and circumstances the decision relies on. */
  statement: string;
  /** Legal or contractual ground: the law or the article of the CGU. */
  grounds: string;
  decidedAt: string;
  reference: string;
};

function ModerationDecision(props: ModerationDecisionProps) {
  const { SITE_NAME, APP_URL, CONTACT_EMAIL } = env();
  const label = props.contentLabel.charAt(0).toLowerCase() + props.contentLabel.slice(1);
  const { opening, reason } = {
    author: {
      opening: `Nous avons pris une décision de modération concernant ${label}, à l’adresse ${props.url}.`,
      reason: `un contenu que vous avez publié sur ${SITE_NAME} a fait l’objet d’une décision de modération.`,
    },
    reporter: {
      opening: `Vous nous avez signalé le contenu publié à l’adresse ${props.url}. Voici notre décision.`,
      reason: `vous avez signalé un contenu sur ${SITE_NAME}.`,
    },
    listingOwner: {
      opening: `Nous avons pris une décision de modération concernant ${label}, publié sur votre annonce à l’adresse ${props.url}.`,
      reason: `un contenu publié sur votre annonce, sur ${SITE_NAME}, a fait l’objet d’une décision de modération.`,
    },
  }[props.recipient];
  return (
    <AccountMessage
      preview={props.decision}
      reason={reason}
      title="Décision de modération"
      name={props.name}
    >
      <Text style={paragraph}>{opening}</Text>
      <Text style={paragraph}>
        <strong>Décision{'\u00a0'}:</strong> {props.decision} (le {props.decidedAt}, référence {props.reference})
      </Text>
      <Text style={{ ...paragraph, whiteSpace: 'pre-wrap' }}>
        <strong>Faits et circonstances{'\u00a0'}:</strong> {props.statement}
      </Text>
      <Text style={{ ...paragraph, whiteSpace: 'pre-wrap' }}>
        <strong>Fondement{'\u00a0'}:</strong> {props.grounds}
      </Text>
      <Text style={paragraph}>
        Cette décision a été prise par un membre de notre équipe, sans traitement automatisé.
      </Text>
      <Text style={paragraph}>
        <strong>Vos recours{'\u00a0'}:</strong> vous pouvez contester cette décision gratuitement auprès de nous, dans les
        six mois, en répondant à {CONTACT_EMAIL} avec la référence ci-dessus (réclamation interne)
        {'\u00a0'}; vous pouvez aussi vous adresser à un organe de règlement extrajudiciaire des litiges certifié
        (article 21 du règlement (UE) 2022/2065 sur les services numériques), ou saisir le juge compétent. Voir nos{' '}
        <Link href={`${APP_URL}/cgu#moderation`} style={{ color: emailColors.brand }}>
          conditions générales d’utilisation
        </Link>
        .
      </Text>
    </AccountMessage>
  );
}

export const moderationDecisionTemplate = defineEmailTemplate<ModerationDecisionProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Décision de modération',
  component: ModerationDecision,
});
