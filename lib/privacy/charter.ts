// The charter version a person accepts. A database without any version publishes the founding text
// (content/charte-de-confidentialite.md) as version 1 on first need, so acceptance is always recorded.
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Tx } from '@/lib/db/client';

export const CHARTER_PATH = path.join(process.cwd(), 'content', 'charte-de-confidentialite.md');

export async function currentCharterVersionId(tx: Tx, now = new Date()): Promise<string> {
  const current = await tx.charterVersion.findFirst({
    where: { effectiveAt: { lte: now } },
    orderBy: { version: 'desc' },
    select: { id: true },
  });
  if (current) return current.id;
  const founding = await tx.charterVersion.upsert({
    where: { version: 1 },
    create: {
      version: 1,
      title: 'Charte de confidentialité',
      bodyMarkdown: await fs.readFile(CHARTER_PATH, 'utf8'),
      changeKind: 'SUBSTANTIAL',
      changeSummary: 'Première version de la charte de confidentialité.',
      publishedAt: now,
      effectiveAt: now,
    },
    update: {},
    select: { id: true },
  });
  return founding.id;
}
