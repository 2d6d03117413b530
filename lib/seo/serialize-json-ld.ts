// JSON-LD as the text of a <script> element. JSON.stringify alone is not enough: a listing titled
// « </script><script>… » would close the element, and U+2028/U+2029 break older JavaScript parsers.
// Escaping them as \u003c etc. keeps the text valid JSON that parses back to the same data.
const UNSAFE = /[<>&\u2028\u2029]/g;

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (character) => ESCAPES[character]);
}
