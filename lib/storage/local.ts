// The default storage backend: files under a local folder (UPLOADS_DIR), one file per key.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertStorageKey } from './keys';
import type { Storage } from './storage';

export function createLocalStorage(folder: string): Storage {
  const root = path.resolve(folder);

  function fileOf(key: string): string {
    const file = path.resolve(root, assertStorageKey(key));
    // The key format already forbids « .. »; this second check keeps that promise if the format changes.
    if (!file.startsWith(root + path.sep)) throw new Error('Storage key outside the uploads folder');
    return file;
  }

  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside then renamed: a concurrent reader gets the old state or the whole new file.
      const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
