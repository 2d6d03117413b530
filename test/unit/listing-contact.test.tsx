// The listing's contact cards: « Afficher le numéro » only when the advertiser chose to show their
// phone, never the number itself in the page, and the inquiry card announcing the form.
import { renderToStaticMarkup } from 'react-dom/server';
import { ListingContact } from '@/components/listings/listing-contact';

describe('ListingContact', () => {
  it('offers « Afficher le numéro » when the advertiser shows their phone, without the number', () => {
    const html = renderToStaticMarkup(<ListingContact listing={{ slug: 'plombier-colmar', showPhone: true }} />);
    expect(html).toContain('Afficher le numéro');
    expect(html).toContain('type="button"');
    expect(html).not.toMatch(/tel:|\+33|0\d(\s|\u00a0)?\d{2}/);
  });

  it('leaves the button out otherwise, and always announces the inquiry form without faking it', () => {
    for (const showPhone of [false, undefined]) {
      const html = renderToStaticMarkup(<ListingContact listing={{ slug: 'plombier-colmar', showPhone }} />);
      expect(html).not.toContain('Afficher le numéro');
      expect(html).toContain('Envoyer une demande');
      expect(html).not.toMatch(/<form|<input|<textarea/);
    }
  });
});
