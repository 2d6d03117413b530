// Reads a listing's JSON columns (services, social links, opening hours) back into typed values.
// They are written only through lib/listings/schema.ts, but seeds and older rows must never break a
// page: anything malformed is dropped rather than trusted.

export type ListingService = { name: string; price: string };

export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'linkedin'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
export type SocialLinks = Partial<Record<SocialNetwork, string>>;

export const WEEKDAYS = [
  { key: 'lun', label: 'Lundi' },
  { key: 'mar', label: 'Mardi' },
  { key: 'mer', label: 'Mercredi' },
  { key: 'jeu', label: 'Jeudi' },
  { key: 'ven', label: 'Vendredi' },
  { key: 'sam', label: 'Samedi' },
  { key: 'dim', label: 'Dimanche' },
] as const;
export type Weekday = (typeof WEEKDAYS)[number]['key'];

/** What a closed day is stored as, and shown as. */
export const CLOSED_DAY = 'Fermé';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readServices(value: unknown): ListingService[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item.name === 'string' && item.name.trim() !== ''
      ? [{ name: item.name, price: typeof item.price === 'string' ? item.price : '' }]
      : [],
  );
}

/** Only https URLs survive: a stored `javascript:` link can never reach an href. */
export function readSocialLinks(value: unknown): SocialLinks {
  if (!isRecord(value)) return {};
  const links: SocialLinks = {};
  for (const network of SOCIAL_NETWORKS) {
    const url = value[network];
    if (typeof url === 'string' && /^https:\/\//i.test(url)) links[network] = url;
  }
  return links;
}

/** Opening hours by weekday key; null when no day is filled in. */
export function readHours(value: unknown): Partial<Record<Weekday, string>> | null {
  if (!isRecord(value)) return null;
  const hours: Partial<Record<Weekday, string>> = {};
  for (const { key } of WEEKDAYS) {
    const text = value[key];
    if (typeof text === 'string' && text.trim() !== '') hours[key] = text.trim();
  }
  return Object.keys(hours).length > 0 ? hours : null;
}

/** A website as an href, or null when it is not an http(s) URL. */
export function safeWebsite(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value) ? value : null;
}
