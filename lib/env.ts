// Typed configuration: every environment variable the application reads, validated once at start-up.
// Demo defaults apply outside production only; production refuses to start without its secrets.
import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url().optional())
  .optional();

const optionalSecret = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  /** demo: no keys needed, simulated payments, demo mailbox; test: used by the test suites; production: real services. */
  APP_ENV: z.enum(['demo', 'test', 'production']).default('demo'),
  /** Absent: an embedded PostgreSQL is started with its data under DATA_DIR. */
  DATABASE_URL: optionalUrl,
  DATA_DIR: z.string().default('.data'),
  /** Port of the embedded PostgreSQL (kept away from 5432, where a system server may run). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().default('http://localhost:3000'),
  AUTH_SECRET: optionalSecret,

  SITE_NAME: z.string().default('Jauto-entreprends'),
  SITE_DOMAIN: z.string().default('jauto-entreprends.fr'),
  CONTACT_EMAIL: z.email().default('contact@jauto-entreprends.fr'),
  COMPANY_NAME: z.string().default('Jauto-entreprends SARL'),
  COMPANY_ADDRESS: z.string().default('21 rue du Riesling, 68250 Pfaffenheim'),
  COMPANY_PHONE: z.string().default('03 89 00 00 00'),
  COMPANY_RCS: z.string().default('RCS Colmar 000 000 000'),
  COMPANY_CAPITAL: z.string().default('10 000 €'),
  COMPANY_VAT: z.string().default('FR00000000000'),
  PUBLICATION_DIRECTOR: z.string().default('Le gérant de Jauto-entreprends SARL'),
  HOST_NAME: z.string().default('Hébergeur à renseigner'),
  HOST_ADDRESS: z.string().default('Adresse de l’hébergeur à renseigner'),
  HOST_PHONE: z.string().default('Téléphone de l’hébergeur à renseigner'),

  EMAIL_FROM: z.string().default('Jauto-entreprends <ne-pas-repondre@jauto-entreprends.fr>'),
  /** Absent: e-mails stay in the outbox and are readable in the demo mailbox at /dev/emails. */
  RESEND_API_KEY: optionalSecret,
  /** Read by the Resend SDK itself; tests point it at a local fake. */
  RESEND_BASE_URL: optionalUrl,
  RESEND_WEBHOOK_SECRET: optionalSecret,

  /** Absent: demo checkout simulated on the site itself. */
  STRIPE_SECRET_KEY: optionalSecret,
  STRIPE_WEBHOOK_SECRET: optionalSecret,
  /** Tests point the Stripe SDK at a local fake, e.g. http://127.0.0.1:12111 */
  STRIPE_API_BASE: optionalUrl,
  /** Stripe price ids of the two plans (production); demo and tests use fixed demo prices. */
  STRIPE_PRICE_MONTHLY: optionalSecret,
  STRIPE_PRICE_YEARLY: optionalSecret,

  SIRENE_API_BASE_URL: z.url().default('https://recherche-entreprises.api.gouv.fr'),
  UPLOADS_DIR: z.string().default('.data/uploads'),
  /** Set S3_BUCKET, with its endpoint and keys, to store uploads in an S3-compatible bucket instead of UPLOADS_DIR. */
  S3_BUCKET: optionalSecret,
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: optionalSecret,
  S3_SECRET_ACCESS_KEY: optionalSecret,
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For: the client's address is the
   * entry that many places from the right, the leftmost ones being whatever the client sent.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** Run the job worker inside the web server (default outside production; `npm run worker` otherwise). */
  WORKER_IN_SERVER: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
});

/** Every variable the application reads; .env.example documents each one (checked by a test). */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

const productionRequired = [
  'DATABASE_URL',
  'AUTH_SECRET',
  'RESEND_API_KEY',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'RESEND_WEBHOOK_SECRET',
] as const;

/** A bucket without its endpoint or keys would fail on the first upload: refuse to start instead. */
const s3Required = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

export type Env = z.infer<typeof envSchema> & { AUTH_SECRET: string; workerInServer: boolean };

/** A fixed secret for demo and tests only: production must bring its own. */
const DEMO_AUTH_SECRET = 'demo-only-secret-not-for-production-0123456789abcdef';

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.APP_ENV === 'production') {
    const missing = productionRequired.filter((name) => !env[name]);
    if (missing.length > 0) {
      throw new Error(
        `APP_ENV=production needs these variables (see .env.example): ${missing.join(', ')}`,
      );
    }
    if ((env.AUTH_SECRET ?? '').length < 32) {
      throw new Error('AUTH_SECRET must be at least 32 characters long in production.');
    }
  }
  // With a real Stripe account, events signed with the demo secret (published in this repository) must
  // never be accepted: its own webhook secret is required.
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    throw new Error('STRIPE_SECRET_KEY is set: STRIPE_WEBHOOK_SECRET is needed too (see .env.example).');
  }
  if (env.S3_BUCKET) {
    const missing = s3Required.filter((name) => !env[name]);
    if (missing.length > 0) {
      throw new Error(`S3_BUCKET is set: these variables are needed too (see .env.example): ${missing.join(', ')}`);
    }
  }
  return {
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? DEMO_AUTH_SECRET,
    workerInServer: env.WORKER_IN_SERVER ?? env.APP_ENV !== 'production',
  };
}

let cached: Env | undefined;

/** The validated configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

export const isProduction = () => env().APP_ENV === 'production';
export const isDemo = () => env().APP_ENV === 'demo';
/** The demo mailbox (/dev/emails) shows reset and access links: only where no real e-mail goes out. */
export const hasDemoMailbox = () => !isProduction() && !env().RESEND_API_KEY;
