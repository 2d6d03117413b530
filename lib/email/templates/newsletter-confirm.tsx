// Double opt-in of the « Clients » newsletter: the subscription counts only once this link is followed.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type NewsletterConfirmProps = {
  name: string;
  listName: string;
  /** `${APP_URL}/newsletter/confirmer?jeton=…` */
  confirmUrl: string;
};

function NewsletterConfirm({ name, listName, confirmUrl }: NewsletterConfirmProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview={`Confirmez votre inscription à la newsletter ${listName}.`}
      reason={`une inscription à la newsletter « ${listName} » de ${SITE_NAME} a été demandée avec cette adresse.`}
      title="Confirmez votre inscription"
      name={name}
      action={{ href: confirmUrl, label: 'Confirmer mon inscription' }}
      footnote="Ce lien est valable 7 jours. Sans confirmation, vous ne recevrez rien et votre demande sera oubliée. Chaque newsletter contient un lien de désinscription en un clic."
    >
      <Text style={paragraph}>
        Vous avez demandé à recevoir la newsletter « {listName} ». Pour que votre inscription soit prise en compte,
        confirmez-la{'\u00a0'}:
      </Text>
    </AccountMessage>
  );
}

export const newsletterConfirmTemplate = defineEmailTemplate<NewsletterConfirmProps>({
  category: 'TRANSACTIONAL',
  subject: ({ listName }) => `Confirmez votre inscription à la newsletter ${listName}`,
  component: NewsletterConfirm,
});
