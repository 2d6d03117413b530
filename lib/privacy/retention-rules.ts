// How long each kind of personal data is kept, in one table: the privacy charter's durations, read by
// the purge job (lib/privacy/retention.ts) and shown on the charter page and in /admin/conservation.
// One row per kind; every period cites the text or CNIL guidance that justifies it.

export type RetentionRule = {
  /** What is kept, in the charter's words. */
  data: string;
  /** How long after `from`, in calendar months (years are multiples of 12)… */
  months?: number;
  /** …or in days, for the short periods. */
  days?: number;
  /** The date the delay runs from. */
  from: string;
  /** What happens at the end of the period. */
  action: 'delete' | 'anonymise';
  /** Why that long (purpose of the processing). */
  reason: string;
  /** The legal text or CNIL guidance behind the period, cited precisely. */
  source: { label: string; url?: string };
  /** Shown after the period when something happens before it ends (e.g. a warning e-mail). */
  note?: string;
};

const CNIL_DURATIONS_GUIDE = {
  label: 'CNIL, guide pratique «\u00a0Les durées de conservation\u00a0» (juillet 2020)',
  url: 'https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees',
};

const CNIL_COMMERCIAL_REFERENTIAL = {
  label:
    'CNIL, référentiel relatif aux traitements mis en œuvre aux fins de gestion des activités commerciales (délibération n°\u00a02021-131 du 23\u00a0septembre 2021)\u00a0: trois ans à compter du dernier contact émanant du prospect',
};

const TECHNICAL_LOGS = {
  label:
    'Loi n°\u00a02004-575 du 21\u00a0juin 2004 (LCEN), art.\u00a06-II, et décret n°\u00a02021-1362 du 20\u00a0octobre 2021 (qui a remplacé le décret n°\u00a02011-219)\u00a0: un an',
};

