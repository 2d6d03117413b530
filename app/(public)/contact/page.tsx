// Contact details of the company (a contact form comes later).
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';
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

export default function ContactPage() {
  const config = env();
  return (
    <LegalPage title="Nous contacter">
      <p>
        Une question sur le site, votre compte ou vos données personnelles&nbsp;? Écrivez-nous, nous
        répondons en général sous deux jours ouvrés.
      </p>
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
      <h2>Vous cherchez un professionnel&nbsp;?</h2>
      <p>
        Pour joindre un auto-entrepreneur, passez par son annonce&nbsp;: nous ne transmettons pas ses
        coordonnées. <Link href="/recherche">Rechercher un professionnel</Link>.
      </p>
    </LegalPage>
  );
}
