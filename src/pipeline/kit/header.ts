/**
 * The header and width checks of a tabular file: the expected columns found by name (their order
 * does not matter), optionally no column but those and none twice, and every data row exactly as wide
 * as the header (a row with a stray delimiter would otherwise shift its cells).
 */
import { checkHeader, CsvError, type CsvRecord } from './csv.ts';
import { RowReject } from './rowReject.ts';

export interface HeaderOptions {
  delimiter?: string;
  /** Applied to each header cell before matching (e.g. to ignore case and stray quotes). */
  normalise?: (name: string) => string;
  /** Only the expected columns, each once: the file follows a format of ours (the ATT transcriptions). */
  exact?: boolean;
}

export interface Table {
  /** Column name → index in a row. */
  index: Map<string, number>;
  /** Number of columns of the header, which every row must have. */
  width: number;
  /** The data rows (after the header). */
  rows: CsvRecord[];
}

/** Checks the header (first record) and returns the column index; a bad header fails the file, naming its line. */
export function readHeader(records: CsvRecord[], expected: readonly string[], file: string, opts: HeaderOptions = {}): Table {
  const delimiter = opts.delimiter ?? ',';
  const first = records[0];
  const header = first && opts.normalise ? { ...first, fields: first.fields.map(opts.normalise) } : first;
  const index = checkHeader(header, expected, file, delimiter);
  const names = header!.fields.map((f) => f.trim());
  if (opts.exact) {
    const known = new Set(expected);
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length) throw new CsvError(file, header!.line, `unknown column(s): ${unknown.join(', ')}; the format has exactly: ${expected.join(', ')}`);
  }
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw new CsvError(file, header!.line, `duplicate column names in header: ${[...new Set(twice)].join(', ')}`);
  return { index, width: header!.fields.length, rows: records.slice(1) };
}

/** Rejects a row whose number of cells differs from the header's. */
export function checkWidth(row: CsvRecord, width: number, reasonCode = 'wrong_column_count', delimiter?: string): void {
  // A record the reader marked as breaking the format (bad quoting, stray CR, merged cells…) first.
  if (row.problem) throw new RowReject(row.problem.reasonCode, row.problem.reason);
  if (row.fields.length !== width) throw new RowReject(reasonCode, `expected ${width} columns${delimiter ? ` separated by '${delimiter}'` : ''}, found ${row.fields.length}`);
}
