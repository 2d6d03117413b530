// First-party audience measurement, run only with « Mesure d’audience » consent:
// one counter per day and page template, no identifier, no IP, no cookie. Kept 25 months at most
// (CNIL limit for audience data, RETENTION_RULES.audience), after which purgeAudience removes the days.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { RETENTION_RULES } from '@/lib/privacy/retention-rules';

export const AUDIENCE_RETENTION_MONTHS = RETENTION_RULES.audience.months;

/** The UTC calendar day of a moment, as the DATE column stores it. */
export function dayOf(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

export async function countView(template: string, now = new Date()): Promise<void> {
  // One statement (INSERT … ON CONFLICT … DO UPDATE): concurrent views of the same page all count.
  await prisma.audienceDay.upsert({
    where: { day_path: { day: dayOf(now), path: template } },
    create: { day: dayOf(now), path: template, views: 1 },
    update: { views: { increment: 1 } },
  });
}

export type AudienceReport = {
  from: Date;
  to: Date;
  total: number;
  byPath: { path: string; views: number }[];
  byDay: { day: Date; views: number }[];
};

/** The last `days` days (today included), per page template and per day. */
export async function audienceReport(days: number, now = new Date()): Promise<AudienceReport> {
  const to = dayOf(now);
  const from = new Date(to.getTime() - (days - 1) * 86_400_000);
  const where = { day: { gte: from, lte: to } };
  const [byPath, byDay] = await Promise.all([
    prisma.audienceDay.groupBy({ by: ['path'], where, _sum: { views: true }, orderBy: { _sum: { views: 'desc' } } }),
    prisma.audienceDay.groupBy({ by: ['day'], where, _sum: { views: true }, orderBy: { day: 'desc' } }),
  ]);
  return {
    from,
    to,
    total: byPath.reduce((sum, row) => sum + (row._sum.views ?? 0), 0),
    byPath: byPath.map((row) => ({ path: row.path, views: row._sum.views ?? 0 })),
    byDay: byDay.map((row) => ({ day: row.day, views: row._sum.views ?? 0 })),
  };
}

/** Deletes the days older than the retention period; returns how many rows went. */
export async function purgeAudience(now = new Date()): Promise<number> {
  const limit = dayOf(now);
  limit.setUTCMonth(limit.getUTCMonth() - AUDIENCE_RETENTION_MONTHS);
  const { count } = await prisma.audienceDay.deleteMany({ where: { day: { lt: limit } } });
  return count;
}
