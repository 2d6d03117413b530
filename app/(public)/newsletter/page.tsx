// /newsletter: sign up for the « Clients » newsletter (double opt-in: nothing is sent before the
// e-mailed link is confirmed), with what it contains and how to leave it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';
import { NewsletterSignUpForm } from '@/components/newsletters/sign-up-form';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'La lettre d’information Clients',
  description: 'Nouveaux services près de chez vous et conseils pour bien choisir un professionnel, une fois par mois au plus.',
  path: '/newsletter',
});

export default function NewsletterSignUpPage() {
  return (
    <LegalPage title={'La lettre «\u00a0Clients\u00a0»'}>
      <p>
        Nouveaux services près de chez vous et conseils pour bien choisir un professionnel. Elle est gratuite, et vous
        la quittez quand vous voulez{'\u00a0'}: chaque lettre contient un lien de désinscription en un clic.
      </p>
      <p>
        Votre adresse ne sert qu’à vous envoyer cette lettre{'\u00a0'}; elle n’est jamais transmise à des tiers ni
        montrée aux professionnels. Elle est effacée trois ans après votre dernier contact avec nous (voir la{' '}
        <Link href="/confidentialite">charte de confidentialité</Link>).
      </p>
      <NewsletterSignUpForm />
    </LegalPage>
  );
}
