// Where to send someone back after signing in: pure, so that it is tested on its own.

/** Stands for this site when resolving `next`: whatever resolves elsewhere is another site. */
const LOCAL_ORIGIN = 'http://local.invalid';

/**
 * Where to come back after signing in; only local paths, never « //evil.example ». Browsers drop tabs
 * and line breaks from URLs and read « \ » as « / », so the path is resolved as a browser would and
 * anything with such characters is refused outright.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/espace/compte'): string {
  if (!next || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  const url = new URL(next, LOCAL_ORIGIN);
  if (url.origin !== LOCAL_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
