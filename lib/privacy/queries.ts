// Reads of the privacy charter: the version in force is the CharterVersion with the highest version
// number already effective; without one (fresh database), the founding text in content/ is shown.
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db/client';

export type CurrentCharter = {
  /** null when the text comes from the file (no version published in the database yet). */
  version: number | null;
  title: string;
  bodyMarkdown: string;
  effectiveAt: Date | null;
};

const CHARTER_FILE = path.join(process.cwd(), 'content', 'charte-de-confidentialite.md');

export async function getCurrentCharter(now: Date = new Date()): Promise<CurrentCharter> {
  const current = await prisma.charterVersion.findFirst({
    where: { effectiveAt: { lte: now } },
    orderBy: { version: 'desc' },
    select: { version: true, title: true, bodyMarkdown: true, effectiveAt: true },
  });
  if (current) return current;
  return {
    version: null,
    title: 'Charte de confidentialité',
    bodyMarkdown: await readFile(CHARTER_FILE, 'utf8'),
    effectiveAt: null,
  };
}
