// Every cookie the site sets, for the cookies page (and a test that keeps it complete): name,
// category, who sets it, what for, how long. Audience measurement sets none.
import { PERSONAL_DATA_COOKIE } from '@/lib/privacy/personal-data';
import { SURVEY_COOKIE } from '@/lib/surveys/respondent';
import { AD_COOKIE, CONSENT_COOKIE, PREFERENCES_COOKIE } from './cookie';

export type CookieCategory = 'essential' | 'preferences' | 'advertising';

export type CookieDescription = {
  name: string;
  /** Other names of the same cookie (the `__Secure-` variant over HTTPS). */
  aliases?: string[];
  category: CookieCategory;
  purpose: string;
  lifetime: string;
};

export const CATEGORY_LABELS: Record<CookieCategory, string> = {
  essential: 'Strictement nécessaire (sans consentement)',
  preferences: 'Préférences (avec votre accord)',
  advertising: 'Publicité (avec votre accord)',
};

export const SITE_COOKIES: CookieDescription[] = [
  {
    name: CONSENT_COOKIE,
    category: 'essential',
    purpose:
      'Garde vos choix de cookies (acceptés ou refusés, finalité par finalité), la version du bandeau et un identifiant tiré au hasard qui relie vos choix successifs à leur preuve.',
    lifetime: '6\u00a0mois après votre choix, puis nous vous redemandons.',
  },
  {
    name: 'authjs.session-token',
    aliases: ['__Secure-authjs.session-token'],
    category: 'essential',
    purpose:
      'Garde ouverte la connexion d’un annonceur ou d’un membre de l’équipe. Chiffré, il ne contient qu’une clé de session tirée au hasard.',
    lifetime:
      'Effacé à la déconnexion\u202f; inutilisable après deux heures sans activité (trente jours avec «\u00a0Rester connecté\u00a0»). Au plus 30\u00a0jours.',
  },
  {
    name: 'authjs.callback-url',
    aliases: ['__Secure-authjs.callback-url'],
    category: 'essential',
    purpose: 'Ramène à la page demandée après la connexion.',
    lifetime: 'Jusqu’à la fermeture du navigateur.',
  },
  {
    name: PERSONAL_DATA_COOKIE,
    category: 'essential',
    purpose:
      'Garde ouvert, sur les pages «\u00a0Mes données\u00a0» seulement, l’accès obtenu par le lien reçu par e-mail, pour télécharger ou effacer les données liées à votre adresse.',
    lifetime: '30\u00a0minutes, ou jusqu’à ce que vous fermiez l’accès.',
  },
  {
    name: SURVEY_COOKIE,
    category: 'essential',
    purpose:
      'Évite de vous proposer deux fois le même questionnaire et retient vos réponses à ses invitations («\u00a0Plus tard\u00a0», «\u00a0Ne plus me proposer\u00a0»)\u202f; un identifiant tiré au hasard, dont notre base ne garde qu’une empreinte.',
    lifetime: '6\u00a0mois.',
  },
  {
    name: PREFERENCES_COOKIE,
    category: 'preferences',
    purpose: 'Retient le dernier lieu cherché et le dernier ordre de tri, pour préremplir vos prochaines recherches.',
    lifetime: '6\u00a0mois après la dernière recherche qui l’a modifié\u202f; effacé dès que vous retirez votre accord.',
  },
  {
    name: AD_COOKIE,
    category: 'advertising',
    purpose:
      'Déposé par le script de l’espace publicitaire des pages de résultats\u00a0: un identifiant tiré au hasard qui permet à la régie de reconnaître votre navigateur.',
    lifetime: '13\u00a0mois au plus\u202f; effacé dès que vous retirez votre accord.',
  },
];
