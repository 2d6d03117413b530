// The listing editor's input: one zod schema, run by react-hook-form in the browser (as a convenience)
// and by the server action (always). Messages are French, one per field. The form travels as flat
// FormData (`services.0.name`, `hours.lun.closed`…): listingFormSchema turns it back into the listing
// and reports errors under those same dotted names, so each message lands next to its field.
// Whether the category and the places exist is checked by the server against the database
// (lib/listings/editor.ts).
import { z } from 'zod';
import { formatNumber } from '@/lib/format/french';
import { SOCIAL_NETWORKS, WEEKDAYS, type SocialNetwork, type Weekday } from './content';

export const LISTING_LIMITS = {
  titleMin: 3,
  titleMax: 80,
  pitchMax: 160,
  descriptionMin: 30,
  descriptionMax: 5000,
  services: 20,
  serviceNameMax: 80,
  servicePriceMax: 60,
  priceInfoMax: 300,
  serviceAreas: 50,
  hoursMax: 40,
  urlMax: 300,
} as const;

// Numbers as French writes them: « 5 000 », not « 5000 ».
const tooLong = (max: number) => `Ce champ ne peut pas dépasser ${formatNumber(max)}\u00a0caractères.`;

const HTML_TAG = /<\/?[a-z][^>]*>/i;

/** The hosts each social link must point to (and their subdomains: www., fr-fr., m.). */
export const SOCIAL_HOSTS: Record<SocialNetwork, readonly string[]> = {
  facebook: ['facebook.com', 'fb.com'],
  instagram: ['instagram.com'],
  linkedin: ['linkedin.com'],
};

const SOCIAL_EXAMPLES: Record<SocialNetwork, string> = {
  facebook: 'https://www.facebook.com/votre-page',
  instagram: 'https://www.instagram.com/votre-compte',
  linkedin: 'https://www.linkedin.com/in/votre-profil',
};

/** « www.exemple.fr » is how people type an address: it means https://www.exemple.fr. */
export function normalizeUrl(input: string): string {
  const value = input.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+([/?#]|$)/i.test(value) ? `https://${value}` : value;
}

/** The French problem with a URL, or null when it is a usable https address (on `hosts` if given). */
export function urlProblem(value: string, hosts?: readonly string[], example?: string): string | null {
  if (value.length > LISTING_LIMITS.urlMax) return tooLong(LISTING_LIMITS.urlMax);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Cette adresse n’est pas valide. Exemple\u00a0: https://www.exemple.fr';
  }
  if (url.protocol === 'http:') return 'Indiquez l’adresse sécurisée, qui commence par https://';
  if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password || /\s/.test(value)) {
    return 'Cette adresse n’est pas valide. Exemple\u00a0: https://www.exemple.fr';
  }
  if (hosts) {
    const host = url.hostname.toLowerCase();
    const onNetwork = hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
    if (!onNetwork || url.pathname.length < 2) return `Indiquez l’adresse de votre page, par exemple ${example}`;
  }
  return null;
}

