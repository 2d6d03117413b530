// Page templates for audience measurement: a concrete path becomes the route it belongs to
// (/annonce/plomberie-martin-colmar → /annonce/[slug]), so nothing in the statistics points at a
// person or carries a token. Paths of the team's and developers' areas are not measured.
const NOT_MEASURED = /^\/(admin|dev|api|_next)(\/|$)/;

/** First segments of the site's own routes; any other two-segment path is a landing page. */
const STATIC_SECTIONS = new Set([
  'annonce',
  'annonceurs',
  'avis',
  'avis-verifies',
  'cgu',
  'compte-supprime',
  'confidentialite',
  'connexion',
  'contact',
  'cookies',
  'espace',
  'inscription',
  'mentions-legales',
  'mes-donnees',
  'messages-commerciaux',
  'mot-de-passe-oublie',
  'newsletter',
  'paiement-demo',
  'recherche',
  'signaler',
  'sondages',
  'tarifs',
  'verification',
]);

const PLAIN_SEGMENT = /^[a-z-]{1,40}$/;
const MAX_SEGMENTS = 4;

/** The template of a path, or null when it is not measured or not a plausible page of the site. */
export function pathTemplate(pathname: string): string | null {
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname.length > 300) return null;
  if (NOT_MEASURED.test(pathname)) return null;
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  if (segments.length > MAX_SEGMENTS) return null;
  const [first, ...rest] = segments;
  if (first === 'annonce' && rest.length === 1) return '/annonce/[slug]';
  if (STATIC_SECTIONS.has(first)) {
    // Ids and tokens become [id]; words (« nouveau », « photos ») stay.
    return `/${[first, ...rest.map((segment) => (PLAIN_SEGMENT.test(segment) ? segment : '[id]'))].join('/')}`;
  }
  if (segments.length === 2) return '/[categorie]/[lieu]';
  return segments.length === 1 && PLAIN_SEGMENT.test(first) ? `/${first}` : null;
}
