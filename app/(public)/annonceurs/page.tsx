// Advertisers' landing page: what they get, the one price, the promises, and the way in.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { frenchSpacing } from '@/lib/format/french';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Espace annonceur : publiez votre annonce',
    description:
      'Auto-entrepreneur : publiez votre annonce pour 19\u00a0€\u00a0HT par mois, sans engagement. Adresse jamais publiée, aucun classement payant, avis de vrais clients.',
    path: '/annonceurs',
  });
}

const FEATURES = [
  {
    title: 'Une annonce complète',
    body: 'Présentation, tarifs, horaires, zone d’intervention et photos : tout ce qu’un client veut savoir avant de vous contacter.',
  },
  {
    title: 'Des demandes qui n’arrivent qu’à vous',
    body: 'Les visiteurs vous écrivent ou demandent à être rappelés depuis votre annonce. Leurs messages ne sont visibles que par vous.',
  },
  {
    title: 'Des avis qui comptent',
    body: 'Remettez un code à usage unique à vos clients : eux seuls peuvent déposer un avis, et vous pouvez y répondre publiquement.',
  },
  {
    title: 'Vos statistiques',
    body: 'Vues de l’annonce, numéros affichés, demandes reçues : suivez ce que votre annonce vous rapporte.',
  },
  {
    title: 'Le badge « SIRET vérifié »',
    body: 'Votre numéro SIRET est contrôlé auprès du répertoire officiel des entreprises, et la date de vérification est affichée.',
  },
  {
    title: 'La newsletter des auto-entrepreneurs',
    body: 'Des conseils et les nouveautés du site, et un lien pour vous désabonner en un clic.',
  },
].map((feature) => ({ title: frenchSpacing(feature.title), body: frenchSpacing(feature.body) }));

export default function AdvertisersPage() {
  return (
    <>
      <section aria-labelledby="titre-annonceurs" className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="py-10 sm:py-16">
          <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">Espace annonceur</p>
          <h1 id="titre-annonceurs" className="mt-2 max-w-3xl text-[1.625rem] leading-tight font-bold tracking-tight text-brand-950 sm:text-5xl">
            <span className="whitespace-nowrap">Auto-entrepreneur&nbsp;?</span> <span className="whitespace-nowrap">Faites-vous</span> trouver par
            des clients près de chez vous
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-ink-700">
            Une annonce claire, des avis de vrais clients et un badge «&nbsp;SIRET vérifié&nbsp;» qui inspire
            confiance. Un seul tarif, sans engagement.
          </p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <ButtonLink href="/inscription" variant="cta" size="lg">
              Créer mon compte
            </ButtonLink>
            <ButtonLink href="/connexion" variant="secondary" size="lg">
              Se connecter
            </ButtonLink>
          </div>
        </Container>
      </section>

      <Container className="grid gap-10 py-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="inclus">
          <h2 id="inclus" className="text-2xl font-bold sm:text-3xl">
            Ce que vous obtenez
          </h2>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {FEATURES.map((feature) => (
              <li key={feature.title} className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
                <h3 className="text-lg font-semibold text-brand-900">{feature.title}</h3>
                <p className="mt-2 text-ink-700">{feature.body}</p>
              </li>
            ))}
          </ul>
        </section>

        <Card as="section" aria-labelledby="tarif" className="self-start border-2 border-brand-200 p-6">
          <h2 id="tarif" className="text-xl font-bold text-brand-900">
            Un seul tarif
          </h2>
          <p className="mt-3">
            <span className="text-4xl font-bold text-brand-950">19&nbsp;€</span>{' '}
            <span className="text-lg text-ink-700">HT&nbsp;/&nbsp;mois</span>
          </p>
          <p className="mt-2 font-semibold text-ink-900">Sans engagement, résiliable en un clic.</p>
          <ul className="mt-4 space-y-2 text-ink-800">
            {[
              'Toutes les fonctionnalités incluses',
              frenchSpacing('Paiement sécurisé par carte : aucune donnée bancaire chez nous'),
              'Résiliation depuis votre espace, sans appeler personne',
              'Factures disponibles en ligne',
            ].map((item) => (
              <li key={item} className="flex gap-2">
                <VerifiedIcon className="mt-1 h-4 w-4 shrink-0 text-success-700" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
          <ButtonLink href="/inscription" variant="cta" className="mt-6 w-full">
            Créer mon compte
          </ButtonLink>
          <p className="mt-3 text-center text-sm text-ink-700">
            Déjà inscrit&nbsp;?{' '}
            <Link href="/connexion" className="font-semibold text-brand-700 underline hover:text-brand-900">
              Se connecter
            </Link>
          </p>
        </Card>
      </Container>

      <section aria-labelledby="engagements" className="bg-ink-50">
        <Container className="py-10 sm:py-14">
          <h2 id="engagements" className="text-2xl font-bold sm:text-3xl">
            Nos engagements envers vous
          </h2>
          <ul className="mt-6 grid gap-4 md:grid-cols-3">
            <li className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
              <h3 className="text-lg font-semibold text-brand-900">Votre adresse n’est jamais publiée</h3>
              <p className="mt-2 text-ink-700">
                L’adresse demandée à l’inscription sert uniquement à la facturation et à la vérification.
                Votre annonce n’affiche que votre commune et votre zone d’intervention.
              </p>
            </li>
            <li className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
              <h3 className="text-lg font-semibold text-brand-900">Aucun classement payant</h3>
              <p className="mt-2 text-ink-700">
                Personne ne peut payer pour passer devant vous dans les résultats&nbsp;: tous les annonceurs
                ont le même abonnement et les mêmes chances.
              </p>
            </li>
            <li className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
              <h3 className="text-lg font-semibold text-brand-900">Des avis uniquement avec un code client</h3>
              <p className="mt-2 text-ink-700">
                Seules les personnes à qui vous remettez un code peuvent laisser un avis&nbsp;: pas de faux
                avis de concurrents. Vous disposez d’un droit de réponse et pouvez signaler un avis
                gratuitement.
              </p>
            </li>
          </ul>
        </Container>
      </section>
    </>
  );
}