export const RETENTION_RULES = {
  unverifiedAccounts: {
    data: 'Comptes dont l’adresse e-mail n’a jamais été confirmée',
    days: 7,
    from: 'la création du compte',
    action: 'delete',
    reason: 'Un compte non confirmé ne peut pas servir\u00a0: rien ne justifie de le garder au-delà de la validité du lien de confirmation.',
    source: CNIL_DURATIONS_GUIDE,
  },
  inactiveAdvertisers: {
    data: 'Comptes annonceurs inactifs (compte, annonce, photos, demandes et avis reçus)',
    months: 36,
    from: 'la dernière connexion',
    action: 'delete',
    reason: 'Sans connexion pendant trois ans, la relation commerciale est considérée comme terminée.',
    source: CNIL_COMMERCIAL_REFERENTIAL,
    note: 'Un e-mail prévient l’annonceur 30\u00a0jours avant la suppression\u00a0; se connecter suffit à garder le compte.',
  },
  inquiries: {
    data: 'Demandes envoyées aux annonceurs et leurs réponses',
    months: 12,
    // The purge reads Inquiry.lastMessageAt, set by the request and moved by each answer.
    from: 'le dernier message échangé dans la conversation',
    action: 'delete',
    reason: 'Le temps d’échanger et de réaliser la prestation demandée.',
    source: CNIL_DURATIONS_GUIDE,
  },
  clientNewsletter: {
    data: 'Abonnements des clients à la lettre d’information',
    months: 36,
    from: 'le dernier contact venant de l’abonné (inscription, confirmation, clic dans une lettre)',
    action: 'delete',
    reason: 'Prospection commerciale des clients qui l’ont demandée.',
    source: CNIL_COMMERCIAL_REFERENTIAL,
  },
  invoices: {
    data: 'Factures des abonnements',
    months: 120,
    from: 'la date de la facture',
    action: 'delete',
    reason: 'Obligation comptable, y compris après la suppression du compte.',
    source: {
      label: 'Code de commerce, art.\u00a0L123-22\u00a0: «\u00a0les documents comptables et les pièces justificatives sont conservés pendant dix ans\u00a0»',
      url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006219327',
    },
  },
  sessions: {
    data: 'Sessions de connexion expirées',
    days: 0,
    from: 'leur expiration',
    action: 'delete',
    reason: 'Une session expirée ne sert plus à rien.',
    source: CNIL_DURATIONS_GUIDE,
  },
  tokens: {
    data: 'Liens de confirmation et de réinitialisation utilisés ou expirés',
    days: 0,
    from: 'leur utilisation ou leur expiration',
    action: 'delete',
    reason: 'Un lien à usage unique n’a plus d’usage une fois utilisé ou expiré.',
    source: CNIL_DURATIONS_GUIDE,
  },
  rateLimits: {
    data: 'Compteurs anti-abus (adresses IP et e-mails pseudonymisés des tentatives)',
    days: 0,
    from: 'la fin de leur fenêtre de comptage',
    action: 'delete',
    reason: 'Sécurité du site (limitation des tentatives de connexion et des envois).',
    source: CNIL_DURATIONS_GUIDE,
  },
  emailLog: {
    data: 'Journal des e-mails envoyés (destinataire, objet, statut de remise)',
    months: 12,
    from: 'la création du message',
    action: 'delete',
    reason: 'Preuve de l’envoi et diagnostic des problèmes de remise.',
    source: TECHNICAL_LOGS,
  },
  webhookEvents: {
    data: 'Journal technique des notifications reçues des prestataires (paiement, e-mails)',
    months: 12,
    from: 'leur réception',
    action: 'delete',
    reason: 'Éviter de traiter deux fois la même notification et diagnostiquer les incidents.',
    source: TECHNICAL_LOGS,
  },
  consentRecords: {
    data: 'Preuves des choix de cookies (identifiant aléatoire, finalités choisies, date)',
    months: 12,
    from: 'le choix (valable six mois, puis gardé six mois comme preuve)',
    action: 'delete',
    reason: 'Prouver le consentement recueilli (RGPD, art.\u00a07.1).',
    source: {
      label:
        'CNIL, recommandation «\u00a0cookies et autres traceurs\u00a0» (délibération n°\u00a02020-092 du 17\u00a0septembre 2020)\u00a0: choix conservé six mois\u00a0; traceurs déposés treize mois au plus (lignes directrices, délibération n°\u00a02020-091)',
    },
  },
  personalDataLinks: {
    data: 'Liens d’accès à «\u00a0Mes données\u00a0» et leurs sessions',
    days: 0,
    from: 'leur expiration (une heure pour le lien, trente minutes pour la session)',
    action: 'delete',
    reason: 'Un lien expiré ne donne plus accès à rien.',
    source: CNIL_DURATIONS_GUIDE,
  },
  contentNotices: {
    data: 'Identité des auteurs de signalements de contenus (nom, e-mail)',
    months: 12,
    from: 'le signalement, une fois la décision prise',
    action: 'anonymise',
    reason:
      'Répondre au signalement et permettre une réclamation contre la décision (six mois au moins)\u00a0; ensuite, seuls le contenu signalé, les motifs et la décision restent.',
    source: {
      label:
        'Règlement (UE) 2022/2065 sur les services numériques, art.\u00a016, 17 et 20 (réclamation possible pendant six mois après la décision)',
      url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32022R2065',
    },
  },
  audience: {
    data: 'Mesure d’audience (nombre de pages vues par jour et par modèle de page, sans identifiant)',
    months: 25,
    from: 'le jour compté',
    action: 'delete',
    reason: 'Comparer la fréquentation d’une année sur l’autre.',
    source: {
      label:
        'CNIL, lignes directrices «\u00a0cookies et autres traceurs\u00a0» (délibération n°\u00a02020-091), mesure d’audience exemptée\u00a0: données conservées 25\u00a0mois au plus',
    },
  },
  auditLog: {
    data: 'Journal d’audit des accès de l’équipe aux données personnelles',
    months: 12,
    from: 'l’inscription au journal',
    action: 'anonymise',
    reason: 'Contrôler les accès de l’équipe\u00a0; passé ce délai seuls la nature et la date de l’action restent, sans personne identifiable.',
    source: {
      label: 'CNIL, recommandation relative aux mesures de journalisation (délibération n°\u00a02021-122 du 14\u00a0octobre 2021)\u00a0: six mois à un an',
    },
  },
} as const satisfies Record<string, RetentionRule>;

export type RetentionKind = keyof typeof RETENTION_RULES;

/** « 7 jours », « 12 mois », « 3 ans », or « Dès l’échéance » for a period of zero. */
export function retentionPeriodLabel(rule: RetentionRule): string {
  if (rule.months !== undefined) {
    // « 12 mois » reads as the charter says it; from two years on, years.
    return rule.months >= 24 && rule.months % 12 === 0 ? `${rule.months / 12}\u00a0ans` : `${rule.months}\u00a0mois`;
  }
  if (!rule.days) return 'Dès l’échéance';
  return `${rule.days}\u00a0jour${rule.days > 1 ? 's' : ''}`;
}

export function retentionActionLabel(rule: RetentionRule): string {
  return rule.action === 'delete' ? 'Suppression' : 'Anonymisation';
}
