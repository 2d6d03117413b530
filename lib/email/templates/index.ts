// The registry of every e-mail the application sends: name → category, subject and component.
// A new e-mail is one file in this folder plus one line here.
import type { EmailProps, EmailTemplate } from './define';
import { inquiryReceivedTemplate } from './inquiry-received';
import { testMessageTemplate } from './test-message';

export const emailTemplates = {
  'test-message': testMessageTemplate,
  'inquiry-received': inquiryReceivedTemplate,
} as const;

export type TemplateName = keyof typeof emailTemplates;

export type TemplateProps<N extends TemplateName> =
  (typeof emailTemplates)[N] extends EmailTemplate<infer P> ? P : never;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(emailTemplates, name);
}

/** Looks a template up by the name stored in an outbox row (typed by the caller's check). */
export function getTemplate(name: TemplateName): EmailTemplate<EmailProps> {
  return emailTemplates[name] as unknown as EmailTemplate<EmailProps>;
}

export type { EmailProps, EmailTemplate } from './define';