function urlField(hosts?: readonly string[], example?: string) {
  return z
    .string()
    .transform(normalizeUrl)
    .superRefine((value, context) => {
      const problem = value === '' ? null : urlProblem(value, hosts, example);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const DEPARTMENT_CODE = /^(\d{2}|2[AB]|97\d)$/;

const serviceSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Nommez la prestation, ou retirez la ligne.')
    .max(LISTING_LIMITS.serviceNameMax, tooLong(LISTING_LIMITS.serviceNameMax)),
  price: z.string().trim().max(LISTING_LIMITS.servicePriceMax, tooLong(LISTING_LIMITS.servicePriceMax)),
});

const serviceAreaSchema = z
  .object({
    communeCode: z.string().regex(COMMUNE_CODE, 'Commune inconnue.').optional(),
    departmentCode: z.string().regex(DEPARTMENT_CODE, 'Département inconnu.').optional(),
    /** The chip's text in the editor; the server names places from its own tables. */
    label: z.string().max(120).optional(),
  })
  .refine((area) => (area.communeCode === undefined) !== (area.departmentCode === undefined), {
    message: 'Choisissez une commune ou un département dans la liste.',
  });

const daySchema = z.object({
  closed: z.boolean(),
  text: z.string().trim().max(LISTING_LIMITS.hoursMax, tooLong(LISTING_LIMITS.hoursMax)),
});

export const listingSchema = z.object({
  title: z
    .string()
    .trim()
    .min(LISTING_LIMITS.titleMin, 'Indiquez le nom de votre activité (3\u00a0caractères au moins).')
    .max(LISTING_LIMITS.titleMax, tooLong(LISTING_LIMITS.titleMax)),
  categoryId: z.string().trim().min(1, 'Choisissez une catégorie.'),
  pitch: z.string().trim().max(LISTING_LIMITS.pitchMax, tooLong(LISTING_LIMITS.pitchMax)),
  description: z
    .string()
    .trim()
    .min(
      LISTING_LIMITS.descriptionMin,
      `Décrivez votre activité en ${LISTING_LIMITS.descriptionMin}\u00a0caractères au moins.`,
    )
    .max(LISTING_LIMITS.descriptionMax, tooLong(LISTING_LIMITS.descriptionMax))
    .refine(
      (text) => !HTML_TAG.test(text),
      'Le HTML n’est pas accepté\u00a0: utilisez **gras**, *italique*, les listes et les liens [texte](https://…).',
    ),
  /** Shown under the services on the public listing, e.g. « À partir de 45 € de l’heure ». */
  priceInfo: z.string().trim().max(LISTING_LIMITS.priceInfoMax, tooLong(LISTING_LIMITS.priceInfoMax)),
  services: z
    .array(serviceSchema)
    .max(LISTING_LIMITS.services, `${LISTING_LIMITS.services}\u00a0prestations au plus.`),
  serviceAreas: z
    .array(serviceAreaSchema)
    .max(LISTING_LIMITS.serviceAreas, `${LISTING_LIMITS.serviceAreas}\u00a0communes ou départements au plus.`),
  hours: z.object(Object.fromEntries(WEEKDAYS.map(({ key }) => [key, daySchema])) as Record<Weekday, typeof daySchema>),
  website: urlField(),
  facebook: urlField(SOCIAL_HOSTS.facebook, SOCIAL_EXAMPLES.facebook),
  instagram: urlField(SOCIAL_HOSTS.instagram, SOCIAL_EXAMPLES.instagram),
  linkedin: urlField(SOCIAL_HOSTS.linkedin, SOCIAL_EXAMPLES.linkedin),
  showPhone: z.boolean(),
});

export type ListingInput = z.input<typeof listingSchema>;
export type ListingData = z.output<typeof listingSchema>;

export const emptyListingInput: ListingInput = {
  title: '',
  categoryId: '',
  pitch: '',
  description: '',
  priceInfo: '',
  services: [],
  serviceAreas: [],
  hours: Object.fromEntries(WEEKDAYS.map(({ key }) => [key, { closed: false, text: '' }])) as ListingInput['hours'],
  website: '',
  facebook: '',
  instagram: '',
  linkedin: '',
  showPhone: true,
};

/** The form as a browser would post it: flat names, ticked boxes as « on ». */
export function listingToFormData(input: ListingInput): FormData {
  const data = new FormData();
  for (const key of ['title', 'categoryId', 'pitch', 'description', 'priceInfo', 'website', ...SOCIAL_NETWORKS] as const) {
    data.set(key, input[key]);
  }
  input.services.forEach((service, index) => {
    data.set(`services.${index}.name`, service.name);
    data.set(`services.${index}.price`, service.price);
  });
  input.serviceAreas.forEach((area, index) => {
    if (area.communeCode) data.set(`serviceAreas.${index}.communeCode`, area.communeCode);
    if (area.departmentCode) data.set(`serviceAreas.${index}.departmentCode`, area.departmentCode);
    if (area.label) data.set(`serviceAreas.${index}.label`, area.label);
  });
  for (const { key } of WEEKDAYS) {
    data.set(`hours.${key}.text`, input.hours[key].text);
    if (input.hours[key].closed) data.set(`hours.${key}.closed`, 'on');
  }
  if (input.showPhone) data.set('showPhone', 'on');
  return data;
}

/** `services.3.name` → rows in index order (gaps closed), each a record of its fields. */
function rows(flat: Record<string, string>, prefix: string): Array<Record<string, string>> {
  const byIndex = new Map<number, Record<string, string>>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,4})\\.([a-zA-Z]+)$`);
  for (const [name, value] of Object.entries(flat)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    byIndex.set(index, { ...byIndex.get(index), [match[2]]: value });
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

function fromFlat(flat: Record<string, string>): ListingInput {
  return {
    title: flat.title ?? '',
    categoryId: flat.categoryId ?? '',
    pitch: flat.pitch ?? '',
    description: flat.description ?? '',
    priceInfo: flat.priceInfo ?? '',
    services: rows(flat, 'services').map((row) => ({ name: row.name ?? '', price: row.price ?? '' })),
    serviceAreas: rows(flat, 'serviceAreas').map((row) => ({
      communeCode: row.communeCode || undefined,
      departmentCode: row.departmentCode || undefined,
      label: row.label || undefined,
    })),
    hours: Object.fromEntries(
      WEEKDAYS.map(({ key }) => [key, { closed: flat[`hours.${key}.closed`] === 'on', text: flat[`hours.${key}.text`] ?? '' }]),
    ) as ListingInput['hours'],
    website: flat.website ?? '',
    facebook: flat.facebook ?? '',
    instagram: flat.instagram ?? '',
    linkedin: flat.linkedin ?? '',
    showPhone: flat.showPhone === 'on',
  };
}

/** The server action's schema: flat form fields in, the listing out, errors under dotted names. */
export const listingFormSchema = z.record(z.string(), z.string()).transform((flat, context): ListingData => {
  const parsed = listingSchema.safeParse(fromFlat(flat));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    context.addIssue({ code: 'custom', message: issue.message, path: [issue.path.join('.') || 'form'] });
  }
  return z.NEVER;
});

/** No fields: the publish and unpublish buttons only say who is asking (the session). */
export const emptyFormSchema = z.object({});
