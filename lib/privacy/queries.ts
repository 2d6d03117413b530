// Reads of the privacy charter: the version in force, the pending change announced on the home page,
// the history, one version with its predecessor (for the diff), and whether a signed-in user still has
// to read the version in force. Without any version in the database (fresh install), the founding text
// in content/ is shown. The rules themselves are the pure functions of effective-date.ts.
import 'server-only';
import { readFile } from 'node:fs/promises';
import { prisma } from '@/lib/db/client';
import { CHARTER_PATH, CHARTER_TITLE } from './charter';
import { charterInForce, pendingChange } from './effective-date';

export type CurrentCharter = {
  /** null when the text comes from the file (no version published in the database yet). */
  version: number | null;
  title: string;
  bodyMarkdown: string;
  effectiveAt: Date | null;
};

const summary = {
  id: true,
  version: true,
  title: true,
  changeKind: true,
  changeSummary: true,
  publishedAt: true,
  effectiveAt: true,
} as const;

export type CharterVersionSummary = Awaited<ReturnType<typeof listCharterVersions>>[number];

/** Every version put online, newest first (a version is public from its publication). */
export async function listCharterVersions(now: Date = new Date()) {
  return prisma.charterVersion.findMany({ where: { publishedAt: { lte: now } }, orderBy: { version: 'desc' }, select: summary });
}

export async function getCurrentCharter(now: Date = new Date()): Promise<CurrentCharter> {
  const current = charterInForce(await listCharterVersions(now), now);
  if (current) {
    const { bodyMarkdown } = await prisma.charterVersion.findUniqueOrThrow({ where: { id: current.id }, select: { bodyMarkdown: true } });
    return { version: current.version, title: current.title, bodyMarkdown, effectiveAt: current.effectiveAt };
  }
  return { version: null, title: CHARTER_TITLE, bodyMarkdown: await readFile(CHARTER_PATH, 'utf8'), effectiveAt: null };
}

/** The change announced on the home page while it is not yet in force for everyone. */
export async function getPendingCharterChange(now: Date = new Date()): Promise<CharterVersionSummary | null> {
  return pendingChange(await listCharterVersions(now), now);
}

/** One published version, with the text of the one before it (null for the first). */
export async function getCharterVersion(version: number, now: Date = new Date()) {
  const found = await prisma.charterVersion.findFirst({
    where: { version, publishedAt: { lte: now } },
    select: { ...summary, bodyMarkdown: true },
  });
  if (!found) return null;
  const previous = await prisma.charterVersion.findFirst({
    where: { version: { lt: version } },
    orderBy: { version: 'desc' },
    select: { version: true, bodyMarkdown: true },
  });
  return { ...found, previous };
}

/** The latest version's text, to start the next one from (back-office editor). */
export async function getLatestCharterText(): Promise<{ version: number | null; bodyMarkdown: string }> {
  const latest = await prisma.charterVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true, bodyMarkdown: true } });
  return latest ?? { version: null, bodyMarkdown: await readFile(CHARTER_PATH, 'utf8') };
}

/**
 * The version in force that the user has not read yet, or null. The founding version is accepted at
 * sign-up; a later one is read once, either by an interaction (inquiry, sign-up) that accepted it or
 * a newer one, or by « J'ai lu la nouvelle charte ».
 */
export async function charterToAcknowledge(userId: string, now: Date = new Date()): Promise<CharterVersionSummary | null> {
  const inForce = charterInForce(await listCharterVersions(now), now);
  if (!inForce || inForce.version <= 1) return null;
  const accepted = await prisma.charterAcceptance.findFirst({
    where: { userId, charterVersion: { version: { gte: inForce.version } } },
    select: { id: true },
  });
  return accepted ? null : inForce;
}
