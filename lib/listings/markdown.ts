// The limited Markdown of listing descriptions: paragraphs, line breaks, bold, italic, lists and
// links, nothing else. Raw HTML is skipped, every other element is unwrapped to its text, and a link
// survives only with an absolute http(s) URL, so neither a <script> nor a `javascript:` link can
// ever reach the page. components/listings/listing-description.tsx renders with these settings.

/** Everything Markdown may produce in a description; the rest is unwrapped to plain text. */
export const MARKDOWN_ALLOWED_ELEMENTS: readonly string[] = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a'];

/** User-written links: no search-engine credit (ugc), no window.opener. */
export const USER_LINK_REL = 'nofollow ugc noopener';

const ABSOLUTE_HTTP_URL = /^https?:\/\/[^\s/?#]+/i;

/** react-markdown's `urlTransform`: keeps absolute http(s) URLs, empties everything else. */
export function safeMarkdownUrl(url: string): string {
  return ABSOLUTE_HTTP_URL.test(url.trim()) ? url.trim() : '';
}

/** react-markdown's `allowElement`: a link whose URL was emptied is unwrapped to its text. */
export function allowMarkdownElement(element: { tagName: string; properties?: Record<string, unknown> }): boolean {
  if (element.tagName !== 'a') return true;
  const href = element.properties?.href;
  return typeof href === 'string' && href !== '';
}

type MdastNode = { type: string; value?: string; children?: MdastNode[] };

/**
 * A remark plugin: a single line break typed in the description is a line break on the page, as
 * advertisers expect from a plain text box (Markdown would otherwise join the two lines).
 */
export function remarkLineBreaks() {
  return (tree: MdastNode) => splitLineBreaks(tree);
}

function splitLineBreaks(node: MdastNode): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child): MdastNode[] => {
    if (child.type !== 'text' || !child.value?.includes('\n')) {
      splitLineBreaks(child);
      return [child];
    }
    return child.value
      .split('\n')
      .flatMap((line, index): MdastNode[] => [
        ...(index > 0 ? [{ type: 'break' }] : []),
        ...(line ? [{ type: 'text', value: line }] : []),
      ]);
  });
}

/** The text of a description without its Markdown marks, for meta descriptions and excerpts. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
