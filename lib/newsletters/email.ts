// What a newsletter message contains for one recipient, and how a send renders its issue once for all
// its recipients: the React Email rendering (a few milliseconds) happens once per issue with marker
// links, then each message only swaps in its own signed links.
import 'server-only';
import { createElement } from 'react';
import { render, toPlainText } from '@react-email/render';
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { newsletterTemplate, surveySlugs, type NewsletterEmailProps, type NewsletterStoredProps } from '@/lib/email/templates/newsletter';
import { commercialOptOutUrl } from '@/lib/privacy/opt-out';
import { clientSurveyUrl } from '@/lib/surveys/links';
import { PREFERENCES_PATH, preferencesUrl, type SubscriptionLink } from './links';

export type IssueContent = { subject: string; preheader: string; bodyMarkdown: string; listName: string };

/** The links that differ from one recipient to the next. */
export type RecipientLinks = {
  unsubscribeUrl: string;
  preferencesUrl: string;
  optOutUrl: string;
  /** By survey slug: a survey link signed for this recipient (answered once, anonymously). */
  surveyUrls: Record<string, string>;
};

export function recipientLinks(link: SubscriptionLink, email: string, surveys: string[] = []): RecipientLinks {
  // The footer link leads to the preference page, which asks for a click: link scanners of mail
  // servers open every link, and must not unsubscribe anyone. The one-click POST is in the headers.
  const preferences = preferencesUrl(link);
  return {
    unsubscribeUrl: preferences,
    preferencesUrl: preferences,
    optOutUrl: commercialOptOutUrl(email),
    surveyUrls: Object.fromEntries(surveys.map((slug) => [slug, clientSurveyUrl(slug, link.subscriptionId)])),
  };
}

/** Links of a preview or of a test to someone who is not on the list: pages that explain, nothing acts. */
export function sampleLinks(surveys: string[] = []): RecipientLinks {
  const { APP_URL } = env();
  const url = `${APP_URL}${PREFERENCES_PATH}`;
  return {
    unsubscribeUrl: url,
    preferencesUrl: url,
    optOutUrl: `${APP_URL}/messages-commerciaux`,
    surveyUrls: Object.fromEntries(surveys.map((slug) => [slug, `${APP_URL}/sondages/${slug}`])),
  };
}

export function newsletterEmailProps(issue: IssueContent, links: RecipientLinks, test = false): NewsletterEmailProps {
  return { ...issue, ...links, test };
}

/** Renders a stored row on its own (demo mailbox, a test send): loads the issue and the recipient. */
export async function loadNewsletterEmail(stored: NewsletterStoredProps): Promise<NewsletterEmailProps> {
  const issue = await prisma.newsletterIssue.findUniqueOrThrow({
    where: { id: stored.issueId },
    select: { subject: true, preheader: true, bodyMarkdown: true, list: { select: { name: true } } },
  });
  const content = { ...issue, subject: stored.subject, listName: issue.list.name };
  const subscription = stored.subscriptionId
    ? await prisma.newsletterSubscription.findUnique({ where: { id: stored.subscriptionId }, select: { email: true } })
    : null;
  const surveys = surveySlugs(content.bodyMarkdown);
  if (!subscription || !stored.subscriptionId) return newsletterEmailProps(content, sampleLinks(surveys), true);
  const link = { subscriptionId: stored.subscriptionId, issueId: stored.issueId };
  return newsletterEmailProps(content, recipientLinks(link, subscription.email, surveys));
}

export type RenderedNewsletter = { html: string; text: string };

/** Unique strings no Markdown can produce by accident, replaced per recipient. */
const MARKERS = {
  unsubscribeUrl: 'https://destinataire.invalid/desinscription-0f3c9a',
  preferencesUrl: 'https://destinataire.invalid/preferences-7b21d4',
  optOutUrl: 'https://destinataire.invalid/opposition-c58e10',
} as const;
const surveyMarker = (slug: string) => `https://destinataire.invalid/sondage-e41b7f/${slug}`;

export async function renderNewsletter(props: NewsletterEmailProps): Promise<RenderedNewsletter> {
  const html = await render(createElement(newsletterTemplate.component, props));
  return { html, text: toPlainText(html) };
}

/** The issue rendered once, with marker links to personalise. */
export function renderIssueTemplate(issue: IssueContent): Promise<RenderedNewsletter> {
  const surveyUrls = Object.fromEntries(surveySlugs(issue.bodyMarkdown).map((slug) => [slug, surveyMarker(slug)]));
  return renderNewsletter(newsletterEmailProps(issue, { ...MARKERS, surveyUrls }));
}

const escapeAttribute = (url: string) => url.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function personalize(rendered: RenderedNewsletter, links: RecipientLinks): RenderedNewsletter {
  let { html, text } = rendered;
  const replacements: [string, string][] = [
    ...(Object.keys(MARKERS) as (keyof typeof MARKERS)[]).map((name): [string, string] => [MARKERS[name], links[name]]),
    ...Object.entries(links.surveyUrls).map(([slug, url]): [string, string] => [surveyMarker(slug), url]),
  ];
  for (const [marker, url] of replacements) {
    html = html.replaceAll(marker, escapeAttribute(url));
    text = text.replaceAll(marker, url);
  }
  return { html, text };
}
