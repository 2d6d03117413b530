// Stands in for next/headers outside a Next.js request: fixed request headers, an in-memory cookie jar.
import { mockCookie } from './acting-as';

export async function headers(): Promise<Headers> {
  return new Headers(mockCookie.headers);
}

const jar = new Map<string, string>();

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}
