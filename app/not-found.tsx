// French 404: say it plainly, offer a search and the way home.
import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { SearchForm } from '@/components/search/search-form';

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } };

export default function NotFound() {
  return (
    <Container width="narrow" className="py-12 sm:py-20">
      <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">Erreur 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-brand-950 sm:text-4xl">
        Cette page est introuvable
      </h1>
      <p className="mt-4 text-lg text-ink-700">
        L’adresse est peut-être mal saisie, ou l’annonce n’est plus publiée. Cherchez un professionnel
        ci-dessous ou revenez à l’accueil.
      </p>
      <div className="mt-8 rounded-card border border-ink-200 bg-ink-50 p-4">
        <SearchForm size="large" idPrefix="introuvable" />
      </div>
      <ButtonLink href="/" variant="secondary" className="mt-6">
        Revenir à l’accueil
      </ButtonLink>
    </Container>
  );
}
