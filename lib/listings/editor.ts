// The advertiser's own listing in the editor: load it (or an empty draft), save it, and read it for
// the preview. Every read and write is keyed by the advertiser's id from the session, never by a
// listing id sent by the browser, so nobody can reach another advertiser's listing.
import 'server-only';
import { Prisma, prisma, type ListingStatus } from '@/lib/db/client';
import { placeLabel } from '@/lib/format/french';
import { slugify } from '@/lib/seed/slug';
import { CLOSED_DAY, SOCIAL_NETWORKS, WEEKDAYS, readHours, readServices, readSocialLinks } from './content';
import { listingViewSelect, toPublicListing, type PublicListing } from './queries';
import { emptyListingInput, type ListingData, type ListingInput } from './schema';

export type CategoryOption = { id: string; name: string };

export type ListingEditorData = {
  /** Null until the first save creates the listing. */
  listing: { slug: string; status: ListingStatus; publishedAt: Date | null } | null;
  values: ListingInput;
  categories: CategoryOption[];
  /** The commune shown as « Basé à … »: the listing's, or the profile's before the first save. */
  baseCommune: string;
};

const editorSelect = {
  slug: true,
  status: true,
  publishedAt: true,
  title: true,
  categoryId: true,
  pitch: true,
  description: true,
  priceInfo: true,
  services: true,
  socialLinks: true,
  hours: true,
  website: true,
  showPhone: true,
  commune: { select: { name: true, departmentCode: true } },
  serviceAreas: {
    orderBy: { id: 'asc' },
    select: {
      commune: { select: { code: true, name: true, departmentCode: true } },
      department: { select: { code: true, name: true } },
    },
  },
} as const satisfies Prisma.ListingSelect;

type EditorRow = Prisma.ListingGetPayload<{ select: typeof editorSelect }>;

function toInput(row: EditorRow): ListingInput {
  const hours = readHours(row.hours) ?? {};
  const socialLinks = readSocialLinks(row.socialLinks);
  return {
    title: row.title,
    categoryId: row.categoryId,
    pitch: row.pitch,
    description: row.description,
    priceInfo: row.priceInfo ?? '',
    services: readServices(row.services),
    serviceAreas: row.serviceAreas.flatMap((area): ListingInput['serviceAreas'] => {
      if (area.department) {
        return [{ departmentCode: area.department.code, label: `${area.department.name} (${area.department.code})` }];
      }
      if (area.commune) {
        return [{ communeCode: area.commune.code, label: placeLabel(area.commune.name, area.commune.departmentCode) }];
      }
      return [];
    }),
    hours: Object.fromEntries(
      WEEKDAYS.map(({ key }) => {
        const text = hours[key] ?? '';
        return [key, text === CLOSED_DAY ? { closed: true, text: '' } : { closed: false, text }];
      }),
    ) as ListingInput['hours'],
    website: row.website ?? '',
    facebook: socialLinks.facebook ?? '',
    instagram: socialLinks.instagram ?? '',
    linkedin: socialLinks.linkedin ?? '',
    showPhone: row.showPhone,
  };
}

export async function loadListingEditor(advertiserId: string): Promise<ListingEditorData> {
  const [profile, categories] = await Promise.all([
    prisma.advertiserProfile.findUniqueOrThrow({
      where: { id: advertiserId },
      select: { communeCode: true, listing: { select: editorSelect } },
    }),
    prisma.category.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
  ]);
  const row = profile.listing;
  const commune = row?.commune ?? (await prisma.commune.findUnique({ where: { code: profile.communeCode }, select: { name: true, departmentCode: true } }));
  return {
    listing: row ? { slug: row.slug, status: row.status, publishedAt: row.publishedAt } : null,
    values: row ? toInput(row) : emptyListingInput,
    categories,
    baseCommune: commune ? placeLabel(commune.name, commune.departmentCode) : '',
  };
}

export type SaveResult =
  | { ok: true; slug: string; created: boolean; status: ListingStatus }
  | { ok: false; fieldErrors: Record<string, string> };

