// French texts for generated reviews, replies and inquiries, written to read like real clients.

/** Review title and body pairs, by star rating. */
export const REVIEWS_BY_RATING: Record<1 | 2 | 3 | 4 | 5, Array<[string, string]>> = {
  5: [
    ['Travail impeccable', 'Ponctuel, soigneux et de très bon conseil. Le devis a été respecté au centime près. Je recommande sans hésiter.'],
    ['Parfait du début à la fin', 'Réponse rapide à ma demande, rendez-vous tenu et un travail d’une grande qualité. Merci encore !'],
    ['Très professionnel', 'Explications claires, prix raisonnable et un résultat au-delà de nos attentes. Nous referons appel à ces services.'],
    ['Je recommande vivement', 'Une personne sérieuse et agréable, qui prend le temps d’expliquer. Tout a été fait proprement et dans les délais.'],
    ['Excellent', 'Disponible très vite, efficace et à l’écoute. On sent l’expérience et l’amour du travail bien fait.'],
    ['Super prestation', 'Tout s’est très bien passé, du premier contact à la facture. Rien à redire, bravo.'],
    ['Au top', 'Réactivité, gentillesse et compétence. Nous sommes ravis du résultat et le prix était juste.'],
  ],
  4: [
    ['Très bien', 'Bon travail et bon contact. Un petit retard le jour du rendez-vous, mais prévenu à l’avance. Je recommande.'],
    ['Satisfaite', 'Prestation de qualité pour un prix correct. Il a fallu relancer une fois pour avoir le devis, sinon tout était parfait.'],
    ['Bon rapport qualité-prix', 'Travail sérieux et propre. Les délais étaient un peu longs mais le résultat est là.'],
    ['Sérieux et compétent', 'Bons conseils et travail soigné. Quelques finitions à reprendre, faites sans discuter lors d’un second passage.'],
    ['Bonne expérience', 'Agréable et efficace. Le tarif est un peu plus élevé qu’ailleurs mais la qualité suit.'],
  ],
  3: [
    ['Correct', 'Le travail est fait, sans plus. La communication aurait pu être meilleure, j’ai eu du mal à obtenir un rendez-vous.'],
    ['Moyen', 'Résultat convenable mais le délai annoncé n’a pas été tenu. Sympathique néanmoins.'],
    ['Mitigé', 'Bonne prestation sur le fond, mais la facture finale dépassait le devis sans que ce soit bien expliqué.'],
  ],
  2: [
    ['Déçu', 'Deux rendez-vous décalés au dernier moment et un résultat qui ne correspond pas tout à fait à ce qui était prévu.'],
    ['Peut mieux faire', 'Travail inachevé le premier jour, il a fallu insister pour que tout soit terminé. Prix correct toutefois.'],
  ],
  1: [
    ['Pas satisfait', 'Personne ne s’est présenté au premier rendez-vous et le travail a été bâclé au second. Je ne recommande pas.'],
    ['Très déçue', 'Aucune réponse à mes messages après l’intervention alors que le problème est revenu au bout d’une semaine.'],
  ],
};

export const POSITIVE_REPLIES = [
  'Merci beaucoup pour votre message, ce fut un plaisir de travailler avec vous. À bientôt !',
  'Un grand merci pour ce retour, je reste à votre disposition pour vos prochains projets.',
  'Merci pour votre confiance et vos mots très sympathiques. Belle journée à vous !',
  'Merci d’avoir pris le temps de laisser cet avis, cela compte beaucoup pour une petite entreprise.',
];

export const CRITICAL_REPLIES = [
  'Merci pour votre retour. Je regrette que tout ne vous ait pas donné satisfaction ; je vous ai écrit pour que nous trouvions une solution.',
  'Je prends note de vos remarques. Le retard était dû à un imprévu sur un autre chantier et j’aurais dû mieux vous prévenir. Toutes mes excuses.',
  'Je regrette votre déception. Je reste joignable pour reprendre ce qui ne vous convient pas, sans frais supplémentaires.',
];

/** Added to category-specific requests so inquiries do not all read the same. */
export const INQUIRY_ENDINGS = [
  'Merci d’avance pour votre réponse.',
  'Je suis joignable en fin de journée.',
  'Bonne journée à vous.',
  'Je reste disponible pour tout renseignement complémentaire.',
  '',
];

export const CALLBACK_MESSAGES = [
  'Bonjour, pourriez-vous me rappeler pour un devis ? Merci.',
  'Bonjour, je préfère en parler de vive voix, merci de me rappeler.',
  'Bonjour, j’aurais quelques questions avant de prendre rendez-vous. Pouvez-vous me rappeler ?',
];

export const PREFERRED_CALL_TIMES = [
  'En semaine après 18 h',
  'Le matin avant 10 h',
  'Entre 12 h et 14 h',
  'Samedi matin',
  'N’importe quand en journée',
];

export const REVIEW_CODE_LABELS = [
  'Intervention du mardi',
  'Devis accepté en mars',
  'Chantier terminé',
  'Client recommandé par un voisin',
  'Prestation du week-end',
  null,
  null,
];
