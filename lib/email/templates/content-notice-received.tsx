// Acknowledges a notice of illegal content without delay (DSA art. 16(4)), and says what happens next.
import { Text } from '@react-email/components';
import { env } from '@/lib/env';
import { AccountMessage, paragraph } from './account-message';
import { defineEmailTemplate } from './define';

export type ContentNoticeReceivedProps = { reporterName: string; url: string; reference: string };

function ContentNoticeReceived({ reporterName, url, reference }: ContentNoticeReceivedProps) {
  const { SITE_NAME } = env();
  return (
    <AccountMessage
      preview="Nous avons bien reçu votre signalement."
      reason={`vous avez signalé un contenu sur ${SITE_NAME}.`}
      title="Signalement reçu"
      name={reporterName}
    >
      <Text style={paragraph}>
        Nous avons bien reçu votre signalement du contenu publié à l’adresse{'\u00a0'}: {url} (référence {reference}).
      </Text>
      <Text style={paragraph}>
        Notre équipe l’examine avec diligence et de manière objective. Vous recevrez par e-mail notre décision et ses
        motifs, ainsi que les voies de recours dont vous disposez.
      </Text>
    </AccountMessage>
  );
}

export const contentNoticeReceivedTemplate = defineEmailTemplate<ContentNoticeReceivedProps>({
  category: 'TRANSACTIONAL',
  subject: () => 'Votre signalement a bien été reçu',
  component: ContentNoticeReceived,
});
