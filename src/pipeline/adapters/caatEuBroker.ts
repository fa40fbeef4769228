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
import { decodeText, parseCsv } from '../csv.ts';
import type { ParsedRows, Reject, SourceFile } from '../types.ts';
import { parseAmount, parseYear, textOrNull, type Parsed } from '../values.ts';
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
  let read = 0;
  for (const rec of parseCsv(csvText, file.name)) {
    read++;
    const row = readCsvRow(file.name, rec.line, rec.raw, rec.fields);
    if (row.ok) rows.push(row.value);
    else rejects.push({ file: file.name, line: rec.line, reasonCode: row.reasonCode, reason: row.reason, raw: rec.raw });
  }

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

function readCsvRow(file: string, line: number, raw: string, f: string[]): Parsed<ParsedBrokering> {
  if (f.length !== COLUMNS) return { ok: false, reasonCode: 'bad_columns', reason: `expected ${COLUMNS} columns, found ${f.length}` };
  const year = parseYear(f[0]);
  if (!year.ok) return year;
  const brokerName = textOrNull(f[2]);
  const brokerIso2 = textOrNull(f[1]);
  if (brokerName === null && brokerIso2 === null) return { ok: false, reasonCode: 'missing_broker', reason: 'the row names no brokering Member State' };
  const status = (f[3] ?? '').trim().toLowerCase();
  if (status !== 'issued' && status !== 'refused') return { ok: false, reasonCode: 'bad_decision', reason: `status '${f[3] ?? ''}' is neither issued nor refused` };
  const licences = parseAmount(f[6], 'number of licences', { integer: true });
  if (!licences.ok) return licences;
  const licensedValue = parseAmount(f[7], 'value of licensed items');
  if (!licensedValue.ok) return licensedValue;
  const brokeredValueText = textOrNull(f[10]);
  const brokeredParts = splitList(f[10]).filter((p) => p !== '');
  let brokeredValue: number | null = null;
  for (const p of brokeredParts) {
    const v = parseAmount(p, 'value of brokered items');
    if (!v.ok) return v;
    if (brokeredParts.length === 1) brokeredValue = v.value;
  }
  return {
    ok: true,
    value: {
      file,
      line,
      raw,
      year: year.value,
      brokerIso2,
      brokerName: brokerName ?? brokerIso2!,
      decision: status,
      originCodes: splitList(f[4]),
      originNames: splitList(f[5]),
      destinationCodes: splitList(f[11]),
      destinationNames: splitList(f[12]),
      licences: licences.value,
      licensedValue: licensedValue.value,
      brokeredValue,
      brokeredValueText,
      mlCategories: textOrNull(f[8]),
      quantity: textOrNull(f[9]),
    },
  };
}
