'use client';
// Last-resort error page, when the root layout itself failed: it renders its own <html>.
import { useEffect } from 'react';
import './globals.css';

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="fr">
      <body className="bg-white font-sans text-ink-900">
        <main id="contenu" className="mx-auto max-w-3xl px-4 py-16">
          <h1 className="text-3xl font-bold text-brand-950">Le site rencontre un problème</h1>
          <p className="mt-4 text-lg text-ink-700">
            Nous n’avons pas pu afficher la page. Réessayez dans un instant.
          </p>
          {error.digest && <p className="mt-2 text-sm text-ink-600">Référence de l’erreur&nbsp;: {error.digest}</p>}
          <button
            type="button"
            onClick={() => reset()}
            className="mt-8 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            Réessayer
          </button>
        </main>
      </body>
    </html>
  );
}
