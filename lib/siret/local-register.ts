// Where the SIRET checks ask: SIRENE_API_BASE_URL when it is set, or else, in demo and test, a local
// stand-in of the register (the tests' fake, same protocol) started in this process on first use.
// A demo then behaves like production (a new advertiser is « SIRET vérifié » within seconds) without
// the network and without sending demo SIRETs to the public API.
import 'server-only';
import { env } from '@/lib/env';
import type { FakeSirene } from '@/test/fakes/sirene-server';

let local: Promise<FakeSirene> | undefined;

/** The register's base URL; starts the local stand-in when demo or test mode needs it. */
export async function registerBaseUrl(): Promise<string> {
  const config = env();
  // Read raw: env() fills in the public API's URL by default, and only an explicit setting counts here.
  const explicit = process.env.SIRENE_API_BASE_URL?.trim();
  if (config.APP_ENV === 'production' || explicit) return config.SIRENE_API_BASE_URL;
  local ??= import('@/test/fakes/sirene-server')
    .then(({ startFakeSirene }) => startFakeSirene())
    .catch((error: unknown) => {
      local = undefined;
      throw error;
    });
  return (await local).url;
}

/** Closes the local stand-in, if one was started (the worker's shutdown). */
export async function stopLocalRegister(): Promise<void> {
  const running = local;
  local = undefined;
  await (await running?.catch(() => undefined))?.close();
}
