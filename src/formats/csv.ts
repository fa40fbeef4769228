/**
 * CSV for the "download this chart's data" links: RFC 4180 quoting, numbers unformatted (a
 * spreadsheet reads 1234567.5, not "1 234 567,5"), UTF-8 with a BOM so spreadsheets get accents right.
 */
export type CsvCell = string | number | null | undefined;

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
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
