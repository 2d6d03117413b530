// lib/env.ts: demo runs with no configuration at all; production refuses to start without its secrets.
import { parseEnv as parseEnvOf } from '@/lib/env';

// Next.js types NODE_ENV as required in ProcessEnv; these sources are plain variable sets.
const parseEnv = (source: Record<string, string>) => parseEnvOf(source as NodeJS.ProcessEnv);

const PRODUCTION = {
  APP_ENV: 'production',
  DATABASE_URL: 'postgresql://app@db.internal:5432/jauto',
  AUTH_SECRET: 'x'.repeat(32),
  RESEND_API_KEY: 're_test',
  RESEND_WEBHOOK_SECRET: 'whsec_resend',
  STRIPE_SECRET_KEY: 'sk_test',
  STRIPE_WEBHOOK_SECRET: 'whsec_stripe',
};

describe('parseEnv', () => {
  it('needs nothing in demo mode and fills in the defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ APP_ENV: 'demo', DATA_DIR: '.data', EMBEDDED_PG_PORT: 54329, PORT: 3000 });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.workerInServer).toBe(true);
  });

  it('treats an empty DATABASE_URL as unset (embedded PostgreSQL)', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('accepts a complete production configuration', () => {
    const env = parseEnv(PRODUCTION);
    expect(env.APP_ENV).toBe('production');
    expect(env.workerInServer).toBe(false);
  });

  it.each(Object.keys(PRODUCTION).filter((name) => name !== 'APP_ENV'))('refuses production without %s', (name) => {
    // An empty value counts as unset.
    expect(() => parseEnv({ ...PRODUCTION, [name]: '' })).toThrow(name);
  });

  it('refuses a short AUTH_SECRET in production', () => {
    expect(() => parseEnv({ ...PRODUCTION, AUTH_SECRET: 'too-short' })).toThrow(/AUTH_SECRET/);
  });

  it('refuses a real Stripe account without its webhook secret, even outside production', () => {
    // Otherwise events signed with the demo secret, published in this repository, would be accepted.
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'sk_test_real_account' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(parseEnv({ STRIPE_SECRET_KEY: 'sk_test_real_account', STRIPE_WEBHOOK_SECRET: 'whsec_real' }).STRIPE_WEBHOOK_SECRET).toBe('whsec_real');
  });

  it('refuses malformed values with a readable message', () => {
    expect(() => parseEnv({ EMBEDDED_PG_PORT: 'abc' })).toThrow(/EMBEDDED_PG_PORT/);
  });
});
