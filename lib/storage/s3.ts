// The storage backend for production: an S3-compatible bucket, addressed path-style
// (<endpoint>/<bucket>/<key>), which every S3-compatible provider accepts.
import 'server-only';
import { assertStorageKey } from './keys';
import { sha256Hex, signRequest } from './sigv4';
import type { Storage } from './storage';

export type S3Config = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export function createS3Storage(config: S3Config): Storage {
  const base = config.endpoint.replace(/\/+$/, '');

  async function send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Uint8Array, contentType?: string) {
    const url = new URL(`${base}/${encodeURIComponent(config.bucket)}/${assertStorageKey(key)}`);
    const headers = signRequest({
      method,
      url,
      headers: contentType ? { 'content-type': contentType } : {},
      payloadHash: sha256Hex(body ?? ''),
      region: config.region,
      service: 's3',
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      date: new Date(),
    });
    // A copy typed on a plain ArrayBuffer, which is what fetch's BodyInit accepts.
    return fetch(url, { method, headers, body: body ? new Uint8Array(body) : undefined });
  }

  async function failed(response: Response, what: string): Promise<Error> {
    const detail = (await response.text()).slice(0, 300);
    return new Error(`S3 ${what} failed with HTTP ${response.status}: ${detail}`);
  }

  return {
    async put(key, bytes, contentType) {
      const response = await send('PUT', key, bytes, contentType);
      if (!response.ok) throw await failed(response, `PUT ${key}`);
    },
    async get(key) {
      const response = await send('GET', key);
      if (response.status === 404) return null;
      if (!response.ok) throw await failed(response, `GET ${key}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await send('DELETE', key);
      if (!response.ok && response.status !== 404) throw await failed(response, `DELETE ${key}`);
    },
  };
}
