/**
 * Adapter for SECO's list of licences granted for dual-use and special military goods, 2012–2014, as
 * transcribed by GSoA (gsoaBesondere.csv): one line per licence item.
 *
 * Columns (found by header name): Geschäftsnummer (licence number), Bewilligungsdatum (DD.MM.YY),
 * Endverbraucherland (German name of the end user's country), one column per control list — AG, MTCR,
 * NSGI, NSGII, WA (dual-use regimes), ML (the GKV's military list), Anhang 5.1/5.2/5.3 (national
 * controls), ChKV (chemicals) — and Wert ("Fr. 492'552.00").
 *
 * The copy lost every non-ASCII letter to '?' (the header's "Gesch?ftsnummer" included): header names
 * are compared with '?' standing for any one letter, and destination names stay as written for the
 * reviewed aliases. Each line becomes a licence item (licence_items), never a transfer.
 */
import { CsvError, decodeText, parseCsv, type CsvRecord } from '../kit/csv.ts';
import { RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import type { Adapter, ParsedLicenceItem, ParsedSource, SourceFile } from '../types.ts';
import { SWISS_REPORTER } from './secoWarMaterial.ts';

const DELIMITER = ';';
const CURRENCY = 'CHF';

/** Header names as SECO wrote them (with their umlauts); matched with '?' for a lost letter. */
export const SPECIAL_LICENCE_COLUMNS = {
  licence: 'Geschäftsnummer',
  date: 'Bewilligungsdatum',
  destination: 'Endverbraucherland',
  ag: 'AG (GKV)',
  mtcr: 'MTCR (GKV)',
  nsg1: 'NSGI (GKV)',
  nsg2: 'NSGII (GKV)',
  wa: 'WA (GKV)',
  ml: 'ML (GKV)',
  annex51: 'Anhang 5.1',
  annex52: 'Anhang 5.2',
  annex53: 'Anhang 5.3',
  chkv: 'ChKV',
  value: 'Wert',
} as const;
type Key = keyof typeof SPECIAL_LICENCE_COLUMNS;

export const secoSpecialLicencesAdapter: Adapter = {
  id: 'seco-special-licences',
  instrument: 'CH_SECO',
  parse(files) {
    return parseSecoSpecialLicences(files);
  },
};

/** True when a header cell names `expected`, a '?' in the cell standing for one lost non-ASCII letter. */
export function headerMatches(cell: string, expected: string): boolean {
  const a = [...cell.trim()];
  const b = [...expected];
  return a.length === b.length && a.every((c, i) => c === b[i] || (c === '?' && b[i]!.charCodeAt(0) > 0x7f));
}

/** "Fr. 492'552.00" → 492552; francs and two-digit centimes, apostrophes grouping thousands. */
export function parseFranks(cell: string): number | null {
  const m = /^Fr\.\s*(\d{1,3}(?:'\d{3})*|\d+)\.(\d{2})$/.exec(cell.trim());
  return m ? Number(`${m[1]!.replace(/'/g, '')}.${m[2]}`) : null;
}

/** "04.01.12" → "2012-01-04". Two-digit years: the list covers 2012–2014, so 20YY. Null if not a real date. */
export function parseSwissDate(cell: string): string | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{2})$/.exec(cell.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), 2000 + Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${m[2]}-${m[1]}`;
}

function columnIndex(header: CsvRecord, file: string): Record<Key, number> {
  const out = {} as Record<Key, number>;
  for (const [key, name] of Object.entries(SPECIAL_LICENCE_COLUMNS) as [Key, string][]) {
    const at = header.fields.flatMap((f, i) => (headerMatches(f, name) ? [i] : []));
    if (at.length !== 1) throw new CsvError(file, header.line, `${at.length === 0 ? 'missing' : 'repeated'} column '${name}'; found: ${header.fields.map((f) => f.trim()).join(', ')}`);
    out[key] = at[0]!;
  }
  return out;
}

export function parseSecoSpecialLicences(files: SourceFile[]): ParsedSource {
  if (files.length === 0) throw new Error('seco-special-licences: no input file (expected gsoaBesondere.csv)');
  const out: ParsedSource = { facts: [], totals: [], reports: [], rejects: [], rowsRead: 0, rowsLoaded: 0, licenceItems: [] };
  for (const file of files) {
    // The copy is plain ASCII ('?' for every lost letter); UTF-8 decoding reads it as it is.
    const records = parseCsv(decodeText(file.bytes, file.name), file.name, DELIMITER);
    if (!records[0]) throw new CsvError(file.name, 1, 'file is empty: no header row');
    const at = columnIndex(records[0], file.name);
    const width = records[0].fields.length;
    const count = eachRow(file.name, records.slice(1), out.rejects, (row) => out.licenceItems!.push(parseRow(file.name, row, at, width)));
    out.rowsRead += count.read;
    out.rowsLoaded += count.loaded;
  }
  return out;
}

function parseRow(file: string, row: CsvRecord, at: Record<Key, number>, width: number): ParsedLicenceItem {
  if (row.problem) throw new RowReject(row.problem.reasonCode, row.problem.reason);
  if (row.fields.length !== width) throw new RowReject('bad_column_count', `expected ${width} columns separated by '${DELIMITER}', found ${row.fields.length}`);
  const cell = (k: Key) => row.fields[at[k]]!.trim();
  const orNull = (k: Key) => cell(k) || null;
  const licenceNumber = cell('licence');
  if (!licenceNumber) throw new RowReject('missing_licence_number', `${SPECIAL_LICENCE_COLUMNS.licence} is empty`);
  const decisionDate = parseSwissDate(cell('date'));
  if (!decisionDate) throw new RowReject('bad_date', `${SPECIAL_LICENCE_COLUMNS.date}: '${cell('date')}' is not a date DD.MM.YY`);
  const partnerName = cell('destination');
  if (!partnerName) throw new RowReject('missing_partner', `${SPECIAL_LICENCE_COLUMNS.destination} is empty`);
  const value = parseFranks(cell('value'));
  if (value === null) throw new RowReject('bad_number', `${SPECIAL_LICENCE_COLUMNS.value}: '${cell('value')}' is not an amount "Fr. 1'234.00"`);
  const annex5 = (['annex51', 'annex52', 'annex53'] as const).map(cell).filter((c) => c !== '');
  return {
    file,
    line: row.line,
    reporterName: SWISS_REPORTER,
    licenceNumber,
    decisionDate,
    partnerName,
    controls: {
      ag: orNull('ag'),
      mtcr: orNull('mtcr'),
      nsg1: orNull('nsg1'),
      nsg2: orNull('nsg2'),
      wa: orNull('wa'),
      ml: orNull('ml'),
      gkvAnnex5: annex5.length ? annex5.join(', ') : null,
      chkv: orNull('chkv'),
    },
    value,
    currency: CURRENCY,
  };
}
