/**
 * Adapter for CAAT's `broker.csv` (EU annual reports: brokering licences, ATT Art. 10), no header row,
 * 13 columns: year, broker ISO2, broker name, status (issued / refused), origin ISO2 codes, origin
 * names, number of licences, value of licensed items, ML rating, quantity, value of brokered items,
 * destination ISO2 codes, destination names (lists joined with "; ").
 *
 * The published file also holds rows that a scraper wrote as Python list reprs
 * (`[u'AUSTRIA', 'issued', [u'Canada'], 2, [u'1', u'5', ...], ...]`, 9 elements and no year). They
 * sit just before the 2013 block and are an earlier dump of the same records that the 2013 CSV rows
 * give cleanly. Each is read with a Python-literal reader (brokerRepr.ts) and matched to its CSV row;
 * loading both would count those licences twice, so a matched repr row is rejected naming the CSV
 * line that holds its record, and an unreadable or unmatched one is rejected with its own reason.
 *
 * Names and codes stay as written; euNormalize.ts resolves them. Pure: bytes in, rows and rejects out.
 */

import { euBrokering } from '../../schema/euBrokering.ts';
import { normalizeBrokering } from '../euNormalize.ts';
import { type CsvRecord, decodeText, parseCsv } from '../kit/csv.ts';
import { checkWidth } from '../kit/header.ts';
import { need, RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import { parseAmount, parseYear, textOrNull } from '../kit/values.ts';
import type { OwnTableAdapter, ParsedRows, Reject, SourceFile } from '../types.ts';
import { matchReprRows, readReprRow } from './brokerRepr.ts';

export interface ParsedBrokering {
  file: string;
  line: number;
  raw: string;
  year: number;
  brokerIso2: string | null;
  brokerName: string;
  decision: 'issued' | 'refused';
  /** Parallel lists as written: codes[i] and names[i] describe one place (either may be empty). */
  originCodes: string[];
  originNames: string[];
  destinationCodes: string[];
  destinationNames: string[];
  licences: number | null;
  licensedValue: number | null;
  /** One number when the cell holds one; null when empty or several (the text keeps them all). */
  brokeredValue: number | null;
  brokeredValueText: string | null;
  mlCategories: string | null;
  quantity: string | null;
}

const COLUMNS = 13;

/** Splits a "; "-joined list, keeping empty places so that codes and names stay aligned. */
export function splitList(cell: string | undefined): string[] {
  const s = (cell ?? '').trim();
  return s === '' ? [] : s.split(';').map((p) => p.trim());
}

/** A Python-repr row: a line whose first non-blank character opens a list. */
export const isReprLine = (line: string): boolean => line.trimStart().startsWith('[');

export function parseCaatEuBroker(files: SourceFile[]): ParsedRows<ParsedBrokering> {
  const out: ParsedRows<ParsedBrokering> = { rows: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
  for (const file of files) parseFile(file, out);
  return out;
}

function parseFile(file: SourceFile, out: ParsedRows<ParsedBrokering>): void {
  const text = decodeText(file.bytes);
  const lines = text.split('\n');
  // Repr rows are not CSV: blank them for the CSV reader (line numbers still count) and read them apart.
  const reprLines = lines.flatMap((l, i) => (isReprLine(l) ? [{ line: i + 1, raw: l.replace(/\r$/, '') }] : []));
  const csvText = lines.map((l) => (isReprLine(l) ? '' : l)).join('\n');

  const rows: ParsedBrokering[] = [];
  const rejects: Reject[] = [];
  const csv = eachRow(file.name, parseCsv(csvText, file.name), rejects, (rec) => rows.push(readCsvRow(file.name, rec)));
  let read = csv.read;

  const readable = [];
  for (const r of reprLines) {
    read++;
    const parsed = readReprRow(r.raw);
    if (parsed.ok) readable.push({ ...r, row: parsed.value });
    else rejects.push({ file: file.name, line: r.line, reasonCode: parsed.reasonCode, reason: parsed.reason, raw: r.raw });
  }
  for (const m of matchReprRows(readable, rows)) rejects.push({ file: file.name, line: m.line, reasonCode: m.reasonCode, reason: m.reason, raw: m.raw });

  out.rows.push(...rows);
  out.rejects.push(...rejects.sort((a, b) => a.line - b.line));
  out.rowsRead += read;
  out.rowsLoaded += rows.length;
}

function readCsvRow(file: string, rec: CsvRecord): ParsedBrokering {
  checkWidth(rec, COLUMNS, 'bad_columns');
  const f = rec.fields;
  const year = need(parseYear(f[0]));
  const brokerName = textOrNull(f[2]);
  const brokerIso2 = textOrNull(f[1]);
  if (brokerName === null && brokerIso2 === null) throw new RowReject('missing_broker', 'the row names no brokering Member State');
  const status = (f[3] ?? '').trim().toLowerCase();
  if (status !== 'issued' && status !== 'refused') throw new RowReject('bad_decision', `status '${f[3] ?? ''}' is neither issued nor refused`);
  const licences = need(parseAmount(f[6], 'number of licences', { integer: true }));
  const licensedValue = need(parseAmount(f[7], 'value of licensed items'));
  const brokeredValueText = textOrNull(f[10]);
  const brokeredParts = splitList(f[10])
    .filter((p) => p !== '')
    .map((p) => need(parseAmount(p, 'value of brokered items')));
  const brokeredValue = brokeredParts.length === 1 ? brokeredParts[0]! : null;
  return {
    file,
    line: rec.line,
    raw: rec.raw,
    year,
    brokerIso2,
    brokerName: brokerName ?? brokerIso2!,
    decision: status,
    originCodes: splitList(f[4]),
    originNames: splitList(f[5]),
    destinationCodes: splitList(f[11]),
    destinationNames: splitList(f[12]),
    licences,
    licensedValue,
    brokeredValue,
    brokeredValueText,
    mlCategories: textOrNull(f[8]),
    quantity: textOrNull(f[9]),
  };
}

export const caatEuBrokerAdapter: OwnTableAdapter = {
  id: 'caat-eu-broker',
  kind: 'own-table',
  instrument: 'EU_COARM',
  table: euBrokering,
  parse: parseCaatEuBroker,
  normalize: (parsed, ctx) => normalizeBrokering(parsed as ParsedRows<ParsedBrokering>, ctx),
};
