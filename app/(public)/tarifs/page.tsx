// « Tarifs »: the two plans, prices excluding VAT, what is included, and how to subscribe.
import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanCards } from '@/components/billing/plan-cards';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Tarifs',
    description: 'Publiez votre annonce d’auto-entrepreneur pour 19\u00a0€\u00a0HT par mois ou 190\u00a0€\u00a0HT par an, sans engagement.',
    path: '/tarifs',
  });
}

export default function PricingPage() {
  return (
    <Container className="flex flex-col gap-8 py-10 sm:py-14">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-brand-950 sm:text-4xl">Tarifs</h1>
        <p className="mt-3 text-lg text-ink-700">
          Une seule offre, deux rythmes de paiement. Votre annonce est visible tant que votre abonnement
          court&nbsp;; vous le résiliez en un clic depuis votre espace, sans appeler personne.
        </p>
      </header>
      <section aria-labelledby="formules">
        <h2 id="formules" className="sr-only">
          Formules
        </h2>
        <PlanCards
          action={() => (
            <ButtonLink href="/espace/abonnement" variant="cta" className="w-full">
              S’abonner
            </ButtonLink>
          )}
        />
      </section>
      <section aria-labelledby="details" className="max-w-3xl text-ink-800">
        <h2 id="details" className="text-xl font-bold text-brand-900">
          Bon à savoir
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          <li>Prix hors taxes&nbsp;; la TVA de 20&nbsp;% s’ajoute sur la facture. Factures téléchargeables dans votre espace.</li>
          <li>Paiement par carte bancaire (ou prélèvement SEPA quand il est proposé) sur la page sécurisée de Stripe&nbsp;: nous ne voyons jamais votre numéro de carte.</li>
          <li>Résiliation à tout moment&nbsp;: votre annonce reste visible jusqu’à la fin de la période payée.</li>
          <li>Paiement refusé&nbsp;: votre annonce reste visible 7&nbsp;jours, le temps de mettre à jour votre carte.</li>
          <li>Aucun classement payant&nbsp;: l’abonnement rend votre annonce visible, il ne la fait pas monter dans les résultats.</li>
        </ul>
        <p className="mt-4">
          Pas encore inscrit&nbsp;?{' '}
          <Link href="/inscription" className="font-semibold text-brand-700 underline hover:text-brand-900">
            Créer mon compte annonceur
          </Link>
        </p>
      </section>
    </Container>
  );
}
