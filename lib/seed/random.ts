// A seeded pseudo-random generator: the same seed gives the same demo data on every machine.
import { createHash, randomBytes } from 'node:crypto';

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** The 32-bit seed is spread over 128 bits of state (splitmix32), so streams of different seeds do
   * not overlap and 124-bit ids never collide in practice. */
  constructor(seed: number) {
    let x = seed >>> 0;
    const splitmix = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
  }

  /** sfc32: fast, 128-bit state, good enough for fake data (never for secrets). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a key of `weights` with probability proportional to its value. */
  weighted<K extends string | number>(weights: ReadonlyArray<readonly [K, number]>): K {
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [key, weight] of weights) {
      target -= weight;
      if (target < 0) return key;
    }
    return weights[weights.length - 1][0];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const size = Math.min(count, copy.length);
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, size);
  }

  string(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  /** A cuid-shaped id: "c" + 24 base-36 characters. */
  id(): string {
    return 'c' + this.string(24, ID_ALPHABET);
  }

  /** A date between `from` and `to`. */
  dateBetween(from: Date, to: Date): Date {
    return new Date(from.getTime() + this.next() * (to.getTime() - from.getTime()));
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS);

/** Secrets are stored the way the application stores them: a SHA-256 hex digest, never the value. */
export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

/** The hash of a truly random secret nobody will ever know: review codes and tokens of fake users. */
export const unknownSecretHash = () => sha256Hex(randomBytes(24).toString('base64url'));

export const startOfUtcDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
