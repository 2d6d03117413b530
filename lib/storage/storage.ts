// Where uploaded files live: the one interface the application uses, and the backend chosen from the
// configuration (an S3-compatible bucket when S3_BUCKET is set, the local UPLOADS_DIR folder otherwise).
import 'server-only';
import { env } from '@/lib/env';
import { createLocalStorage } from './local';
import { createS3Storage } from './s3';

export interface Storage {
  /** Writes the object whole; readers never see a partly written one. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is none under this key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the object; removing an absent one is not an error. */
  delete(key: string): Promise<void>;
}

let cached: Storage | undefined;

export function storage(): Storage {
  cached ??= fromConfiguration();
  return cached;
}

function fromConfiguration(): Storage {
  const config = env();
  if (config.S3_BUCKET) {
    // lib/env.ts refuses a partial S3 configuration, so these are all present here.
    return createS3Storage({
      endpoint: config.S3_ENDPOINT!,
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
    });
  }
  return createLocalStorage(config.UPLOADS_DIR);
}
