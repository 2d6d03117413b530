// Request rules (Next.js 16 `proxy`, formerly middleware): protected areas need a session cookie
// (and /admin the team's role), and every response gets the security headers, with a per-request
// nonce for the Content-Security-Policy. The server checks the session again against the database
// (lib/auth/guards.ts). See docs/decisions/003-proxy-ts.md and 005-sessions.md. It also applies the
// visitor's cookie choice (lib/consent/proxy.ts).
import { getToken, type JWT } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { applyConsent, requestConsent } from '@/lib/consent/proxy';
import { env } from '@/lib/env';

/** 128 random bits, base64: unpredictable and unique per request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { dev = false, https = false } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'strict-dynamic': scripts loaded by the nonced Next.js scripts are trusted; nothing else runs.
    // In development React uses eval() for its debugging stacks.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Inline style attributes (Next.js, star widths) need 'unsafe-inline'; a nonce here would disable it.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    // The demo mailbox (/dev/emails) shows e-mails in an iframe srcdoc, which inherits this policy.
    'frame-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    // Without JavaScript, « S'abonner » and « Gérer mon abonnement » submit forms answered by a redirect
    // to Stripe's hosted pages, which form-action also governs.
    'form-action': ["'self'", 'https://checkout.stripe.com', 'https://billing.stripe.com'],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

function isHttps(): boolean {
  return env().APP_URL.startsWith('https://');
}

/** Headers that do not depend on the request. */
export function staticSecurityHeaders(https: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

function withSecurityHeaders(request: NextRequest, rewriteTo?: URL): NextResponse {
  const nonce = createNonce();
  const https = isHttps();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', https });

  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts;
  // x-nonce lets server components give it to any <Script> they render.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = rewriteTo
    ? NextResponse.rewrite(rewriteTo, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders(https))) {
    response.headers.set(name, value);
  }
  // Cookie consent: leftover non-essential cookies expired, search preferences remembered if allowed.
  applyConsent(request, response, requestConsent(request), { secure: https });
  return response;
}

const SIGNED_IN_AREAS = /^\/(espace|admin)(\/|$)/;
const TEAM_AREA = /^\/admin(\/|$)/;
/** A path no route serves: rewriting to it renders the site's 404 page with a 404 status. */
const NOT_FOUND_PATH = '/_introuvable';

/** The decoded Auth.js cookie (either name: `__Secure-` over HTTPS), or null. */
async function sessionCookie(request: NextRequest): Promise<JWT | null> {
  const secret = env().AUTH_SECRET;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: request, secret, secureCookie });
    if (token) return token;
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_AREAS.test(pathname)) {
    const token = await sessionCookie(request);
    if (!token?.sessionKey) {
      const signIn = new URL('/connexion', request.url);
      signIn.searchParams.set('next', `${pathname}${search}`);
      return NextResponse.redirect(signIn, request.method === 'GET' ? 307 : 303);
    }
    // Outsiders get the ordinary 404: /admin does not advertise its existence.
    if (TEAM_AREA.test(pathname) && token.role !== 'ADMIN') {
      return withSecurityHeaders(request, new URL(NOT_FOUND_PATH, request.url));
    }
  }
  return withSecurityHeaders(request);
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon\\.ico|favicon\\.svg).*)'
    },
  ],
};
