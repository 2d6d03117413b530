// Structured data (schema.org JSON-LD) in a <script> element that no user text can close, carrying
// the request's CSP nonce (set by proxy.ts in the x-nonce request header) unless one is given.
import { headers } from 'next/headers';
import { serializeJsonLd } from '@/lib/seo/serialize-json-ld';

type JsonLdProps = { data: unknown; nonce?: string };

export async function JsonLd({ data, nonce }: JsonLdProps) {
  const scriptNonce = nonce ?? (await headers()).get('x-nonce') ?? undefined;
  return (
    <script
      type="application/ld+json"
      nonce={scriptNonce}
      // serializeJsonLd escapes <, >, &, U+2028 and U+2029: the text cannot end the element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
