// Storage rules without a database: the key format that keeps files inside their folder, the
// S3 request signature (checked against AWS's published example), a partial S3 configuration refused at
// start-up, and the local backend's round trip.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '@/lib/env';
import { photoSources } from '@/lib/listings/photo-rules';
import { isValidStorageKey } from '@/lib/storage/keys';
import { createLocalStorage } from '@/lib/storage/local';
import { sha256Hex, signRequest } from '@/lib/storage/sigv4';

describe('storage keys', () => {
  it('accepts relative keys of plain segments', () => {
    expect(isValidStorageKey('listings/clx1abc/0f3a9c-800.webp')).toBe(true);
  });

  it.each(['', '../secret', 'listings/../../etc/passwd', '/etc/passwd', 'a//b', 'a/./b', 'a\\b', 'a/b/', '.env', 'é.webp', 'a'.repeat(301)])(
    'refuses %j',
    (key) => expect(isValidStorageKey(key)).toBe(false),
  );
});

describe('local storage', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'jauto-storage-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes, reads and deletes under its folder only', async () => {
    const store = createLocalStorage(folder);
    await store.put('listings/a1/photo-400.webp', new Uint8Array([1, 2, 3]), 'image/webp');
    expect(await store.get('listings/a1/photo-400.webp')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(path.join(folder, 'listings/a1'))).toEqual(['photo-400.webp']);
    await store.delete('listings/a1/photo-400.webp');
    await store.delete('listings/a1/photo-400.webp');
    expect(await store.get('listings/a1/photo-400.webp')).toBeNull();
    await expect(store.get('../outside')).rejects.toThrow(/Invalid storage key/);
    await expect(store.put('listings/../../outside', new Uint8Array([1]), 'image/webp')).rejects.toThrow(/Invalid storage key/);
  });
});

describe('S3 signature (AWS Signature Version 4)', () => {
  it('matches the example of the S3 documentation (GET Object with a Range header)', () => {
    const headers = signRequest({
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { Range: 'bytes=0-9' },
      payloadHash: sha256Hex(''),
      region: 'us-east-1',
      service: 's3',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      date: new Date('2013-05-24T00:00:00Z'),
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(headers['x-amz-date']).toBe('20130524T000000Z');
  });

  it('refuses to start with a bucket but no endpoint or keys', () => {
    // Next.js types NODE_ENV as required in ProcessEnv; these sources are plain variable sets.
    const partial = { S3_BUCKET: 'photos', S3_ENDPOINT: 'https://s3.example.net' } as Record<string, string>;
    expect(() => parseEnv(partial as NodeJS.ProcessEnv)).toThrow(/S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
    expect(parseEnv({} as NodeJS.ProcessEnv).S3_BUCKET).toBeUndefined();
  });
});

describe('photo sources', () => {
  it('lists each real width once: narrow originals were not enlarged', () => {
    expect(photoSources('listings/a/b', 1600).srcSet).toBe(
      '/photos/listings/a/b-400.webp 400w, /photos/listings/a/b-800.webp 800w, /photos/listings/a/b-1600.webp 1600w',
    );
    expect(photoSources('listings/a/b', 650)).toEqual({
      src: '/photos/listings/a/b-800.webp',
      srcSet: '/photos/listings/a/b-400.webp 400w, /photos/listings/a/b-800.webp 650w',
    });
  });
});
