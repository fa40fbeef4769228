/**
 * Adapter for the EU COARM annual-report tables as scraped by Open Knowledge Austria
 * (eu-armsexports.csv: one row per exporting Member State, destination, year and Military List category).
 *
 * Despite the column names ("importing-country", "…-imported") the rows are EXPORTS: the reporter is the
 * exporting Member State and the partner is the destination. Each row carries up to three measures, the
 * COARM rows a, b and c: number of licences, value of licences (EUR), value of actual exports (EUR).
 *
 *   category ML1…ML22          → an 'authorized' fact (a and/or b) and an 'actual' fact (c)
 *   category Total             → totals of that exporter for that destination, never facts
 *   exporter "TOTAL PER ML …"  → EU-wide totals (reporterName null), never facts
 *
 * Names are kept as written (scrape artefacts such as 'Chrypre' or 'na' included): the shared normalize
 * stage resolves them or rejects the line, so that every source is resolved by the same tested code.
 */
import { canonicalCategoryCode } from '../../reference/categoryLookup.ts';
import { decodeText, parseCsv, type CsvRecord } from '../kit/csv.ts';
import { checkWidth, readHeader } from '../kit/header.ts';
import { need, RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import type { ParsedFact, ParsedSource, ParsedTotal, SourceFile, TransferAdapter } from '../types.ts';
import { parseAmount, parseYear, textOrNull, type Parsed } from '../kit/values.ts';

const DELIMITER = ';';
const CURRENCY = 'EUR';

/** Column names after normaliseHeaderName; matched by name, so their order does not matter. */
export const COARM_COLUMNS = {
  id: 'unique-id',
  year: 'year',
  partner: 'importing-country',
  reporter: 'exporting-country',
  category: 'cml-category',
  licences: 'num-licenses-imported',
  licenceValue: 'val-licenses-imported',
  exportValue: 'val-arms-imported',
} as const;
const EXPECTED = Object.values(COARM_COLUMNS);

export const coarmOkfnAdapter: TransferAdapter = {
  id: 'coarm-okfn',
  instrument: 'EU_COARM',
  parse(files) {
    return parseCoarm(files);
  },
};

/**
 * The published header quotes the year column oddly (`" ""year"""`, which reads as ` "year"`), so names
 * are compared without quotes, case or spacing: ` "Year" `, `year` and `YEAR` all name the year column.
 */
export function normaliseHeaderName(name: string): string {
  return name
    .replace(/"/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** The scraper's label for the EU-wide rows; the trailing 'a' is a footnote mark of the HTML table. */
export function isEuTotalLabel(exporter: string): boolean {
  return /^total per ml category[a-z]?$/i.test(exporter.trim().replace(/\s+/g, ' '));
}

/** 'Total' or ML1…ML22 in any case or spacing ("ml 4", "ML04" → ML4); null for anything else. */
export function coarmCategory(cell: string): 'Total' | `ML${number}` | null {
  const s = cell.trim();
  if (/^total$/i.test(s)) return 'Total';
  const m = /^ML(\d{1,2})$/.exec(canonicalCategoryCode('ML', s));
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 22 ? `ML${n}` : null;
}

/**
 * A euro amount. COARM tables print whole euros; a dot before exactly three digits ("131.354") is far
 * more likely a continental thousands separator than cents, so it is rejected as ambiguous, not guessed.
 */
function euroAmount(cell: string, column: string): number | null {
  const s = cell.trim();
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) throw new RowReject('ambiguous_number', `${column}: '${s}' may use '.' as a thousands separator, so the number is ambiguous`);
  return need(parseAmount(s, column));
}

export function parseCoarm(files: SourceFile[]): ParsedSource {
  if (files.length === 0) throw new Error('coarm-okfn: no input file (expected eu-armsexports.csv)');
  const out: ParsedSource = { facts: [], totals: [], reports: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
  for (const file of files) parseFile(file, out);
  return out;
}

/** Memoises a pure function of a cell: 60,000 rows hold only a few hundred distinct names, years and codes. */
function memo<T>(f: (cell: string) => T): (cell: string) => T {
  const cache = new Map<string, T>();
  return (cell) => {
    let v = cache.get(cell);
    if (v === undefined && !cache.has(cell)) cache.set(cell, (v = f(cell)));
    return v as T;
  };
}

interface Cells {
  year: (cell: string) => Parsed<number>;
  category: (cell: string) => ReturnType<typeof coarmCategory>;
  euWide: (cell: string) => boolean;
}

function parseFile(file: SourceFile, out: ParsedSource): void {
  const records = parseCsv(decodeText(file.bytes, file.name), file.name, DELIMITER);
  const { index, width, rows } = readHeader(records, EXPECTED, file.name, { delimiter: DELIMITER, normalise: normaliseHeaderName });
  const at = Object.fromEntries(Object.entries(COARM_COLUMNS).map(([key, name]) => [key, index.get(name)!])) as Record<keyof typeof COARM_COLUMNS, number>;
  const cells: Cells = { year: memo((c) => parseYear(c, COARM_COLUMNS.year)), category: memo(coarmCategory), euWide: memo(isEuTotalLabel) };
  const count = eachRow(file.name, rows, out.rejects, (row) => {
    checkWidth(row, width, 'bad_column_count', DELIMITER);
    parseRow(file.name, row, at, cells, out);
  });
  out.rowsRead += count.read;
  out.rowsLoaded += count.loaded;
}

/** Validates the whole row before emitting anything, so a row is loaded or rejected as a whole. */
function parseRow(file: string, row: CsvRecord, at: Record<keyof typeof COARM_COLUMNS, number>, cells: Cells, out: ParsedSource): void {
  const C = COARM_COLUMNS;
  const f = row.fields;
  const year = need(cells.year(f[at.year]!));
  const exporter = textOrNull(f[at.reporter]);
  if (exporter === null) throw new RowReject('missing_reporter', `${C.reporter} is empty`);
  const partner = textOrNull(f[at.partner]);
  if (partner === null) throw new RowReject('missing_partner', `${C.partner} is empty`);
  const category = cells.category(f[at.category]!);
  if (category === null) throw new RowReject('unknown_category', `${C.category}: '${f[at.category]!.trim()}' is neither 'Total' nor an EU Military List category ML1–ML22`);
  const licences = need(parseAmount(f[at.licences], C.licences, { integer: true }));
  const licenceValue = euroAmount(f[at.licenceValue]!, C.licenceValue);
  const exportValue = euroAmount(f[at.exportValue]!, C.exportValue);
  if (licences === null && licenceValue === null && exportValue === null) throw new RowReject('no_figures', 'no figures reported: licences, licence value and export value are all empty');

  const euWide = cells.euWide(exporter);
  if (euWide || category === 'Total') {
    const base = { file, line: row.line, raw: row.raw, reporterName: euWide ? null : exporter, reporterLabel: exporter, partnerName: partner, year, categoryCode: category, direction: 'export' } as const;
    const push = (measure: ParsedTotal['measure'], value: number | null, currency: string | null, basis: ParsedTotal['basis']) => {
      if (value !== null) out.totals.push({ ...base, measure, value, currency, basis });
    };
    push('licences', licences, null, 'authorized');
    push('licence_value', licenceValue, CURRENCY, 'authorized');
    push('export_value', exportValue, CURRENCY, 'actual');
    return;
  }

  const fact = (basis: ParsedFact['basis'], lic: number | null, value: number | null): ParsedFact => ({
    file,
    line: row.line,
    raw: row.raw,
    reportKey: `${exporter}|${year}`,
    reporterName: exporter,
    year,
    direction: 'export',
    partnerName: partner,
    categoryScheme: 'ML',
    categoryCode: category,
    basis,
    licences: lic,
    items: null,
    value,
    // A currency without a value would say nothing (a licence count alone has no currency).
    currency: value === null ? null : CURRENCY,
    decisionDate: null,
    originName: null,
    intermediate: null,
    description: null,
    comments: null,
  });
  if (licences !== null || licenceValue !== null) out.facts.push(fact('authorized', licences, licenceValue));
  if (exportValue !== null) out.facts.push(fact('actual', null, exportValue));
}
