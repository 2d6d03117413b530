// One newsletter issue: its Markdown body in the site's e-mail frame, with the unsubscribe, preference
// and « Ne plus recevoir de messages commerciaux » links in the footer (and the RFC 8058 headers, set
// by the sender). Rows of a send store a reference to the issue and the subscription, not the body.
import { Heading, Hr, Link, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { env } from '@/lib/env';
import { frenchSpacing } from '@/lib/format/french';
import { defineEmailTemplate } from './define';
import { EmailLayout, emailColors, emailStyles } from './layout';

/** What an outbox row of a newsletter keeps: the issue, the recipient's subscription, the subject. */
export type NewsletterStoredProps = {
  issueId: string;
  /** Null for a test sent to a team member who is not on the list. */
  subscriptionId: string | null;
  subject: string;
};

export type NewsletterEmailProps = {
  subject: string;
  preheader: string;
  bodyMarkdown: string;
  listName: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
  optOutUrl: string;
  /** The recipient's own link to each survey the body points to with `[texte](sondage:<slug>)`. */
  surveyUrls: Record<string, string>;
  /** A test sent to a team member: says so above the content. */
  test: boolean;
};

/** Markdown the team may use in a newsletter: no raw HTML, no images (blocked by most mail clients). */
export const NEWSLETTER_MARKDOWN_ELEMENTS: readonly string[] = [
  'h1',
  'h2',
  'h3',
  'p',
  'br',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'hr',
];

const SAFE_URL = /^(https?:\/\/[^\s/?#]+|mailto:)/i;
const SURVEY_URL = /^sondage:([a-z0-9-]{1,80})$/;

/** The slugs of the surveys a body links to with `[texte](sondage:<slug>)`. */
export function surveySlugs(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/\]\(sondage:([a-z0-9-]{1,80})\)/g)].map((match) => match[1]!))];
}

function newsletterUrl(surveyUrls: Record<string, string>) {
  return (url: string): string => {
    const survey = SURVEY_URL.exec(url.trim());
    if (survey) return surveyUrls[survey[1]!] ?? '';
    return SAFE_URL.test(url.trim()) ? url.trim() : '';
  };
}

const heading: CSSProperties = { color: emailColors.brand, margin: '24px 0 12px', lineHeight: '1.3' };
const list: CSSProperties = { ...emailStyles.paragraph, paddingLeft: '24px' };

// Mail clients ignore stylesheets: every element gets its style inline.
const components: Components = {
  h1: ({ children }) => <Heading as="h1" style={{ ...heading, fontSize: '24px' }}>{children}</Heading>,
  h2: ({ children }) => <Heading as="h2" style={{ ...heading, fontSize: '20px' }}>{children}</Heading>,
  h3: ({ children }) => <Heading as="h3" style={{ ...heading, fontSize: '17px' }}>{children}</Heading>,
  p: ({ children }) => <Text style={emailStyles.paragraph}>{children}</Text>,
  a: ({ href, children }) =>
    href ? (
      <Link href={href} style={{ color: emailColors.brand, textDecoration: 'underline' }}>
        {children}
      </Link>
    ) : (
      <>{children}</>
    ),
  ul: ({ children }) => <ul style={list}>{children}</ul>,
  ol: ({ children }) => <ol style={list}>{children}</ol>,
  li: ({ children }) => <li style={{ margin: '0 0 6px' }}>{children}</li>,
  blockquote: ({ children }) => (
    <blockquote style={{ borderLeft: `4px solid ${emailColors.border}`, margin: '0 0 16px', padding: '0 0 0 16px' }}>
      {children}
    </blockquote>
  ),
  hr: () => <Hr style={{ borderColor: emailColors.border, margin: '24px 0' }} />,
};

export function NewsletterBody({ markdown, surveyUrls }: { markdown: string; surveyUrls: Record<string, string> }) {
  return (
    <Markdown
      skipHtml
      allowedElements={NEWSLETTER_MARKDOWN_ELEMENTS}
      unwrapDisallowed
      urlTransform={newsletterUrl(surveyUrls)}
      components={components}
    >
      {frenchSpacing(markdown)}
    </Markdown>
  );
}

function Newsletter(props: NewsletterEmailProps) {
  const { SITE_NAME } = env();
  return (
    <EmailLayout
      preview={props.preheader || props.subject}
      reason={`votre adresse est inscrite à la lettre d’information «\u00a0${props.listName}\u00a0» de ${SITE_NAME}.`}
      category="NEWSLETTER"
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
      optOutUrl={props.optOutUrl}
    >
      {props.test ? (
        <Text
          style={{
            ...emailStyles.paragraph,
            backgroundColor: emailColors.background,
            border: `1px dashed ${emailColors.muted}`,
            padding: '8px 12px',
          }}
        >
          Message de test{'\u00a0'}: seule l’équipe le reçoit, les liens de désinscription y sont des exemples.
        </Text>
      ) : null}
      <NewsletterBody markdown={props.bodyMarkdown} surveyUrls={props.surveyUrls} />
    </EmailLayout>
  );
}

export const newsletterTemplate = defineEmailTemplate<NewsletterStoredProps, NewsletterEmailProps>({
  category: 'NEWSLETTER',
  subject: ({ subject }) => subject,
  component: Newsletter,
  load: async (props) => (await import('@/lib/newsletters/email')).loadNewsletterEmail(props),
});
