// Structured data cannot be broken out of: user text that looks like HTML (« </script><script>… »)
// stays inside the JSON-LD script element and parses back unchanged; LocalBusiness shows only public
// facts (commune, never the street; the phone only when shown; a rating only with reviews).
import { renderToStaticMarkup } from 'react-dom/server';
import { JsonLd } from '@/components/seo/json-ld';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { localBusinessJsonLd, type LocalBusinessSource } from '@/lib/seo/local-business';
import { serializeJsonLd } from '@/lib/seo/serialize-json-ld';

const HOSTILE = '</script><script>alert(1)</script>';

const listing: LocalBusinessSource = {
  slug: 'plomberie-martin',
  title: HOSTILE,
  description: 'Dépannage & installation <b>rapides</b>\u2028à Colmar\u2029.',
  communeName: 'Colmar',
  postalCode: '68000',
  ratingAverage: 4.567,
  ratingCount: 12,
  showPhone: false,
  phone: '+33612345678',
};

describe('serializeJsonLd', () => {
  it('leaves no </script, no raw <, >, &, U+2028 or U+2029, and round-trips through JSON.parse', () => {
    const data = localBusinessJsonLd(listing);
    const text = serializeJsonLd(data);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(data);
    expect(JSON.parse(text).name).toBe(HOSTILE);
  });

  it('escapes every character that could end the element or break a parser, and nothing is lost', () => {
    const data = { text: 'a < b && c > d\u2028e\u2029f' };
    const text = serializeJsonLd(data);
    expect(text).toBe('{"text":"a \\u003c b \\u0026\\u0026 c \\u003e d\\u2028e\\u2029f"}');
    expect(JSON.parse(text)).toEqual(data);
  });

  it('renders one script element whose content is the escaped JSON, with the nonce', async () => {
    const html = renderToStaticMarkup(await JsonLd({ data: { name: HOSTILE }, nonce: 'abc123' }));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.startsWith('<script type="application/ld+json" nonce="abc123">')).toBe(true);
    const content = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(content)).toEqual({ name: HOSTILE });
  });
});

describe('listingMetadata', () => {
  it('gives the title, a plain-text description, the canonical URL and Open Graph', () => {
    const metadata = listingMetadata({ ...listing, title: 'Plomberie Martin', categoryName: 'Plombier', description: '**Dépannage** rapide' });
    expect(metadata.title).toBe('Plomberie Martin – Plombier à Colmar');
    expect(metadata.description).toBe('Dépannage rapide');
    expect(metadata.alternates?.canonical).toBe('/annonce/plomberie-martin');
    expect(metadata.openGraph).toMatchObject({ url: '/annonce/plomberie-martin', locale: 'fr_FR', type: 'website' });
  });
});

describe('localBusinessJsonLd', () => {
  it('gives the commune and postcode, never a street, and an absolute URL', () => {
    const data = localBusinessJsonLd(listing);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      url: 'http://localhost:3000/annonce/plomberie-martin',
      address: { '@type': 'PostalAddress', addressLocality: 'Colmar', postalCode: '68000', addressCountry: 'FR' },
    });
    expect(data.address).not.toHaveProperty('streetAddress');
  });

  it('gives the phone only when the advertiser shows it', () => {
    expect(localBusinessJsonLd(listing)).not.toHaveProperty('telephone');
    expect(localBusinessJsonLd({ ...listing, showPhone: true })).toHaveProperty('telephone', '+33612345678');
  });

  it('gives an AggregateRating only when there are published reviews', () => {
    expect(localBusinessJsonLd(listing)).toMatchObject({
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.6, ratingCount: 12, bestRating: 5, worstRating: 1 },
    });
    expect(localBusinessJsonLd({ ...listing, ratingCount: 0, ratingAverage: null })).not.toHaveProperty('aggregateRating');
  });
});
