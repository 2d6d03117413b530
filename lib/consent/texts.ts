// What the banner says, purpose by purpose. The same words are shown and stored in
// ConsentBannerVersion (with CONSENT_BANNER_VERSION): the proof of what a visitor agreed to.
import { CONSENT_BANNER_VERSION, CONSENT_CODE_VERSION, type Purpose } from './cookie';

export const BANNER_TITLE = 'Vos choix de cookies';

export const BANNER_TEXT =
  'Avec votre accord, nous utilisons des cookies pour retenir vos préférences de recherche, mesurer ' +
  'l’audience du site et afficher de la publicité. Refuser est aussi simple qu’accepter, et vous pouvez ' +
  'changer d’avis à tout moment avec «\u00a0Gérer les cookies\u00a0» en bas de page.';

export const PURPOSE_TEXTS: Record<Purpose, { label: string; description: string }> = {
  preferences: {
    label: 'Préférences',
    description:
      'Retenir le dernier lieu cherché et l’ordre de tri choisi pour préremplir vos prochaines recherches (cookie jauto_prefs, 6\u00a0mois).',
  },
  audience: {
    label: 'Mesure d’audience',
    description:
      'Compter les pages vues, par jour et par type de page, sans identifiant ni adresse IP et sans cookie.',
  },
  advertising: {
    label: 'Publicité',
    description:
      'Afficher l’espace publicitaire des pages de résultats, dont le script peut déposer le cookie ad_uid (13\u00a0mois).',
  },
};

/** The full text recorded for this banner version. */
export function bannerVersionText(): string {
  const purposes = Object.values(PURPOSE_TEXTS).map(({ label, description }) => `${label}\u00a0: ${description}`);
  return [BANNER_TITLE, BANNER_TEXT, ...purposes, `Version ${CONSENT_BANNER_VERSION}, code ${CONSENT_CODE_VERSION}.`].join('\n');
}
