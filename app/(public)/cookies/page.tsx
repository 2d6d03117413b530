// What the site stores in the visitor's browser today: strictly necessary cookies only.
import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/content/legal-page';
import { pageMetadata } from '@/lib/seo/metadata';
import { env } from '@/lib/env';

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return pageMetadata({
    title: 'Cookies',
    description: `Les cookies de ${SITE_NAME} : uniquement des cookies strictement nécessaires, sans mesure d’audience ni publicité.`,
    path: '/cookies',
  });
}

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
          <strong>
            <code>authjs.session-token</code>
          </strong>{' '}
          (<code>__Secure-authjs.session-token</code> en HTTPS), déposé seulement lorsqu’un annonceur ou un
          membre de l’équipe se connecte&nbsp;: chiffré, il ne contient qu’une clé de session tirée au hasard
          et garde la connexion ouverte. Il est effacé à la déconnexion et ne sert plus à rien dès que la
          session se ferme, après deux heures sans activité (trente jours si vous avez coché «&nbsp;Rester
          connecté&nbsp;»). Durée maximale&nbsp;: trente jours.
        </li>
        <li>
          <strong>
            <code>authjs.callback-url</code>
          </strong>
          , déposé au moment de la connexion pour revenir à la page demandée. Il disparaît à la fermeture du
          navigateur.
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
