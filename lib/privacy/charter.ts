// Charter versions: which one a person accepts, publishing a new one, and the signed-in user's
// « J'ai lu la nouvelle charte ». A database without any version publishes the founding text
// (content/charte-de-confidentialite.md) as version 1 on first need, so acceptance is always recorded.
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { recordAudit } from '@/lib/audit/log';
import { prisma, type Tx } from '@/lib/db/client';
import { charterForInteraction, charterInForce, effectiveDateFor, type ChangeKind } from './effective-date';

export const CHARTER_PATH = path.join(process.cwd(), 'content', 'charte-de-confidentialite.md');
export const CHARTER_TITLE = 'Charte de confidentialité';

const versionDates = { id: true, version: true, publishedAt: true, effectiveAt: true } as const;

async function foundingVersion(tx: Tx, now: Date) {
  return tx.charterVersion.upsert({
    where: { version: 1 },
    create: {
      version: 1,
      title: CHARTER_TITLE,
      bodyMarkdown: await fs.readFile(CHARTER_PATH, 'utf8'),
      changeKind: 'SUBSTANTIAL',
      changeSummary: 'Première version de la charte de confidentialité.',
      publishedAt: now,
      effectiveAt: now,
    },
    update: {},
    select: versionDates,
  });
}

/** The version in force for everyone at `now` (e.g. recorded with a cookie choice). */
export async function currentCharterVersionId(tx: Tx, now = new Date()): Promise<string> {
  const versions = await tx.charterVersion.findMany({ where: { publishedAt: { lte: now } }, select: versionDates });
  return (charterInForce(versions, now) ?? (await foundingVersion(tx, now))).id;
}

/**
 * The version accepted by someone who sends an inquiry, signs up or writes a review at `now`: the
 * latest published one, which applies to them at once even while it is pending for everyone else.
 */
export async function interactionCharterVersionId(tx: Tx, now = new Date()): Promise<string> {
  const versions = await tx.charterVersion.findMany({ where: { publishedAt: { lte: now } }, select: versionDates });
  return (charterForInteraction(versions, now) ?? (await foundingVersion(tx, now))).id;
}

export type PublishCharterInput = { bodyMarkdown: string; changeKind: ChangeKind; changeSummary: string };

/** Puts a new version online; its effective date follows the charter's rules (effective-date.ts). */
export async function publishCharterVersion(input: PublishCharterInput, publishedById: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    // One publication at a time: the next number and the previous effective date must not race.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('charter.publish'))`;
    await foundingVersion(tx, now);
    const previous = await tx.charterVersion.findFirstOrThrow({ orderBy: { version: 'desc' }, select: versionDates });
    const effectiveAt = effectiveDateFor(input.changeKind, now, previous.effectiveAt);
    const created = await tx.charterVersion.create({
      data: {
        version: previous.version + 1,
        title: CHARTER_TITLE,
        bodyMarkdown: input.bodyMarkdown,
        changeKind: input.changeKind,
        changeSummary: input.changeSummary,
        publishedAt: now,
        effectiveAt,
        publishedById,
      },
      select: { id: true, version: true, publishedAt: true, effectiveAt: true },
    });
    await recordAudit(tx, {
      actorId: publishedById,
      action: 'charter.published',
      subjectType: 'CharterVersion',
      subjectId: created.id,
      metadata: { version: created.version, changeKind: input.changeKind, effectiveAt: effectiveAt.toISOString() },
    });
    return created;
  });
}

/** « J'ai lu la nouvelle charte »: the signed-in user accepts the version in force (once). */
export async function acknowledgeCharter(userId: string, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const charterVersionId = await currentCharterVersionId(tx, now);
    const already = await tx.charterAcceptance.findFirst({ where: { userId, charterVersionId }, select: { id: true } });
    if (!already) await tx.charterAcceptance.create({ data: { userId, charterVersionId, context: 'ACCOUNT', acceptedAt: now } });
  });
}
