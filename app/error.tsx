'use client';
// Error boundary of the pages (inside the root layout): French message and a retry.
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Container width="narrow" className="py-12 sm:py-20">
      <h1 className="text-3xl font-bold tracking-tight text-brand-950">Une erreur est survenue</h1>
      <p className="mt-4 text-lg text-ink-700">
        Nous n’avons pas pu afficher cette page. Réessayez dans un instant&nbsp;; si le problème persiste,
        revenez plus tard.
      </p>
      {error.digest && <p className="mt-2 text-sm text-ink-600">Référence de l’erreur&nbsp;: {error.digest}</p>}
      <div className="mt-8 flex flex-wrap gap-3">
        <Button variant="primary" onClick={() => reset()}>
          Réessayer
        </Button>
        <ButtonLink href="/" variant="secondary">
          Revenir à l’accueil
        </ButtonLink>
      </div>
    </Container>
  );
}
