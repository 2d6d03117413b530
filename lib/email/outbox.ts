// The one way to send an e-mail: write it to the outbox in the same transaction as its cause.
// The worker (lib/jobs/worker.ts) delivers it later, with retries: a rollback sends nothing, and
// nothing is lost while the provider is down.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { getTemplate, type EmailProps, type TemplateName, type TemplateProps } from './templates';

/** A Prisma transaction client, or the client itself when the e-mail is the only write. */
export type OutboxWriter = Pick<Db, 'emailOutbox' | 'emailSuppression'>;

export type EmailMessage<N extends TemplateName = TemplateName> = {
  to: string;
  template: N;
  props: TemplateProps<N>;
  /**
   * Deterministic from the cause, e.g. `email-verification:<tokenId>`: enqueuing the same cause
   * twice writes one row, and the provider never delivers a retried message twice.
   */
  idempotencyKey: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post for newsletters. */
  headers?: Record<string, string>;
  /** Where the recipient's « Répondre » goes (e.g. the advertiser answering a visitor); kept as Reply-To. */
  replyTo?: string;
};

/** The header name under which the outbox row stores the reply address (read back by send.ts). */
export const REPLY_TO_HEADER = 'Reply-To';

export type EnqueueResult =
  | { outcome: 'queued'; id: string }
  /** A row with this idempotency key already exists: this cause was already handled. */
  | { outcome: 'duplicate' }
  /** Marketing mail to an address that bounced or complained: not written. */
  | { outcome: 'suppressed' };

const messageSchema = z.object({
  to: z.email(),
  // Resend accepts keys of 1 to 256 characters.
  idempotencyKey: z.string().min(1).max(256),
  replyTo: z.email().optional(),
});

export async function enqueueEmail<N extends TemplateName>(
  db: OutboxWriter,
  message: EmailMessage<N>,
): Promise<EnqueueResult> {
  const { to, idempotencyKey, replyTo } = messageSchema.parse(message);
  const template = getTemplate(message.template);
  const props: EmailProps = message.props;

  // Account and service e-mails are always written (charter); only marketing honours suppressions.
  if (template.category === 'NEWSLETTER') {
    const suppressed = await db.emailSuppression.findUnique({ where: { email: to }, select: { email: true } });
    if (suppressed) return { outcome: 'suppressed' };
  }

  // ON CONFLICT DO NOTHING: a duplicate must not raise, since an error would abort the caller's transaction.
  const [row] = await db.emailOutbox.createManyAndReturn({
    data: [
      {
        to,
        idempotencyKey,
        template: message.template,
        props,
        subject: singleLine(template.subject(props)),
        category: template.category,
        // The row keeps only `headers`: the sender hands Reply-To to Resend as its own field.
        headers: replyTo ? { ...message.headers, [REPLY_TO_HEADER]: replyTo } : message.headers,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  return row ? { outcome: 'queued', id: row.id } : { outcome: 'duplicate' };
}

/**
 * Subjects often carry user-typed names: a line break there would corrupt the message headers. Only
 * ASCII whitespace is collapsed: the non-breaking spaces of French typography (« : ») stay.
 */
function singleLine(text: string): string {
  return text.replace(/[ \t\n\v\f\r\u0085\u2028\u2029]+/g, ' ').trim();
}
