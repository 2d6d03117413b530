// Listing descriptions: the limited Markdown comes out as paragraphs, breaks, bold, italic, lists and
// user links, and nothing typed can become a script, an event handler or a javascript: link.
import { renderToStaticMarkup } from 'react-dom/server';
import { ListingDescription } from '@/components/listings/listing-description';
import { allowMarkdownElement, markdownToPlainText, safeMarkdownUrl } from '@/lib/listings/markdown';

function render(texts: string[]): string[] {
  return texts.map((markdown) => renderToStaticMarkup(<ListingDescription markdown={markdown} />));
}

const ATTACKS = [
  '<script>alert(1)</script>',
  'Avant\n\n<script>alert(1)</script>\n\nAprès',
  '<img src=x onerror=alert(1)>',
  '[clic](javascript:alert(1))',
  '[clic](JaVaScRiPt:alert(1))',
  '[clic]( javascript:alert(1) )',
  '[clic](data:text/html;base64,PHNjcmlwdD4=)',
  '<a href="javascript:alert(1)">clic</a>',
  '![image](https://exemple.fr/x.png)',
  '<iframe src="https://exemple.fr"></iframe>',
  '[clic](vbscript:msgbox(1))',
];

describe('listing description rendering', () => {
  let rendered: string[];
  beforeAll(() => {
    rendered = render([
      'Premier paragraphe avec **gras** et *italique*.\nUne ligne dessous.\n\n- un\n- deux\n\n1. a\n2. b\n\n[Mon site](https://exemple.fr)',
      '# Titre\n\n> citation\n\n`code`',
      ...ATTACKS,
    ]);
  }, 60_000);

  it('renders the allowed elements, links with rel="nofollow ugc noopener" in a new tab', () => {
    const html = rendered[0];
    expect(html).toContain('<strong>gras</strong>');
    expect(html).toContain('<em>italique</em>');
    expect(html).toMatch(/italique<\/em>\.<br\/>\s*Une ligne dessous/);
    expect(html).toContain('<ul>');
    expect(html).toContain('<ol>');
    expect(html).toContain(
      '<a href="https://exemple.fr" rel="nofollow ugc noopener" target="_blank">Mon site<span class="sr-only"> (nouvel onglet)</span></a>',
    );
  });

  it('unwraps elements outside the list to their text', () => {
    const html = rendered[1];
    expect(html).not.toMatch(/<h1|<blockquote|<code/);
    expect(html).toContain('Titre');
    expect(html).toContain('citation');
  });

  it.each(ATTACKS.map((attack, index) => [attack, index]))('never lets %s through', (_attack, index) => {
    const html = rendered[2 + Number(index)];
    expect(html).not.toMatch(/<script|<img|<iframe|onerror|javascript:|vbscript:|data:text/i);
    expect(html).not.toMatch(/href=""/);
  });
});

describe('markdown helpers', () => {
  it('keeps only absolute http(s) URLs', () => {
    expect(safeMarkdownUrl('https://exemple.fr/a?b=c')).toBe('https://exemple.fr/a?b=c');
    expect(safeMarkdownUrl('http://exemple.fr')).toBe('http://exemple.fr');
    for (const url of ['javascript:alert(1)', '/relatif', '//exemple.fr', 'mailto:a@b.fr', 'data:text/html,x', 'https://']) {
      expect(safeMarkdownUrl(url)).toBe('');
    }
  });

  it('unwraps a link whose URL was refused', () => {
    expect(allowMarkdownElement({ tagName: 'a', properties: { href: '' } })).toBe(false);
    expect(allowMarkdownElement({ tagName: 'a', properties: { href: 'https://exemple.fr' } })).toBe(true);
    expect(allowMarkdownElement({ tagName: 'strong' })).toBe(true);
  });

  it('gives the plain text for meta descriptions', () => {
    expect(markdownToPlainText('**Plombier** à *Colmar*\n\n- [site](https://x.fr)\n<b>x</b>')).toBe('Plombier à Colmar site x');
  });
});
