// Storage keys: one format every backend accepts, so that no key (even one built from a URL) can
// climb out of the uploads folder or the bucket: relative segments of letters, digits, « - », « _ »
// and « . », each starting with a letter or digit (hence never « . » or « .. »).
const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/i;
const MAX_KEY_LENGTH = 300;

export function isValidStorageKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_KEY_LENGTH && key.split('/').every((segment) => SEGMENT.test(segment));
}

export function assertStorageKey(key: string): string {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}
