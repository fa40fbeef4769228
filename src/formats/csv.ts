/**
 * The one CSV writer, for every download (chart data links, Explore, the SQL console, analyses):
 * RFC 4180 quoting, numbers unformatted (a spreadsheet reads 1234567.5, not "1 234 567,5"),
 * UTF-8 with a BOM so spreadsheets get accents right.
 *
 * Text cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return: "CSV injection") are neutralised as OWASP recommends: a leading `'` makes the
 * cell plain text, and the cell is quoted. The text comes from source files and from SQL typed by
 * whoever shared a link, so `=HYPERLINK(…)` must never reach a reader's spreadsheet as a formula.
 * Numbers are never prefixed: they stay numbers, negative ones included.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would evaluate this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (looksLikeFormula(v)) return `"'${v.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A data: URL, so the download needs no file on the server and no request. Only what a URL
 * cannot hold is escaped (line breaks, spaces, '#', '%', quotes, non-ASCII), which keeps commas
 * readable and the page small.
 */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURI(`\uFEFF${csv}`).replaceAll('#', '%23')}`;
}
