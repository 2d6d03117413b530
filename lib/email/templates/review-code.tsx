// A review code sent to a client on the advertiser's behalf: the code, the link that fills it in, and
// what the client is asked (nothing is given in return for a review).
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type ReviewCodeProps = {
  /** The client's name as the advertiser typed it, or « Madame, Monsieur ». */
  name: string;
  advertiserName: string;
  listingTitle: string;
  /** « ABCD-EFGH-JKMN » */
  code: string;
  /** `${APP_URL}/avis?code=ABCD-EFGH-JKMN` */
  reviewUrl: string;
  /** « 25 février 2027 » */
  expiresOn: string;
};

function ReviewCode({ name, advertiserName, listingTitle, code, reviewUrl, expiresOn }: ReviewCodeProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview={`${advertiserName} vous invite à donner votre avis.`}
      reason={`${advertiserName} a demandé à ${SITE_NAME} de vous transmettre ce code d’évaluation.`}
      title="Donnez votre avis"
      name={name}
      action={{ href: reviewUrl, label: 'Donner mon avis' }}
      footnote={`Ce code est personnel, ne sert qu’une fois et reste valable jusqu’au ${expiresOn}. Rien ne vous est offert en échange de votre avis, et vous êtes libre de ne pas en donner.`}
    >
      <Text style={paragraph}>
        {advertiserName} ({listingTitle}) vous remercie de lui avoir fait confiance et vous invite à donner votre avis
        sur {SITE_NAME}.
      </Text>
      <Text style={paragraph}>
        Votre code d’évaluation{'\u00a0'}: <strong style={{ fontFamily: 'monospace', fontSize: '18px' }}>{code}</strong>
      </Text>
    </AccountMessage>
  );
}

export const reviewCodeTemplate = defineEmailTemplate<ReviewCodeProps>({
  category: 'TRANSACTIONAL',
  subject: ({ advertiserName }) => `${advertiserName} vous invite à donner votre avis`,
  component: ReviewCode,
});
