// Reference rows the site needs before any advertiser: places, categories, newsletter lists, the
// consent banner text and the first charter version.
import fs from 'node:fs';
import type { Prisma } from '@/lib/db/client';
import { createMany } from '@/lib/seed/batch';
import { CATEGORIES } from '@/lib/seed/data/categories';
import type { SeededCategory } from '@/lib/seed/context';
import type { CommuneRow, DepartmentRow } from '@/lib/seed/places';
import { DAY_MS, type Random } from '@/lib/seed/random';
import { NEWSLETTER_LISTS } from '@/lib/newsletters/lists';
import { CHARTER_PATH } from '@/lib/privacy/charter';

const PLACE_BATCH = 5000;

/** The first charter and banner predate every seeded account (all created within the last 400 days). */
const REFERENCE_AGE_DAYS = 420;




const CONSENT_BANNER_TEXT =
  'Nous utilisons des cookies indispensables au fonctionnement du site. Avec votre accord, nous ' +
  'utilisons aussi des cookies de mesure d’audience et nos partenaires publicitaires peuvent déposer ' +
  'des cookies sur les emplacements publicitaires. Vous pouvez accepter, refuser ou choisir, et changer ' +
  'd’avis à tout moment avec le lien « Gestion des cookies » en bas de chaque page. Refuser est aussi ' +
  'simple qu’accepter.';

export async function insertPlaces(
  db: Prisma.TransactionClient,
  departments: DepartmentRow[],
  communes: CommuneRow[],
): Promise<void> {
  await createMany(db, 'Department', departments);
  for (let start = 0; start < communes.length; start += PLACE_BATCH) {
    await createMany(db, 'Commune', communes.slice(start, start + PLACE_BATCH));
  }
}

export async function insertCategories(db: Prisma.TransactionClient, random: Random): Promise<SeededCategory[]> {
  const categories = CATEGORIES.map((category) => ({ ...category, id: random.id() }));
  await db.category.createMany({
    data: categories.map(({ id, slug, name, description }, position) => ({ id, slug, name, description, position })),
  });
  return categories;
}

export interface ReferenceIds {
  charterVersionId: string;
  advertisersListId: string;
}

export async function insertSiteReference(db: Prisma.TransactionClient, now: Date): Promise<ReferenceIds> {
  const since = new Date(now.getTime() - REFERENCE_AGE_DAYS * DAY_MS);
  let advertisersListId = '';
  for (const list of NEWSLETTER_LISTS) {
    const { id } = await db.newsletterList.create({ data: list });
    if (list.audience === 'ADVERTISERS') advertisersListId = id;
  }
  await db.consentBannerVersion.create({
    data: { version: 1, text: CONSENT_BANNER_TEXT, codeVersion: '1.0.0', effectiveFrom: since },
  });
  const charter = await db.charterVersion.create({
    data: {
      version: 1,
      title: 'Charte de confidentialité',
      bodyMarkdown: fs.readFileSync(CHARTER_PATH, 'utf8'),
      changeKind: 'SUBSTANTIAL',
      changeSummary: 'Première version de la charte de confidentialité.',
      publishedAt: since,
      effectiveAt: since,
    },
  });
  return { charterVersionId: charter.id, advertisersListId };
}
