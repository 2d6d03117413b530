// Daily counters behind the advertiser's statistics (ListingStatDay): views, phone reveals and
// inquiries, counted by Europe/Paris calendar day with one atomic upsert each, never for robots nor for
// the advertiser looking at their own listing; and the dense series the statistics page draws.
import 'server-only';
import { Prisma, prisma, type Db } from '@/lib/db/client';

/**
 * Crawlers, link previews, audits and monitoring that announce themselves. (`(?<!cu)bot`: « CUBOT »
 * is a brand of phones.)
 */
const BOT_USER_AGENT =
  /(?<!cu)bot|crawl|spider|slurp|facebookexternalhit|preview|headless|lighthouse|pagespeed|pingdom|uptime|monitor|validator|feedfetcher|mediapartners|embedly|phantomjs|selenium|puppeteer|playwright/i;

/** Every browser people use still opens its user agent with « Mozilla/5.0 »; scripts (curl, WhatsApp's
 * link fetcher, HTTP libraries) do not. */
const BROWSER_USER_AGENT = /^Mozilla\/5\.0 /;

/** A request counts only when it comes from something that looks like a person's browser. */
export function isCountableUserAgent(userAgent: string | null | undefined): boolean {
  const value = userAgent?.trim() ?? '';
  return BROWSER_USER_AGENT.test(value) && !BOT_USER_AGENT.test(value);
}

/**
 * Next.js prefetches pages linked from search results, and browsers prefetch on hover: such requests
 * are not views (nobody has opened the page yet).
 */
export function isPrefetchRequest(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`;
  return headers.get('next-router-prefetch') !== null || /prefetch|prerender/i.test(purpose);
}

const parisDayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Europe/Paris calendar day of an instant, « 2026-11-27 »: a visit at 00:30 in Paris is that day's. */
export function parisDay(instant: Date): string {
  return parisDayFormatter.format(instant);
}

const DAY_MS = 86_400_000;

/** « 2026-11-27 » shifted by `days` calendar days (done in UTC, where every day has 24 hours). */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

type Counter = 'views' | 'phoneReveals' | 'inquiries';

/** Column names are written into the SQL text: they come from this fixed map, never from input. */
const COUNTER_COLUMNS: Record<Counter, Prisma.Sql> = {
  views: Prisma.raw('"views"'),
  phoneReveals: Prisma.raw('"phoneReveals"'),
  inquiries: Prisma.raw('"inquiries"'),
};

/**
 * Adds one to today's counter of the listing, unless `excludedUserId` is the listing's own advertiser
 * (the condition sits in the same statement, so no extra read). Returns whether a row was counted.
 */
async function increment(
  db: Pick<Db, '$executeRaw'>,
  listingId: string,
  counter: Counter,
  excludedUserId: string | null,
  now: Date,
): Promise<boolean> {
  const column = COUNTER_COLUMNS[counter];
  const changed = await db.$executeRaw(Prisma.sql`
    INSERT INTO "ListingStatDay" ("listingId", "day", ${column})
    SELECT l."id", ${parisDay(now)}::date, 1
    FROM "Listing" l
    JOIN "AdvertiserProfile" a ON a."id" = l."advertiserId"
    WHERE l."id" = ${listingId} AND a."userId" IS DISTINCT FROM ${excludedUserId}::text
    ON CONFLICT ("listingId", "day") DO UPDATE SET ${column} = "ListingStatDay".${column} + 1`);
  return changed > 0;
}

export type VisitContext = {
  userAgent: string | null | undefined;
  /** The signed-in user looking at the page, if any: the advertiser's own visits do not count. */
  viewerUserId: string | null | undefined;
  now?: Date;
};

function record(listingId: string, counter: Counter, context: VisitContext): Promise<boolean> {
  if (!isCountableUserAgent(context.userAgent)) return Promise.resolve(false);
  return increment(prisma, listingId, counter, context.viewerUserId ?? null, context.now ?? new Date());
}

/** One view of a public listing page. Called from `after()`, so the page never waits for it. */
export function recordListingView(listingId: string, context: VisitContext): Promise<boolean> {
  return record(listingId, 'views', context);
}

/** One click on « Afficher le numéro » that was answered with the number. */
export function recordPhoneReveal(listingId: string, context: VisitContext): Promise<boolean> {
  return record(listingId, 'phoneReveals', context);
}

/**
 * One inquiry received, counted inside the transaction that stores it (so a refused inquiry never
 * counts). Senders are visitors: there is no owner or robot rule to apply here.
 */
export async function countInquiry(db: Pick<Db, '$executeRaw'>, listingId: string, now = new Date()): Promise<void> {
  await increment(db, listingId, 'inquiries', null, now);
}

export const STATS_PERIODS = [30, 90] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

/** `?periode=90` → 90; anything else → the default 30 days. */
export function parseStatsPeriod(value: string | string[] | undefined): StatsPeriod {
  return value === '90' ? 90 : 30;
}

export type StatsPoint = {
  /** Calendar day at midnight UTC, like the @db.Date values Prisma returns. */
  day: Date;
  views: number;
  phoneReveals: number;
  inquiries: number;
};

export type ListingStats = {
  listing: { id: string; title: string; slug: string; status: string };
  days: StatsPeriod;
  /** One point per day, oldest first, ending today (Paris); days without activity are zeros. */
  series: StatsPoint[];
  totals: { views: number; phoneReveals: number; inquiries: number };
};

/** The advertiser's own listing's statistics over the last `days` days, or null without a listing. */
export async function getListingStats(
  advertiserId: string,
  days: StatsPeriod,
  now = new Date(),
): Promise<ListingStats | null> {
  const listing = await prisma.listing.findUnique({
    where: { advertiserId },
    select: { id: true, title: true, slug: true, status: true },
  });
  if (!listing) return null;

  const lastDay = parisDay(now);
  const firstDay = shiftDay(lastDay, 1 - days);
  const rows = await prisma.listingStatDay.findMany({
    where: { listingId: listing.id, day: { gte: new Date(`${firstDay}T00:00:00Z`), lte: new Date(`${lastDay}T00:00:00Z`) } },
    select: { day: true, views: true, phoneReveals: true, inquiries: true },
  });
  const byDay = new Map(rows.map((row) => [row.day.toISOString().slice(0, 10), row]));

  const series: StatsPoint[] = [];
  const totals = { views: 0, phoneReveals: 0, inquiries: 0 };
  for (let offset = 0; offset < days; offset += 1) {
    const key = shiftDay(firstDay, offset);
    const row = byDay.get(key);
    const point = {
      day: new Date(`${key}T00:00:00Z`),
      views: row?.views ?? 0,
      phoneReveals: row?.phoneReveals ?? 0,
      inquiries: row?.inquiries ?? 0,
    };
    totals.views += point.views;
    totals.phoneReveals += point.phoneReveals;
    totals.inquiries += point.inquiries;
    series.push(point);
  }
  return { listing, days, series, totals };
}
