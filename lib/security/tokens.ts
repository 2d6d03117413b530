// Secrets sent by e-mail or kept in a cookie (sign-in sessions, verification and reset links): random,
// long enough to be unguessable, and stored only as a hash so that a database leak reveals no usable link.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 is enough for 256-bit random secrets: there is nothing to brute-force, unlike a password. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of two hex or base64 strings of any length. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A signature of `value` for one purpose (e.g. `commercial-opt-out`) with a server secret: links that
 * must work without any stored row, like the one-click opt-out of every commercial e-mail.
 */
export function signValue(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url');
}

export function verifySignedValue(secret: string, purpose: string, value: string, signature: string): boolean {
  return safeEqual(signature, signValue(secret, purpose, value));
}
