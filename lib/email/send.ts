// Delivers one outbox row through Resend, or keeps it for the demo mailbox when no API key is set.
import 'server-only';
import { Resend, type ErrorResponse } from 'resend';
import { env } from '@/lib/env';
import type { EmailOutbox } from '@/lib/db/client';
import { REPLY_TO_HEADER } from './outbox';
import { renderStoredEmail, UnknownTemplateError } from './render';

export type DeliverableEmail = Pick<EmailOutbox, 'to' | 'subject' | 'template' | 'props' | 'headers' | 'idempotencyKey'>;

/** Why a delivery failed, and whether trying again later can succeed. */
export class EmailDeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'EmailDeliveryError';
  }
}

/** A slow provider must not hold a claimed batch forever; the row is retried with the same key. */
const REQUEST_TIMEOUT_MS = 15_000;

let client: Resend | undefined;

function resend(apiKey: string): Resend {
  // The SDK reads RESEND_BASE_URL itself (validated in lib/env.ts), which is how tests reach their fake.
  client ??= new Resend(apiKey);
  return client;
}

/**
 * Sends one e-mail and returns the provider's message id, or null in demo mode (no RESEND_API_KEY),
 * where the row simply counts as sent and stays readable at /dev/emails.
 */
export async function deliverEmail(email: DeliverableEmail): Promise<string | null> {
  const { RESEND_API_KEY, EMAIL_FROM } = env();
  if (!RESEND_API_KEY) return null;

  const { html, text } = await renderStoredEmail(email.template, email.props).catch((error: unknown) => {
    if (error instanceof UnknownTemplateError) throw new EmailDeliveryError(error.message, false);
    throw error;
  });

  // Resend has a dedicated replyTo field; the other stored headers go through as they are.
  const { [REPLY_TO_HEADER]: replyTo, ...headers } = (email.headers ?? {}) as Record<string, string>;
  const { data, error } = await resend(RESEND_API_KEY).emails.send(
    {
      from: EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      html,
      text,
      replyTo,
      headers: Object.keys(headers).length > 0 ? headers : undefined,
    },
    { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
  );
  if (error) {
    throw new EmailDeliveryError(
      `Resend ${error.statusCode ?? 'network error'} ${error.name}: ${error.message}`,
      isRetryable(error),
    );
  }
  return data.id;
}

/** One message of a batch: already rendered, since a newsletter renders its issue once for all. */
export type BatchEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

/** Resend's batch endpoint takes up to 100 messages per request. */
export const MAX_BATCH_SIZE = 100;

/**
 * Sends up to 100 messages in one request (Resend's batch API) and returns their message ids in
 * order, or nulls in demo mode. The idempotency key must be derived from the batch's content: a retry
 * after a lost answer then gets the first answer back instead of a second delivery.
 */
export async function deliverEmailBatch(emails: BatchEmail[], idempotencyKey: string): Promise<(string | null)[]> {
  const { RESEND_API_KEY, EMAIL_FROM } = env();
  if (!RESEND_API_KEY) return emails.map(() => null);
  if (emails.length === 0 || emails.length > MAX_BATCH_SIZE) {
    throw new EmailDeliveryError(`A batch holds 1 to ${MAX_BATCH_SIZE} e-mails, not ${emails.length}.`, false);
  }
  const { data, error } = await resend(RESEND_API_KEY).batch.send(
    emails.map((email) => ({ from: EMAIL_FROM, ...email })),
    { idempotencyKey, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
  );
  if (error) {
    throw new EmailDeliveryError(
      `Resend ${error.statusCode ?? 'network error'} ${error.name}: ${error.message}`,
      isRetryable(error),
    );
  }
  if (data.data.length !== emails.length) {
    throw new EmailDeliveryError(`Resend answered ${data.data.length} ids for ${emails.length} e-mails.`, false);
  }
  return data.data.map((item) => item.id);
}

/**
 * No status (network down, timeout), 5xx and 429 (rate limit, quota) are the provider's trouble: retry.
 * 401/403 mean our key is wrong or revoked: an operator fixes it, the message itself is fine.
 * A concurrent request under the same idempotency key: the retry gets the first one's answer.
 * Any other 4xx (422 validation, 400, a key reused with another payload) rejects the message: final.
 */
function isRetryable({ statusCode, name }: ErrorResponse): boolean {
  if (statusCode === null || statusCode >= 500) return true;
  return [401, 403, 429].includes(statusCode) || name === 'concurrent_idempotent_requests';
}
