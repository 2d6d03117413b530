// The contact form (delivered to the team through the outbox) and the company's contact details.
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ContactForm } from '@/components/contact/contact-form';
import { LegalPage } from '@/components/content/legal-page';
import { CONTACT_FORM_ID } from '@/lib/contact/send';
import { issueFormToken } from '@/lib/inquiries/anti-spam';
import { pageMetadata } from '@/lib/seo/metadata';
import { env } from '@/lib/env';

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return pageMetadata({
    title: 'Contact',
    description: `Une question sur le site, votre compte ou vos données personnelles ? Écrivez à l’équipe de ${SITE_NAME}.`,
    path: '/contact',
  });
}

export default async function ContactPage() {
  // Rendered per request: the form's signed timestamp proves how long the visitor took to write.
  await connection();
  const config = env();
  return (
    <LegalPage title="Nous contacter">
      <p>
        Une question sur le site, votre compte ou vos données personnelles&nbsp;? Écrivez-nous, nous
        répondons en général sous deux jours ouvrés.
      </p>
      <h2>Par le formulaire</h2>
      <ContactForm formToken={issueFormToken(CONTACT_FORM_ID)} />
      <h2>Par courrier électronique</h2>
      <p>
        <a href={`mailto:${config.CONTACT_EMAIL}`}>{config.CONTACT_EMAIL}</a>
      </p>
      <h2>Par courrier postal</h2>
      <address className="not-italic">
        {config.COMPANY_NAME}
        <br />
        {config.COMPANY_ADDRESS}
      </address>
      <h2>Vos données, un contenu à signaler</h2>
      <p>
        Pour télécharger ou supprimer vos données sans compte, utilisez la page{' '}
        <Link href="/mes-donnees">Mes données</Link>. Pour ne plus recevoir de messages commerciaux&nbsp;:{' '}
        <Link href="/messages-commerciaux">Ne plus recevoir de messages commerciaux</Link>. Pour signaler une annonce ou
        un avis illicite&nbsp;: <Link href="/signaler">Signaler un contenu</Link>.
      </p>
      <h2>Vous cherchez un professionnel&nbsp;?</h2>
      <p>
        Pour joindre un auto-entrepreneur, passez par son annonce&nbsp;: nous ne transmettons pas ses
        coordonnées. <Link href="/recherche">Rechercher un professionnel</Link>.
      </p>
    </LegalPage>
  );
}
