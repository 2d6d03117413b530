// Tells the advertiser that a client's review is online, with the way to reply publicly or to report it.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type ReviewPublishedProps = {
  advertiserName: string;
  listingTitle: string;
  rating: number;
  /** `${APP_URL}/espace/avis` */
  reviewsUrl: string;
};

function ReviewPublished({ advertiserName, listingTitle, rating, reviewsUrl }: ReviewPublishedProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview={`Un client a donné son avis (${rating}/5).`}
      reason={`un client a déposé un avis sur votre annonce ${SITE_NAME}.`}
      title="Nouvel avis publié"
      name={advertiserName}
      action={{ href: reviewsUrl, label: 'Lire et répondre' }}
    >
      <Text style={paragraph}>
        Un client a utilisé un de vos codes d’évaluation et publié un avis ({rating}/5) sur votre annonce
        « {listingTitle} ».
      </Text>
      <Text style={paragraph}>
        Vous pouvez y répondre publiquement depuis votre espace, ou le signaler à notre équipe si vous avez un doute
        motivé sur son authenticité.
      </Text>
    </AccountMessage>
  );
}

export const reviewPublishedTemplate = defineEmailTemplate<ReviewPublishedProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Un client a publié un avis sur votre annonce',
  component: ReviewPublished,
});
