// Mentions légales (LCEN art. 6): publisher, publication director, host; every value from env().
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';
import { pageMetadata } from '@/lib/seo/metadata';
import { env } from '@/lib/env';

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return pageMetadata({
    title: 'Mentions légales',
    description: `Éditeur, siège social, directeur de la publication et hébergeur de ${SITE_NAME}.`,
    path: '/mentions-legales',
  });
}

export default function LegalNoticePage() {
  const config = env();
  const rows: Array<[string, string]> = [
    ['Dénomination sociale', config.COMPANY_NAME],
    ['Siège social', config.COMPANY_ADDRESS],
    ['Téléphone', config.COMPANY_PHONE],
    ['Adresse électronique', config.CONTACT_EMAIL],
    ['Immatriculation', config.COMPANY_RCS],
    ['Capital social', config.COMPANY_CAPITAL],
    ['Numéro de TVA intracommunautaire', config.COMPANY_VAT],
    ['Directeur de la publication', config.PUBLICATION_DIRECTOR],
  ];
  return (
    <LegalPage title="Mentions légales">
      <p>
        Le site {config.SITE_DOMAIN} ({config.SITE_NAME}) est édité conformément à l’article&nbsp;6 de la loi
        n°&nbsp;2004-575 du 21&nbsp;juin&nbsp;2004 pour la confiance dans l’économie numérique.
      </p>

      <h2>Éditeur du site</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {label === 'Adresse électronique' ? <a href={`mailto:${value}`}>{value}</a> : value}
            </dd>
          </div>
        ))}
      </dl>

      <h2>Hébergeur</h2>
      <dl>
        <dt>Nom</dt>
        <dd>{config.HOST_NAME}</dd>
        <dt>Adresse</dt>
        <dd>{config.HOST_ADDRESS}</dd>
        <dt>Téléphone</dt>
        <dd>{config.HOST_PHONE}</dd>
      </dl>

      <h2>Contenus publiés par les utilisateurs</h2>
      <p>
        Les annonces sont rédigées par les annonceurs et les avis par leurs clients, sous leur
        responsabilité. Pour signaler un contenu illicite, utilisez le lien «&nbsp;Signaler un contenu&nbsp;»
        de l’annonce ou de l’avis, ou la page <Link href="/signaler">Signaler un contenu</Link>. La procédure
        de modération est décrite dans les <Link href="/cgu#moderation">conditions générales d’utilisation</Link>.
      </p>

      <h2>Nous contacter</h2>
      <p>
        Par le <Link href="/contact">formulaire de contact</Link>, par courrier électronique à{' '}
        <a href={`mailto:${config.CONTACT_EMAIL}`}>{config.CONTACT_EMAIL}</a> ou par courrier postal à l’adresse
        du siège social.
      </p>

      <h2>Données personnelles et cookies</h2>
      <p>
        Voir la <Link href="/confidentialite">charte de confidentialité</Link> et la page{' '}
        <Link href="/cookies">cookies</Link>.
      </p>
    </LegalPage>
  );
}
