// Every cookie the site sets (lib/consent/cookie-table.ts), what the three purposes do, and the form
// to change one's choice at any time (also reachable without JavaScript from « Gérer les cookies »).
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { LegalPage } from '@/components/content/legal-page';
import { CookieChoices } from '@/components/consent/cookie-choices';
import { CATEGORY_LABELS, SITE_COOKIES } from '@/lib/consent/cookie-table';
import { CONSENT_COOKIE, consentExpiry } from '@/lib/consent/cookie';
import { getConsent, getStoredConsent } from '@/lib/consent/server';
import { env } from '@/lib/env';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  const { SITE_NAME } = env();
  return pageMetadata({
    title: 'Cookies',
    description: `Les cookies de ${SITE_NAME} : à quoi ils servent, combien de temps ils durent, et comment accepter ou refuser chacun d’eux.`,
    path: '/cookies',
  });
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

export default async function CookiesPage() {
  await connection();
  const [consent, stored] = await Promise.all([getConsent(), getStoredConsent()]);
  return (
    <LegalPage title="Cookies">
      <p>
        Un cookie est un petit fichier qu’un site enregistre dans votre navigateur pour le relire lors de vos visites
        suivantes. Cette page les liste tous. Sans votre accord, nous ne déposons que des cookies strictement
        nécessaires&nbsp;; ne rien choisir revient à refuser.
      </p>

      <h2 id="vos-choix">Vos choix</h2>
      {stored ? (
        <p>
          Vous avez fait vos choix le {dateFormat.format(stored.decidedAt)}&nbsp;; nous vous les redemanderons après le{' '}
          {dateFormat.format(consentExpiry(stored.decidedAt))}. Vous pouvez les changer ici à tout moment.
        </p>
      ) : (
        <p>Vous n’avez encore rien choisi&nbsp;: aucun cookie facultatif n’est déposé.</p>
      )}
      {consent.gpc && (
        <p>
          Votre navigateur envoie le signal <i lang="en">Global Privacy Control</i>&nbsp;: nous le prenons comme un refus de
          la publicité, quoi que vous choisissiez ici.
        </p>
      )}
      <CookieChoices consent={consent} />

      <h2>Ce que fait chaque finalité</h2>
      <dl>
        <dt>Préférences</dt>
        <dd>
          Le dernier lieu cherché et le dernier ordre de tri sont retenus pour préremplir vos recherches suivantes.
          Sans votre accord, rien n’est retenu.
        </dd>
        <dt>Mesure d’audience</dt>
        <dd>
          Chaque page vue ajoute un au compteur du jour de son type de page (par exemple «&nbsp;page d’une
          annonce&nbsp;»). Aucun cookie, aucun identifiant, aucune adresse IP n’est enregistré&nbsp;; les compteurs sont
          effacés après 25&nbsp;mois.
        </dd>
        <dt>Publicité</dt>
        <dd>
          Les pages de résultats comportent un espace publicitaire. Avec votre accord, il charge le script de la régie,
          qui peut déposer son propre cookie. Sans votre accord, l’espace reste vide et aucun script n’est chargé.
        </dd>
      </dl>

      <h2>La liste des cookies</h2>
      {SITE_COOKIES.map((cookie) => (
        <section key={cookie.name} aria-labelledby={`cookie-${cookie.name}`}>
          <h3 id={`cookie-${cookie.name}`}>
            <code>{cookie.name}</code>
          </h3>
          <dl>
            {cookie.aliases && (
              <>
                <dt>Autre nom</dt>
                <dd>
                  {cookie.aliases.map((alias) => (
                    <code key={alias}>{alias}</code>
                  ))}{' '}
                  (en HTTPS)
                </dd>
              </>
            )}
            <dt>Catégorie</dt>
            <dd>{CATEGORY_LABELS[cookie.category]}</dd>
            <dt>Finalité</dt>
            <dd>{cookie.purpose}</dd>
            <dt>Durée</dt>
            <dd>{cookie.lifetime}</dd>
          </dl>
        </section>
      ))}

      <h2>Preuve de vos choix</h2>
      <p>
        Chaque choix est enregistré avec un identifiant tiré au hasard (celui du cookie <code>{CONSENT_COOKIE}</code>), les
        finalités acceptées ou refusées, la version du bandeau et celle de la charte de confidentialité en vigueur, la
        présence du signal <i lang="en">Global Privacy Control</i>, la date et, si vous êtes connecté, votre compte. C’est
        la preuve de votre consentement que la CNIL nous demande de pouvoir présenter.
      </p>

      <h2>En savoir plus</h2>
      <p>
        Voir notre <Link href="/confidentialite">charte de confidentialité</Link> et les{' '}
        <a href="https://www.cnil.fr/fr/cookies-et-autres-traceurs">recommandations de la CNIL</a>.
      </p>
    </LegalPage>
  );
}
