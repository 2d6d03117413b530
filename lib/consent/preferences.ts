// The « Préférences » cookie: the last place searched and the last sort chosen, remembered to prefill
// the search form and order results when the URL gives none. Written by proxy.ts on a search, and
// only when the visitor accepted « Préférences ».
import { SEARCH_SORTS, type SearchSort } from '@/lib/search/schema';

export type SearchPreferences = { place?: string; sort?: SearchSort };

/** Same lifetime as the choice that allows it. */
export const PREFERENCES_MAX_AGE_SECONDS = 183 * 24 * 60 * 60;

const MAX_PLACE_LENGTH = 80;

function cleanPlace(value: string | null | undefined): string | undefined {
  const place = (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PLACE_LENGTH);
  return place === '' ? undefined : place;
}

function cleanSort(value: string | null | undefined): SearchSort | undefined {
  return SEARCH_SORTS.find((sort) => sort === value);
}

export function encodePreferences(preferences: SearchPreferences): string {
  const params = new URLSearchParams();
  if (preferences.place) params.set('lieu', preferences.place);
  if (preferences.sort) params.set('tri', preferences.sort);
  return encodeURIComponent(params.toString());
}

export function decodePreferences(value: string | undefined | null): SearchPreferences {
  if (!value) return {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(value));
  } catch {
    return {};
  }
  return { place: cleanPlace(params.get('lieu')), sort: cleanSort(params.get('tri')) };
}

/**
 * The preferences after a search with these URL parameters, or null when the search says nothing new
 * (no place, no sort): a bare /recherche keeps what was remembered.
 */
export function preferencesAfterSearch(previous: SearchPreferences, search: URLSearchParams): SearchPreferences | null {
  const place = cleanPlace(search.get('lieu'));
  const sort = cleanSort(search.get('tri'));
  if (!place && !sort) return null;
  const next = { place: place ?? previous.place, sort: sort ?? previous.sort };
  return next.place === previous.place && next.sort === previous.sort ? null : next;
}
