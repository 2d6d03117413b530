// The registry of every e-mail the application sends: name → category, subject and component.
// A new e-mail is one file in this folder plus one line here.
import type { EmailProps, EmailTemplate } from './define';
import { accountDeletedTemplate } from './account-deleted';
import { emailChangeConfirmTemplate } from './email-change-confirm';
import { emailChangedNoticeTemplate } from './email-changed-notice';
import { inquiryAcknowledgementTemplate } from './inquiry-acknowledgement';
import { inquiryAnswerTemplate } from './inquiry-answer';
import { inquiryReceivedTemplate } from './inquiry-received';
import { passwordChangedTemplate } from './password-changed';
import { passwordResetTemplate } from './password-reset';
import { siretClosedTemplate } from './siret-closed';
import { testMessageTemplate } from './test-message';
import { verifyEmailTemplate } from './verify-email';

export const emailTemplates = {
  'test-message': testMessageTemplate,
  'inquiry-received': inquiryReceivedTemplate,
  'inquiry-acknowledgement': inquiryAcknowledgementTemplate,
  'inquiry-answer': inquiryAnswerTemplate,
  'verify-email': verifyEmailTemplate,
  'email-change-confirm': emailChangeConfirmTemplate,
  'email-changed-notice': emailChangedNoticeTemplate,
  'password-reset': passwordResetTemplate,
  'password-changed': passwordChangedTemplate,
  'account-deleted': accountDeletedTemplate,
  'siret-closed': siretClosedTemplate,
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
