// A local stand-in for the Resend HTTP API, speaking the protocol the `resend` SDK uses:
// POST /emails and POST /emails/batch, Bearer auth, JSON errors { statusCode, name, message },
// Idempotency-Key replay. Point the SDK at it with RESEND_BASE_URL.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ResendErrorBody = { statusCode: number; name: string; message: string };

export type ReceivedEmail = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  replyTo?: string | string[];
};

export type FakeResend = {
  /** Base URL for RESEND_BASE_URL, e.g. http://127.0.0.1:41234 */
  url: string;
  apiKey: string;
  /** Accepted e-mails, once each (an idempotent replay is not stored again). */
  received: ReceivedEmail[];
  /** Every POST that reached the server, replays and errors included. */
  requestCount(): number;
  /** true: answers 503 to everything (an outage behind a load balancer); 'disconnect': drops connections unanswered. */
  setDown(down: boolean | 'disconnect'): void;
  /** The next request gets this error instead of being processed. */
  failNext(error: ResendErrorBody): void;
  /** The next request is processed (its e-mails accepted) but the connection drops before the answer: a lost response. */
  loseNextResponse(): void;
  /** Every request waits this long before being processed (a slow provider, to stop a send half-way). */
  setLatency(ms: number): void;
  reset(): void;
  close(): Promise<void>;
};

type StoredResponse = { fingerprint: string; status: number; body: unknown };

const EMAIL_PATTERN = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const NAMED_EMAIL_PATTERN = /^[^<>]*<([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>$/;

/** storeBodies: false keeps envelopes only (benchmarks of 100 000 messages would hold gigabytes of HTML). */
export async function startFakeResend({ apiKey = 're_test_fake_key', storeBodies = true } = {}): Promise<FakeResend> {
  const received: ReceivedEmail[] = [];
  const idempotent = new Map<string, StoredResponse>();
  let requests = 0;
  let down: boolean | 'disconnect' = false;
  let nextError: ResendErrorBody | undefined;
  let loseNext = false;
  let latencyMs = 0;

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      send(response, 500, { statusCode: 500, name: 'internal_server_error', message: String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const raw = await readBody(request);
    if (request.method !== 'POST') {
      return send(response, 405, error(405, 'method_not_allowed', 'Method not allowed'));
    }
    requests += 1;
    if (down === 'disconnect') {
      request.socket.destroy();
      return;
    }
    if (down) {
      // Not JSON, like a proxy in front of a failing service: the SDK must cope with that too.
      response.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    if (nextError) {
      const injected = nextError;
      nextError = undefined;
      return send(response, injected.statusCode, injected);
    }

    const authorization = request.headers.authorization;
    if (!authorization?.startsWith('Bearer ')) {
      return send(response, 401, error(401, 'missing_api_key', 'Missing API key in the authorization header'));
    }
    if (authorization.slice('Bearer '.length) !== apiKey) {
      return send(response, 403, error(403, 'invalid_api_key', 'API key is invalid'));
    }

    let payload: unknown;
    try {
      payload = JSON.parse(raw);
    } catch {
      return send(response, 400, error(400, 'validation_error', 'Invalid JSON body'));
    }

    const key = header(request, 'idempotency-key');
    if (key !== null && (key.length < 1 || key.length > 256)) {
      return send(response, 400, error(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.'));
    }
    const fingerprint = createHash('sha256').update(`${request.url} ${raw}`).digest('hex');
    const previous = key === null ? undefined : idempotent.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        return send(
          response,
          409,
          error(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload.'),
        );
      }
      return send(response, previous.status, previous.body);
    }

    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const { status, body } = route(request.url ?? '', payload, key);
    // Resend remembers successful answers only: a rejected request may be fixed and retried under the same key.
    if (key !== null && status === 200) idempotent.set(key, { fingerprint, status, body });
    if (loseNext) {
      loseNext = false;
      request.socket.destroy();
      return;
    }
    return send(response, status, body);
  }

  function route(path: string, payload: unknown, key: string | null): { status: number; body: unknown } {
    if (path === '/emails') {
      const invalid = validateEmail(payload);
      if (invalid) return { status: invalid.statusCode, body: invalid };
      return { status: 200, body: { id: accept(payload as EmailPayload, key) } };
    }
    if (path === '/emails/batch') {
      if (!Array.isArray(payload) || payload.length === 0 || payload.length > 100) {
        const body = error(422, 'validation_error', 'The batch must contain between 1 and 100 emails.');
        return { status: 422, body };
      }
      // Strict validation (the SDK's default): one invalid e-mail rejects the whole batch.
      for (const email of payload) {
        const invalid = validateEmail(email);
        if (invalid) return { status: invalid.statusCode, body: invalid };
      }
      return { status: 200, body: { data: payload.map((email: EmailPayload) => ({ id: accept(email, key) })) } };
    }
    return { status: 404, body: error(404, 'not_found', 'The requested endpoint does not exist.') };
  }

  function accept(email: EmailPayload, key: string | null): string {
    const id = randomUUID();
    received.push({
      id,
      idempotencyKey: key,
      from: email.from,
      to: typeof email.to === 'string' ? [email.to] : email.to,
      subject: email.subject,
      html: storeBodies ? email.html : undefined,
      text: storeBodies ? email.text : undefined,
      headers: email.headers,
      replyTo: email.reply_to,
    });
    return id;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    received,
    requestCount: () => requests,
    setDown: (value) => {
      down = value;
    },
    failNext: (value) => {
      nextError = value;
    },
    loseNextResponse: () => {
      loseNext = true;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    reset: () => {
      received.length = 0;
      idempotent.clear();
      requests = 0;
      down = false;
      nextError = undefined;
      loseNext = false;
      latencyMs = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((closeError) => (closeError ? reject(closeError) : resolve()));
      }),
  };
}

type EmailPayload = {
  from: string;
  to: string | string[];
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  reply_to?: string | string[];
};

/** The checks Resend makes before accepting an e-mail, with its error names and status codes. */
function validateEmail(payload: unknown): ResendErrorBody | undefined {
  if (typeof payload !== 'object' || payload === null) {
    return error(422, 'validation_error', 'The request body must be a JSON object.');
  }
  const email = payload as Partial<Record<keyof EmailPayload, unknown>>;
  for (const field of ['from', 'to', 'subject'] as const) {
    if (email[field] === undefined || email[field] === null || email[field] === '') {
      return error(422, 'missing_required_field', `Missing \`${field}\` field.`);
    }
  }
  if (typeof email.from !== 'string' || !isAddress(email.from)) {
    return error(
      422,
      'invalid_from_address',
      'Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.',
    );
  }
  const recipients = typeof email.to === 'string' ? [email.to] : email.to;
  if (!Array.isArray(recipients) || recipients.length > 50 || !recipients.every((to) => isAddress(to))) {
    return error(
      422,
      'validation_error',
      'Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.',
    );
  }
  if (typeof email.html !== 'string' && typeof email.text !== 'string') {
    return error(422, 'validation_error', 'Missing `html` or `text` field.');
  }
  return undefined;
}

function isAddress(value: unknown): boolean {
  return typeof value === 'string' && (EMAIL_PATTERN.test(value) || NAMED_EMAIL_PATTERN.test(value));
}

function error(statusCode: number, name: string, message: string): ResendErrorBody {
  return { statusCode, name, message };
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
