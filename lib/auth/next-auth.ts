// Auth.js (next-auth v5) wiring: the credentials provider signs in through `authenticate`, and the
// encrypted session cookie carries only our database session token and the role (for proxy.ts).
// Server code never reads this directly: it goes through lib/auth/guards.ts.
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { clientIp, userAgent } from './request-context';
import { REMEMBERED_SESSION_IDLE_MS } from './sessions';
import { authenticate } from './sign-in';

declare module 'next-auth' {
  interface User {
    role?: 'ADVERTISER' | 'ADMIN';
    sessionKey?: string;
  }
  interface Session {
    sessionKey?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    role?: 'ADVERTISER' | 'ADMIN';
    sessionKey?: string;
  }
}

export { CredentialsSignin };

/** Too many failed attempts: the sign-in form shows a specific message. */
export class SignInRateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

export const { auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  // URLs come from the request's Host: the app runs behind our own reverse proxy or locally.
  trustHost: true,
  // Credentials sign-in requires JWT cookies in Auth.js; the session itself is a database row.
  session: { strategy: 'jwt', maxAge: REMEMBERED_SESSION_IDLE_MS / 1000 },
  pages: { signIn: '/connexion', error: '/connexion' },
  logger: {
    // A wrong password is an expected answer, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error('[auth]', error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, rememberMe: {} },
      async authorize(credentials, request) {
        const result = await authenticate({
          email: String(credentials.email ?? ''),
          password: String(credentials.password ?? ''),
          rememberMe: credentials.rememberMe === 'true',
          ip: clientIp(request.headers),
          userAgent: userAgent(request.headers),
        });
        if (result.kind === 'rate_limited') throw new SignInRateLimited();
        if (result.kind === 'invalid') return null;
        return { id: result.user.id, email: result.user.email, role: result.user.role, sessionKey: result.sessionToken };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sessionKey = user.sessionKey;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.sessionKey = token.sessionKey;
      return session;
    },
  },
}));
