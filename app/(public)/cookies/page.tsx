// What the site stores in the visitor's browser today: strictly necessary cookies only.
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';

export const metadata: Metadata = { title: 'Cookies' };

export default function CookiesPage() {
  return (
    <LegalPage title="Cookies">
      <p>
        Un cookie est un petit fichier qu’un site enregistre dans votre navigateur pour le relire lors de
        vos visites suivantes. Cette page indique ceux que nous utilisons.
      </p>

      <h2>Aujourd’hui&nbsp;: uniquement des cookies strictement nécessaires</h2>
      <p>
        Si vous consultez le site sans vous connecter, nous ne déposons aucun cookie. Les seuls cookies
        utilisés sont strictement nécessaires au service que vous demandez&nbsp;: ils sont exemptés de
        consentement (article&nbsp;82 de la loi Informatique et Libertés, lignes directrices de la CNIL).
      </p>
      <ul>
        <li>
          <strong>Cookie de session</strong>, déposé seulement lorsqu’un annonceur ou un membre de l’équipe se
          connecte&nbsp;: il garde la connexion ouverte et la protège. Il disparaît à la déconnexion ou à
          l’expiration de la session.
        </li>
        <li>
          <strong>Cookies de sécurité de la connexion</strong>, déposés au moment où vous vous connectez,
          pour empêcher qu’un autre site agisse à votre place.
        </li>
      </ul>

      <h2>Pas de mesure d’audience ni de publicité</h2>
      <p>
        Nous ne déposons aucun cookie de mesure d’audience, de réseau social ou de publicité, et aucun
        tiers ne dépose de cookie par notre intermédiaire.
      </p>

      <h2>Si cela change</h2>
      <p>
        Avant de déposer un cookie qui n’est pas strictement nécessaire, nous vous demanderons votre accord
        au moyen d’un bandeau où refuser sera aussi simple qu’accepter, finalité par finalité. Sans réponse
        de votre part, rien ne sera déposé, et vous pourrez changer d’avis à tout moment. Cette page sera
        mise à jour en conséquence.
      </p>

      <h2>En savoir plus</h2>
      <p>
        Voir notre <Link href="/charte-de-confidentialite">charte de confidentialité</Link>.
      </p>
    </LegalPage>
  );
}