/** What the schema cannot know: the category and the places must exist in our tables. */
async function databaseErrors(data: ListingData): Promise<Record<string, string>> {
  const communeCodes = data.serviceAreas.flatMap((area) => (area.communeCode ? [area.communeCode] : []));
  const departmentCodes = data.serviceAreas.flatMap((area) => (area.departmentCode ? [area.departmentCode] : []));
  const [category, communes, departments] = await Promise.all([
    prisma.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }),
    prisma.commune.findMany({ where: { code: { in: communeCodes } }, select: { code: true } }),
    prisma.department.findMany({ where: { code: { in: departmentCodes } }, select: { code: true } }),
  ]);
  const known = new Set([...communes.map((c) => `c:${c.code}`), ...departments.map((d) => `d:${d.code}`)]);
  const errors: Record<string, string> = {};
  if (!category) errors.categoryId = 'Choisissez une catégorie dans la liste.';
  data.serviceAreas.forEach((area, index) => {
    const key = area.communeCode ? `c:${area.communeCode}` : `d:${area.departmentCode}`;
    if (!known.has(key)) errors[`serviceAreas.${index}`] = 'Ce lieu n’est pas dans la liste officielle\u00a0: retirez-le et choisissez-le à nouveau.';
  });
  return errors;
}

function listingFields(data: ListingData) {
  const socialLinks = Object.fromEntries(SOCIAL_NETWORKS.flatMap((network) => (data[network] ? [[network, data[network]]] : [])));
  const hours = Object.fromEntries(
    WEEKDAYS.flatMap(({ key }) => {
      const day = data.hours[key];
      if (day.closed) return [[key, CLOSED_DAY]];
      return day.text ? [[key, day.text]] : [];
    }),
  );
  // The same place twice is one place.
  const seen = new Set<string>();
  const areas = data.serviceAreas.filter((area) => {
    const key = area.communeCode ? `c:${area.communeCode}` : `d:${area.departmentCode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    fields: {
      title: data.title,
      categoryId: data.categoryId,
      pitch: data.pitch,
      description: data.description,
      priceInfo: data.priceInfo || null,
      services: data.services.length > 0 ? data.services : Prisma.DbNull,
      socialLinks: Object.keys(socialLinks).length > 0 ? socialLinks : Prisma.DbNull,
      hours: Object.keys(hours).length > 0 ? hours : Prisma.DbNull,
      website: data.website || null,
      showPhone: data.showPhone,
    },
    areas: areas.map((area) => ({ communeCode: area.communeCode ?? null, departmentCode: area.departmentCode ?? null })),
  };
}

/** « plombier-camille-martin-colmar », then « …-colmar-2 », « …-colmar-3 » when taken. */
async function uniqueSlug(title: string, communeName: string): Promise<string> {
  const base = slugify(`${title} ${communeName}`).slice(0, 90).replace(/-+$/, '') || 'annonce';
  const taken = new Set(
    (await prisma.listing.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  for (let suffix = 1; ; suffix += 1) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    if (!taken.has(slug)) return slug;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Creates the listing as a draft on the first save, updates it afterwards; the status is kept. */
export async function saveListing(advertiserId: string, data: ListingData): Promise<SaveResult> {
  const fieldErrors = await databaseErrors(data);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const { fields, areas } = listingFields(data);

  const existing = await prisma.listing.findUnique({ where: { advertiserId }, select: { id: true } });
  if (existing) {
    const row = await prisma.listing.update({
      where: { advertiserId },
      data: { ...fields, serviceAreas: { deleteMany: {}, create: areas } },
      select: { slug: true, status: true },
    });
    return { ok: true, slug: row.slug, created: false, status: row.status };
  }

  const profile = await prisma.advertiserProfile.findUniqueOrThrow({ where: { id: advertiserId }, select: { communeCode: true } });
  const commune = await prisma.commune.findUniqueOrThrow({ where: { code: profile.communeCode }, select: { name: true } });
  // Two first saves at once (double click) or two advertisers choosing the same slug: the unique
  // indexes decide, and the loser tries again (as an update, or with the next free slug).
  for (let attempt = 0; ; attempt += 1) {
    try {
      const row = await prisma.listing.create({
        data: {
          ...fields,
          advertiserId,
          communeCode: profile.communeCode,
          slug: await uniqueSlug(data.title, commune.name),
          status: 'DRAFT',
          serviceAreas: { create: areas },
        },
        select: { slug: true, status: true },
      });
      return { ok: true, slug: row.slug, created: true, status: row.status };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
      if (await prisma.listing.findUnique({ where: { advertiserId }, select: { id: true } })) return saveListing(advertiserId, data);
    }
  }
}

/** The advertiser's own listing as visitors would see it, whatever its status; null before the first save. */
export async function getListingPreview(advertiserId: string): Promise<PublicListing | null> {
  const row = await prisma.listing.findUnique({ where: { advertiserId }, select: listingViewSelect });
  return row ? toPublicListing(row) : null;
}
