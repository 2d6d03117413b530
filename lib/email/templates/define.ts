// The shape of one e-mail template: its category, its subject and its React Email component.
import type { ComponentType } from 'react';
import type { EmailCategory } from '@/lib/db/client';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Props are stored as JSON in the outbox and rendered later by the worker: plain data only. */
export type EmailProps = { [key: string]: JsonValue };

export type EmailTemplate<P extends EmailProps, R = P> = {
  /** Fixed by the template, not the caller: a newsletter can never be sent as transactional mail. */
  category: EmailCategory;
  subject: (props: P) => string;
  component: ComponentType<R>;
  /**
   * Rows written in bulk (a newsletter's 100 000 deliveries) store a reference, not the whole message:
   * this loads what the component needs when one of them is rendered on its own (demo mailbox, tests).
   */
  load?: (props: P) => Promise<R>;
};

export function defineEmailTemplate<P extends EmailProps, R = P>(template: EmailTemplate<P, R>): EmailTemplate<P, R> {
  return template;
}
