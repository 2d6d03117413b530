// The shape of one e-mail template: its category, its subject and its React Email component.
import type { ComponentType } from 'react';
import type { EmailCategory } from '@/lib/db/client';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Props are stored as JSON in the outbox and rendered later by the worker: plain data only. */
export type EmailProps = { [key: string]: JsonValue };

export type EmailTemplate<P extends EmailProps> = {
  /** Fixed by the template, not the caller: a newsletter can never be sent as transactional mail. */
  category: EmailCategory;
  subject: (props: P) => string;
  component: ComponentType<P>;
};

export function defineEmailTemplate<P extends EmailProps>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}
