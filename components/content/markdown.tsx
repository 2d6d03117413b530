// Safe Markdown rendering for editorial texts (the charter): raw HTML in the source is dropped,
// links are kept only for http(s), mailto and site-relative targets.
import ReactMarkdown, { type Components } from 'react-markdown';
import { frenchSpacing } from '@/lib/format/french';

const SAFE_URL = /^(https?:|mailto:|\/|#)/i;

const components: Components = {
  a: ({ href, children }) => {
    if (!href || !SAFE_URL.test(href)) return <>{children}</>;
    const external = /^https?:/i.test(href);
    return (
      <a href={href} {...(external ? { rel: 'noopener noreferrer nofollow' } : {})}>
        {children}
      </a>
    );
  },
  img: () => null,
};

/**
 * The page owns the h1: Markdown headings start at h2 and never skip a level (WCAG 1.3.1),
 * whatever levels the editor typed.
 */
export function normalizeHeadings(source: string): string {
  let previous = 1;
  return source
    .split('\n')
    .map((line) => {
      const match = /^(#{1,6})(\s+.*)$/.exec(line);
      if (!match) return line;
      const level = Math.max(2, Math.min(match[1].length, previous + 1));
      previous = level;
      return '#'.repeat(level) + match[2];
    })
    .join('\n');
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown skipHtml components={components} urlTransform={(url) => (SAFE_URL.test(url) ? url : '')}>
        {frenchSpacing(normalizeHeadings(source))}
      </ReactMarkdown>
    </div>
  );
}
