// The banner as first served (before any JavaScript): a named region, not a dialog; three answers of
// equal prominence that post the form by themselves; no purpose ticked; gone once a choice stands.
import { renderToStaticMarkup } from 'react-dom/server';

// The action records in the database: not what these markup checks are about.
jest.mock('@/lib/consent/actions', () => ({ saveConsent: jest.fn() }));

import { ConsentBanner } from '@/components/consent/consent-banner';
import { CookieChoices } from '@/components/consent/cookie-choices';
import { NO_PURPOSE, type ConsentState } from '@/lib/consent/cookie';

const silence: ConsentState = { ...NO_PURPOSE, chosen: false, gpc: false };

function buttons(html: string): { text: string; attributes: string }[] {
  return [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].map(([, attributes, text]) => ({ attributes, text }));
}

const classOf = (attributes: string) => /class="([^"]*)"/.exec(attributes)?.[1];

describe('ConsentBanner', () => {
  it('shows a non-modal region with « Tout accepter », « Tout refuser » and « Personnaliser », styled alike', () => {
    const html = renderToStaticMarkup(<ConsentBanner consent={silence} />);
    expect(html).toMatch(/^<section[^>]*aria-labelledby="cookies-titre"/);
    expect(html).not.toMatch(/role="dialog"|aria-modal/);
    const found = buttons(html);
    expect(found.map((button) => button.text)).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
    expect(new Set(found.map((button) => classOf(button.attributes))).size).toBe(1);
    // The two main answers work before JavaScript loads: they submit the form with their value.
    for (const [index, value] of ['tout-accepter', 'tout-refuser'].entries()) {
      expect(found[index].attributes).toContain('type="submit"');
      expect(found[index].attributes).toContain('name="choix"');
      expect(found[index].attributes).toContain(`value="${value}"`);
    }
    expect(html).not.toContain('type="checkbox"');
  });

  it('is not shown once a choice stands', () => {
    expect(renderToStaticMarkup(<ConsentBanner consent={{ ...silence, chosen: true }} />)).toBe('');
  });
});

describe('CookieChoices (cookies page)', () => {
  it('lists the three purposes unticked by default', () => {
    const html = renderToStaticMarkup(<CookieChoices consent={silence} />);
    const boxes = [...html.matchAll(/<input type="checkbox"[^>]*>/g)].map(([box]) => box);
    expect(boxes).toHaveLength(3);
    for (const box of boxes) expect(box).not.toContain('checked');
    for (const label of ['Préférences', 'Mesure d’audience', 'Publicité']) expect(html).toContain(label);
  });

  it('ticks what was chosen, and locks advertising under Global Privacy Control', () => {
    const html = renderToStaticMarkup(
      <CookieChoices consent={{ preferences: true, audience: false, advertising: false, chosen: true, gpc: true }} />,
    );
    expect(html).toMatch(/<input type="checkbox"[^>]*name="preferences"[^>]*checked/);
    expect(html).toMatch(/<input type="checkbox"[^>]*disabled[^>]*name="advertising"|<input type="checkbox"[^>]*name="advertising"[^>]*disabled/);
    expect(html).toContain('Global Privacy Control');
  });
});
