// The registry of every e-mail the application sends: name → category, subject and component.
// A new e-mail is one file in this folder plus one line here.
import type { EmailProps, EmailTemplate } from './define';
import { accountDeletedTemplate } from './account-deleted';
import { billingPaymentFailedTemplate } from './billing-payment-failed';
import { commercialOptOutLinkTemplate } from './commercial-opt-out-link';
import { contactMessageTemplate } from './contact-message';
import { contentNoticeReceivedTemplate } from './content-notice-received';
import { emailChangeConfirmTemplate } from './email-change-confirm';
import { emailChangedNoticeTemplate } from './email-changed-notice';
import { inactiveAccountDeletedTemplate } from './inactive-account-deleted';
import { inactivityWarningTemplate } from './inactivity-warning';
import { inquiryAcknowledgementTemplate } from './inquiry-acknowledgement';
import { inquiryAnswerTemplate } from './inquiry-answer';
import { inquiryReceivedTemplate } from './inquiry-received';
import { moderationDecisionTemplate } from './moderation-decision';
import { passwordChangedTemplate } from './password-changed';
import { passwordResetTemplate } from './password-reset';
import { newsletterConfirmTemplate } from './newsletter-confirm';
import { newsletterTemplate } from './newsletter';
import { reviewCodeTemplate } from './review-code';
import { reviewPublishedTemplate } from './review-published';
import { personalDataLinkTemplate } from './personal-data-link';
import { siretClosedTemplate } from './siret-closed';
import { testMessageTemplate } from './test-message';
import { verifyEmailTemplate } from './verify-email';

export const emailTemplates = {
  'billing-payment-failed': billingPaymentFailedTemplate,
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
  'review-code': reviewCodeTemplate,
  'review-published': reviewPublishedTemplate,
  'newsletter-confirm': newsletterConfirmTemplate,
  newsletter: newsletterTemplate,
  'personal-data-link': personalDataLinkTemplate,
  'commercial-opt-out-link': commercialOptOutLinkTemplate,
  'contact-message': contactMessageTemplate,
  'content-notice-received': contentNoticeReceivedTemplate,
  'moderation-decision': moderationDecisionTemplate,
  'inactivity-warning': inactivityWarningTemplate,
  'inactive-account-deleted': inactiveAccountDeletedTemplate,
} as const;

export type TemplateName = keyof typeof emailTemplates;

export type TemplateProps<N extends TemplateName> =
  // Read from `subject`: a template with `load` renders other props than the ones it stores.
  (typeof emailTemplates)[N] extends { subject: (props: infer P extends EmailProps) => string } ? P : never;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(emailTemplates, name);
}

/** Looks a template up by the name stored in an outbox row (typed by the caller's check). */
export function getTemplate(name: TemplateName): EmailTemplate<EmailProps> {
  return emailTemplates[name] as unknown as EmailTemplate<EmailProps>;
}

export type { EmailProps, EmailTemplate } from './define';
