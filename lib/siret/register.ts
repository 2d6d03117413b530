// Client of the public « API Recherche d'entreprises » (the Sirene register): is this SIRET an open
// establishment, and under which name and legal form? GET /search?q=<siret> is a direct lookup that
// returns the legal unit with the establishment in `matching_etablissements`.
import 'server-only';
import { isValidSiret } from './checksum';

export type RegisterAnswer =
  /** The register hides the name of a person who opted out of publication (« non diffusible »): null. */
  | { kind: 'active'; registeredName: string | null; legalForm: string | null }
  | { kind: 'closed'; registeredName: string | null; legalForm: string | null }
  | { kind: 'not_found' }
  /** No verdict: network error, timeout, rate limit, server error or an answer we cannot read. */
  | { kind: 'unreachable'; reason: string };

const DEFAULT_TIMEOUT_MS = 5_000;
/** The API asks every client for a descriptive User-Agent. */
const USER_AGENT = 'Jauto-entreprends SIRET check (+https://jauto-entreprends.fr)';

/** The usual legal forms of the directory's advertisers (INSEE « catégorie juridique », level III). */
const LEGAL_FORMS: Record<string, string> = {
  '1000': 'Entrepreneur individuel',
  '5202': 'SNC',
  '5485': 'SELARL',
  '5498': 'EURL',
  '5499': 'SARL',
  '5599': 'SA',
  '5710': 'SAS',
  '5720': 'SASU',
  '5785': 'SELAS',
  '6540': 'SCI',
  '9220': 'Association déclarée',
};

/** « SASU » for 5720; a code outside the short table stays as it is, so nothing is lost. */
export function legalFormLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  return LEGAL_FORMS[code] ?? code;
}

/** Looks a SIRET up. Never throws: every failure is an `unreachable` answer, to be retried later. */
export async function lookUpSiret(
  siret: string,
  { baseUrl, timeoutMs = DEFAULT_TIMEOUT_MS }: { baseUrl: string; timeoutMs?: number },
): Promise<RegisterAnswer> {
  // The register can only say « unknown » about a number that fails its own key: no request needed.
  if (!isValidSiret(siret)) return { kind: 'not_found' };

  const url = new URL('/search', baseUrl);
  url.search = new URLSearchParams({
    q: siret,
    page: '1',
    per_page: '1',
    minimal: 'true',
    include: 'siege,matching_etablissements',
  }).toString();

  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', 'user-agent': USER_AGENT },
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
  } catch (error) {
    const timedOut = isObject(error) && error.name === 'TimeoutError';
    return { kind: 'unreachable', reason: timedOut ? `no answer within ${timeoutMs} ms` : describe(error) };
  }

  if (!response.ok) {
    // Drain the body so the connection can be reused.
    await response.body?.cancel().catch(() => undefined);
    const retryAfter = response.headers.get('retry-after');
    const detail = response.status === 429 && retryAfter ? ` (Retry-After: ${retryAfter})` : '';
    return { kind: 'unreachable', reason: `HTTP ${response.status}${detail}` };
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    return { kind: 'unreachable', reason: `unreadable answer: ${describe(error)}` };
  }
  return parseSearchResponse(siret, body);
}

type Establishment = { siret?: unknown; etat_administratif?: unknown };
type LegalUnit = {
  siren?: unknown;
  nom_complet?: unknown;
  nature_juridique?: unknown;
  etat_administratif?: unknown;
  siege?: Establishment | null;
  matching_etablissements?: Establishment[] | null;
};

/** Reads a 200 answer of GET /search for `siret`. Exported for the unit tests. */
export function parseSearchResponse(siret: string, body: unknown): RegisterAnswer {
  if (!isObject(body) || !Array.isArray(body.results)) {
    return { kind: 'unreachable', reason: 'unexpected answer: no results list' };
  }
  const siren = siret.slice(0, 9);
  const unit = (body.results as unknown[]).find(
    (result): result is LegalUnit => isObject(result) && result.siren === siren,
  );
  if (!unit) return { kind: 'not_found' };

  const registeredName = readName(unit.nom_complet);
  const legalForm = legalFormLabel(typeof unit.nature_juridique === 'string' ? unit.nature_juridique : null);
  // A ceased legal unit ('C') has no open establishment left.
  if (unit.etat_administratif === 'C') return { kind: 'closed', registeredName, legalForm };

  const candidates = [...(Array.isArray(unit.matching_etablissements) ? unit.matching_etablissements : []), unit.siege];
  const establishment = candidates.find((candidate) => isObject(candidate) && candidate.siret === siret);
  // The search matched the SIRET, so it exists: without its state there is no verdict (never a false « introuvable »).
  if (!establishment) return { kind: 'unreachable', reason: `establishment ${siret} missing from the answer` };
  if (establishment.etat_administratif === 'F') return { kind: 'closed', registeredName, legalForm };
  if (establishment.etat_administratif === 'A') return { kind: 'active', registeredName, legalForm };
  return { kind: 'unreachable', reason: `unexpected etat_administratif ${String(establishment.etat_administratif)}` };
}

/** Non-diffusible people appear as « [NON-DIFFUSIBLE] »: that is no name. */
function readName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name === '' || /non[- ]diffusible/i.test(name) ? null : name;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Errors thrown by fetch may come from another realm (a test sandbox): read them without instanceof. */
function describe(error: unknown): string {
  if (!isObject(error) || typeof error.message !== 'string') return String(error);
  // fetch wraps the socket error (ECONNREFUSED, ECONNRESET…) in `cause`.
  const { cause } = error;
  const detail = isObject(cause) && typeof cause.message === 'string' ? `: ${cause.message}` : '';
  return `${error.message}${detail}`;
}
