// Demo accounts, created only when APP_ENV is demo or test. Tests, screenshots and the README read
// these constants, so the documented credentials are always the seeded ones.

export const DEMO_ADVERTISER = {
  email: 'annonceur@demo.jauto-entreprends.fr',
  password: 'Demo-annonceur-2026',
  fullName: 'Camille Martin',
  categorySlug: 'plombier',
  communeCode: '68066',
  postalCode: '68000',
  city: 'Colmar',
  listingSlug: 'plomberie-camille-martin-colmar',
} as const;

export const DEMO_ADMIN = {
  email: 'admin@demo.jauto-entreprends.fr',
  password: 'Demo-admin-2026!',
} as const;

/** Every generated advertiser shares this password (hashed once): log in as any of them in demo. */
export const GENERATED_ADVERTISER_PASSWORD = DEMO_ADVERTISER.password;

/**
 * Unused review codes of the demo listing, in clear so the review form can be tried in demo. Canonical
 * Crockford form (lib/reviews/code.ts): « DEM0 » with a zero, though typing « DEMO » works too.
 */
export const DEMO_REVIEW_CODES = ['DEM0-7K4P-2QX9', 'DEM0-M3RT-8WJ5', 'DEM0-H6ZN-4CVB'] as const;
