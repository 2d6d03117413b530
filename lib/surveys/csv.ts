// CSV as French Excel opens it with a double click: UTF-8 with a byte-order mark (else accents break),
// `;` between fields (the list separator of French Windows, where `,` is the decimal mark), CRLF line
// ends, RFC 4180 quoting. Cells that a spreadsheet would run as a formula (= + - @, tab, CR) are
// prefixed with an apostrophe: free-text answers come from anyone.
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
