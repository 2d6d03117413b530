// The privacy charter in force: the latest effective CharterVersion, or the founding text.
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { LegalPage } from '@/components/content/legal-page';
import { pageMetadata } from '@/lib/seo/metadata';
import { env } from '@/lib/env';
import { Markdown } from '@/components/content/markdown';
import { formatDate } from '@/lib/format/french';
import { getCurrentCharter } from '@/lib/privacy/queries';

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return pageMetadata({
    title: 'Charte de confidentialité',
    description: `Comment ${SITE_NAME} collecte, utilise et protège vos données personnelles, et comment exercer vos droits.`,
    path: '/charte-de-confidentialite',
  });
}

export default async function CharterPage() {
  await connection();
  const charter = await getCurrentCharter();
  return (
    <LegalPage
      title="Charte de confidentialité"
      meta={
        charter.version !== null && charter.effectiveAt
          ? `Version ${charter.version}, en vigueur depuis le ${formatDate(charter.effectiveAt)}.`
          : undefined
      }
    >
      <Markdown source={charter.bodyMarkdown} />
    </LegalPage>
  );
}
