// A listing's description in limited Markdown (lib/listings/markdown.ts): sanitised, French spacing,
// links marked as user content and opened in a new tab that says so.
import Markdown, { type Components } from 'react-markdown';
import { frenchSpacing } from '@/lib/format/french';
import {
  MARKDOWN_ALLOWED_ELEMENTS,
  USER_LINK_REL,
  allowMarkdownElement,
  remarkLineBreaks,
  safeMarkdownUrl,
} from '@/lib/listings/markdown';

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel={USER_LINK_REL} target="_blank">
      {children}
      <span className="sr-only"> (nouvel onglet)</span>
    </a>
  ),
};

export function ListingDescription({ markdown, className = 'prose-fr' }: { markdown: string; className?: string }) {
  return (
    <div className={className}>
      <Markdown
        skipHtml
        allowedElements={MARKDOWN_ALLOWED_ELEMENTS}
        allowElement={allowMarkdownElement}
        unwrapDisallowed
        urlTransform={safeMarkdownUrl}
        remarkPlugins={[remarkLineBreaks]}
        components={components}
      >
        {frenchSpacing(markdown)}
      </Markdown>
    </div>
  );
}
