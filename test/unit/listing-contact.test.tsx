// The listing's contact cards: « Afficher le numéro » only when the advertiser chose to show their
// phone, never the number itself in the page, and the inquiry form with the charter's notice.
import { renderToStaticMarkup } from 'react-dom/server';

// The form's server action reaches the database and the session: not what these markup checks are about.
jest.mock('@/lib/inquiries/submit-actions', () => ({ sendInquiryAction: jest.fn() }));

import { ListingContact } from '@/components/listings/listing-contact';

const listing = { id: 'listing-1', slug: 'plombier-colmar' };

describe('ListingContact', () => {
  it('offers « Afficher le numéro » when the advertiser shows their phone, without the number', () => {
    const html = renderToStaticMarkup(<ListingContact listing={{ ...listing, showPhone: true }} />);
    expect(html).toContain('Afficher le numéro');
    expect(html).toContain('type="button"');
    // The signed anti-spam timestamp is made of digits too: it is not a phone number.
    const page = html.replace(/name="formToken" value="[^"]*"/, '');
    expect(page).not.toMatch(/tel:|\+33|0\d(\s|\u00a0)?\d{2}/);
  });

  it('leaves the button out otherwise, and always shows the inquiry form with the charter notice', () => {
    for (const showPhone of [false, undefined]) {
      const html = renderToStaticMarkup(<ListingContact listing={{ ...listing, showPhone }} />);
      expect(html).not.toContain('Afficher le numéro');
      expect(html).toContain('Envoyer une demande');
      expect(html).toMatch(/<form/);
      for (const name of ['name', 'email', 'phone', 'message', 'contact', 'callTime', 'acceptCharter']) {
        expect(html).toContain(`name="${name}"`);
      }
      expect(html).toContain('Être rappelé');
      expect(html).toContain('ne seront visibles que par cet annonceur');
      expect(html).toContain('Envoyer la demande');
      // The honeypot is out of the tab order and hidden from assistive technologies.
      expect(html).toMatch(/<div aria-hidden="true"[^>]*>(?:(?!<\/div>).)*<input[^>]*tabindex="-1"[^>]*name="website"/);
    }
  });
});
