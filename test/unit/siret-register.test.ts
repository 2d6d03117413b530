// The Sirene register client: reading the JSON of GET /search, legal form labels, and how HTTP
// failures (down, rate limit, dropped connection, timeout) become an `unreachable` answer.
import { generateValidSiret } from '@/lib/siret/checksum';
import { legalFormLabel, lookUpSiret, parseSearchResponse } from '@/lib/siret/register';
import { startFakeSirene, type FakeSirene } from '@/test/fakes/sirene-server';

const SIRET = '73282932000074';

/** A trimmed real answer of the API for a direct SIRET lookup. */
function answer(overrides: { unit?: Record<string, unknown>; establishment?: Record<string, unknown> } = {}) {
  const establishment = {
    siret: SIRET,
    est_siege: true,
    etat_administratif: 'A',
    adresse: '2 RUE DES ARTISANS 68000 COLMAR',
    date_fermeture: null,
    ...overrides.establishment,
  };
  return {
    results: [
      {
        siren: '732829320',
        nom_complet: 'CAMILLE DUBOIS',
        nature_juridique: '5720',
        etat_administratif: 'A',
        siege: establishment,
        matching_etablissements: [establishment],
        ...overrides.unit,
      },
    ],
    total_results: 1,
    page: 1,
    per_page: 1,
    total_pages: 1,
  };
}

describe('parseSearchResponse', () => {
  it('reads an open establishment with its name and legal form', () => {
    expect(parseSearchResponse(SIRET, answer())).toEqual({
      kind: 'active',
      registeredName: 'CAMILLE DUBOIS',
      legalForm: 'SASU',
    });
  });

  it('reads a closed establishment', () => {
    const closed = answer({ establishment: { etat_administratif: 'F', date_fermeture: '2024-06-30' } });
    expect(parseSearchResponse(SIRET, closed)).toEqual({
      kind: 'closed',
      registeredName: 'CAMILLE DUBOIS',
      legalForm: 'SASU',
    });
  });

  it('treats an establishment of a ceased legal unit as closed', () => {
    expect(parseSearchResponse(SIRET, answer({ unit: { etat_administratif: 'C' } })).kind).toBe('closed');
  });

  it('finds the establishment in the head office when the matches are missing', () => {
    const headOffice = answer({ unit: { matching_etablissements: undefined } });
    expect(parseSearchResponse(SIRET, headOffice).kind).toBe('active');
  });

  it('checks the SIRET asked for, never a sibling establishment of the same company', () => {
    const sibling = answer({ establishment: { siret: '73282932000058', etat_administratif: 'A' } });
    expect(parseSearchResponse(SIRET, sibling)).toEqual({
      kind: 'unreachable',
      reason: `establishment ${SIRET} missing from the answer`,
    });
  });

  it('answers not_found for an empty result list or another company', () => {
    expect(parseSearchResponse(SIRET, { results: [], total_results: 0, page: 1, per_page: 1, total_pages: 0 })).toEqual({
      kind: 'not_found',
    });
    expect(parseSearchResponse(SIRET, answer({ unit: { siren: '552100554' } }))).toEqual({ kind: 'not_found' });
  });

  it('keeps no name for a person who opted out of publication', () => {
    const hidden = answer({ unit: { nom_complet: '[NON-DIFFUSIBLE]', nature_juridique: '1000' } });
    expect(parseSearchResponse(SIRET, hidden)).toEqual({
      kind: 'active',
      registeredName: null,
      legalForm: 'Entrepreneur individuel',
    });
  });

  it('gives no verdict on an answer it cannot read', () => {
    expect(parseSearchResponse(SIRET, { erreur: 'Service indisponible' }).kind).toBe('unreachable');
    expect(parseSearchResponse(SIRET, null).kind).toBe('unreachable');
    expect(parseSearchResponse(SIRET, answer({ establishment: { etat_administratif: null } })).kind).toBe('unreachable');
  });
});

describe('legalFormLabel', () => {
  it.each([
    ['1000', 'Entrepreneur individuel'],
    ['5499', 'SARL'],
    ['5498', 'EURL'],
    ['5710', 'SAS'],
    ['5720', 'SASU'],
  ])('names %s « %s »', (code, label) => {
    expect(legalFormLabel(code)).toBe(label);
  });

  it('keeps an uncommon code as it is, and nothing as nothing', () => {
    expect(legalFormLabel('6599')).toBe('6599');
    expect(legalFormLabel(null)).toBeNull();
    expect(legalFormLabel('')).toBeNull();
  });
});

describe('lookUpSiret against the fake register', () => {
  const closedSiret = generateValidSiret(1);
  const unknownSiret = generateValidSiret(2);
  let fake: FakeSirene;

  beforeAll(async () => {
    fake = await startFakeSirene({ closed: [closedSiret], notFound: [unknownSiret] });
  });

  afterAll(() => fake.close());

  beforeEach(() => {
    fake.setDown(false);
    fake.queries.length = 0;
  });

  const lookUp = (siret: string, timeoutMs?: number) => lookUpSiret(siret, { baseUrl: fake.url, timeoutMs });

  it('sends a request the API accepts and reads its answers', async () => {
    expect(await lookUp(SIRET)).toEqual({
      kind: 'active',
      registeredName: expect.stringMatching(/^[A-Z]+ [A-Z]+$/),
      legalForm: 'Entrepreneur individuel',
    });
    expect((await lookUp(closedSiret)).kind).toBe('closed');
    expect(await lookUp(unknownSiret)).toEqual({ kind: 'not_found' });
    expect(fake.queries).toEqual([SIRET, closedSiret, unknownSiret]);
  });

  it('does not ask about a number whose key is wrong', async () => {
    expect(await lookUp('73282932000075')).toEqual({ kind: 'not_found' });
    expect(fake.queries).toHaveLength(0);
  });

  it.each([
    [true, /HTTP 503/],
    ['rate-limited', /HTTP 429 \(Retry-After: 1\)/],
    ['disconnect', /fetch failed/],
  ] as const)('answers unreachable when the register is down (%p)', async (outage, reason) => {
    fake.setDown(outage);
    expect(await lookUp(SIRET)).toEqual({ kind: 'unreachable', reason: expect.stringMatching(reason) });
  });

  it('gives up on a register that does not answer in time', async () => {
    fake.setDown('hang');
    const started = Date.now();
    expect(await lookUp(SIRET, 300)).toEqual({ kind: 'unreachable', reason: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('answers unreachable when nothing listens at the address', async () => {
    const gone = await startFakeSirene();
    await gone.close();
    expect((await lookUpSiret(SIRET, { baseUrl: gone.url })).kind).toBe('unreachable');
  });
});
