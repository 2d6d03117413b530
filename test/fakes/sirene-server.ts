// A local stand-in for the « API Recherche d'entreprises » (the Sirene register), speaking its protocol:
// GET /search?q=<siret> with the real JSON shape (results, matching_etablissements, minimal/include),
// its 400 errors and 429/503 outages. Every Luhn-valid SIRET is an open sole proprietorship with a
// plausible name, unless listed as closed or unknown. Serves the tests, and demo mode when no register
// URL is configured (lib/siret/local-register.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isValidSiret } from '@/lib/siret/checksum';

/**
 * true or 'unavailable': 503 to everything; 'rate-limited': 429 with Retry-After, as the API does
 * beyond 7 requests per second; 'disconnect': connections dropped unanswered; 'hang': never answers.
 */
export type SireneOutage = boolean | 'unavailable' | 'rate-limited' | 'disconnect' | 'hang';

export type FakeSireneOptions = {
  /** SIRETs whose establishment is closed (etat_administratif 'F'). */
  closed?: string[];
  /** SIRETs the register does not know, although their key is valid. */
  notFound?: string[];
  down?: SireneOutage;
};

export type FakeSirene = {
  /** Base URL for SIRENE_API_BASE_URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The `q` of every search that reached the server, outages included. */
  queries: string[];
  setDown(down: SireneOutage): void;
  close(): Promise<void>;
};

const FIRST_NAMES = ['CAMILLE', 'LEA', 'HUGO', 'CHLOE', 'LUCAS', 'MANON', 'JULIEN', 'SARAH', 'THOMAS', 'EMMA'];
const LAST_NAMES = ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU'];
/** Fields the API leaves out with minimal=true unless `include` names them. */
const SECONDARY_FIELDS = ['complements', 'dirigeants', 'finances', 'matching_etablissements', 'siege', 'score'];

export async function startFakeSirene({ closed = [], notFound = [], down = false }: FakeSireneOptions = {}): Promise<FakeSirene> {
  const closedSirets = new Set(closed);
  const unknownSirets = new Set(notFound);
  const queries: string[] = [];
  let outage: SireneOutage = down;

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      send(response, 500, { erreur: String(error) });
    }
  });

  function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET') return send(response, 405, { erreur: 'Method Not Allowed' });
    if (url.pathname !== '/search') return send(response, 404, { erreur: 'Not Found' });
    const q = url.searchParams.get('q') ?? '';
    queries.push(q);

    if (outage === 'hang') return;
    if (outage === 'disconnect') return void request.socket.destroy();
    if (outage === 'rate-limited') {
      response.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '1' }).end('Too Many Requests');
      return;
    }
    if (outage) {
      // Not JSON, like the proxy in front of a failing service.
      response.writeHead(503, { 'content-type': 'text/html' }).end('<html><body>503 Service Unavailable</body></html>');
      return;
    }

    const invalid = validate(url.searchParams);
    if (invalid) return send(response, 400, { erreur: invalid });
    const perPage = Number(url.searchParams.get('per_page') ?? 10);
    const page = Number(url.searchParams.get('page') ?? 1);
    const siret = q.replace(/\s/g, '');
    const known = /^\d{14}$/.test(siret) && isValidSiret(siret) && !unknownSirets.has(siret);
    const results = known && page === 1 ? [legalUnit(siret, closedSirets.has(siret), url.searchParams)] : [];
    const total = known ? 1 : 0;
    send(response, 200, { results, total_results: total, page, per_page: perPage, total_pages: Math.ceil(total / perPage) });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    setDown: (value) => {
      outage = value;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The checks the API makes on the parameters this client uses, with its error messages. */
function validate(params: URLSearchParams): string | undefined {
  if (!params.get('q')?.trim()) return 'Veuillez indiquer au moins un paramètre de recherche.';
  const perPage = Number(params.get('per_page') ?? 10);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 25) {
    return 'Veuillez indiquer un paramètre `per_page` entier entre 1 et 25.';
  }
  const page = Number(params.get('page') ?? 1);
  if (!Number.isInteger(page) || page < 1) return 'Veuillez indiquer un paramètre `page` entier positif.';
  if (params.has('include') && params.get('minimal') !== 'true') {
    return 'Veuillez indiquer un paramètre `minimal=True` pour utiliser le paramètre `include`.';
  }
  const unknown = (params.get('include') ?? '')
    .split(',')
    .filter((field) => field !== '' && !SECONDARY_FIELDS.includes(field) && field !== 'tva');
  if (unknown.length > 0) return `Champ(s) \`include\` inconnu(s) : ${unknown.join(', ')}.`;
  return undefined;
}

/** One search result: the legal unit of `siret`, with that establishment as its match. */
function legalUnit(siret: string, closed: boolean, params: URLSearchParams): Record<string, unknown> {
  const siren = siret.slice(0, 9);
  const seed = Number(siren);
  const firstName = FIRST_NAMES[seed % FIRST_NAMES.length];
  const lastName = LAST_NAMES[Math.floor(seed / FIRST_NAMES.length) % LAST_NAMES.length];
  const establishment = {
    activite_principale: '43.22A',
    adresse: '12 RUE DES VIGNES 68000 COLMAR',
    code_postal: '68000',
    commune: '68066',
    date_creation: '2021-03-15',
    date_debut_activite: '2021-03-15',
    date_fermeture: closed ? '2024-06-30' : null,
    est_siege: true,
    etat_administratif: closed ? 'F' : 'A',
    libelle_commune: 'COLMAR',
    siret,
    statut_diffusion_etablissement: 'O',
    tranche_effectif_salarie: 'NN',
  };
  const unit: Record<string, unknown> = {
    siren,
    nom_complet: `${firstName} ${lastName}`,
    nom_raison_sociale: null,
    sigle: null,
    nombre_etablissements: 1,
    nombre_etablissements_ouverts: closed ? 0 : 1,
    siege: establishment,
    activite_principale: '43.22A',
    categorie_entreprise: 'PME',
    date_creation: '2021-03-15',
    date_fermeture: closed ? '2024-06-30' : null,
    // A sole proprietorship with one establishment ceases with it.
    etat_administratif: closed ? 'C' : 'A',
    nature_juridique: '1000',
    section_activite_principale: 'F',
    tranche_effectif_salarie: 'NN',
    statut_diffusion: 'O',
    matching_etablissements: [establishment],
    dirigeants: [],
    finances: {},
    complements: { est_entrepreneur_individuel: true, est_ess: false, est_rge: false },
  };
  if (params.get('minimal') === 'true') {
    const included = new Set((params.get('include') ?? '').split(','));
    for (const field of SECONDARY_FIELDS) if (!included.has(field)) delete unit[field];
  }
  return unit;
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
