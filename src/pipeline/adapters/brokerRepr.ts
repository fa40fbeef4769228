/**
 * The Python-repr rows of CAAT's broker.csv: reading one row into its nine fields, and finding the
 * CSV row that holds the same record.
 *
 * A repr row lists: broker name, status, [origin names], number of licences (or None), then the
 * value of licensed items, ratings, quantity, value of brokered items and [destination names], each
 * a list of text fragments (the scraper split "1 307 122,70 EUR" at its spaces: ['1', '3', '07', '',
 * '122,70 EUR']; "\n" separates sub-lines). There is no year. A row with no origin and no licence
 * count continues the licence of the row above (an extra rating and quantity line).
 */

import type { Parsed } from '../kit/values.ts';
import { PythonLiteralError, type PyValue, parsePythonLiteral } from '../pythonLiteral.ts';

export interface ReprRow {
  brokerName: string;
  decision: 'issued' | 'refused';
  origins: string[];
  licences: number | null;
  /** Fragments joined back as written ("1307122,70 EUR"); sub-lines separated by "\n". */
  licensedValue: string;
  ratings: string;
  quantity: string;
  brokeredValue: string;
  destinations: string[];
}

const FIELDS = ['broker', 'status', 'origins', 'licences', 'licensed value', 'ratings', 'quantity', 'brokered value', 'destinations'] as const;

const fail = (reasonCode: string, reason: string): Parsed<never> => ({ ok: false, reasonCode, reason });
const isTextList = (v: PyValue): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Reads one repr line into its fields; an unreadable line or an unexpected shape is a reject with the reason. */
export function readReprRow(raw: string): Parsed<ReprRow> {
  let value: PyValue;
  try {
    value = parsePythonLiteral(raw);
  } catch (e) {
    if (e instanceof PythonLiteralError) return fail('repr_unreadable', `Python-repr row cannot be read: ${e.message}`);
    throw e;
  }
  if (!Array.isArray(value)) return fail('repr_shape', 'Python-repr row is not a list');
  if (value.length !== FIELDS.length) return fail('repr_shape', `Python-repr row has ${value.length} elements, expected ${FIELDS.length} (${FIELDS.join(', ')})`);
  const [broker, status, origins, licences, licensedValue, ratings, quantity, brokeredValue, destinations] = value as PyValue[];
  if (typeof broker !== 'string' || broker.trim() === '') return fail('repr_shape', 'Python-repr row: the broker is not a name');
  if (status !== 'issued' && status !== 'refused') return fail('repr_shape', `Python-repr row: status ${JSON.stringify(status)} is neither issued nor refused`);
  if (licences !== null && !(typeof licences === 'number' && Number.isInteger(licences) && licences >= 0))
    return fail('repr_shape', `Python-repr row: number of licences ${JSON.stringify(licences)} is not a whole number or None`);
  const lists = { origins, 'licensed value': licensedValue, ratings, quantity, 'brokered value': brokeredValue, destinations };
  for (const [name, v] of Object.entries(lists)) if (!isTextList(v!)) return fail('repr_shape', `Python-repr row: ${name} is not a list of text`);
  const join = (v: PyValue) => (v as string[]).join('');
  return {
    ok: true,
    value: {
      brokerName: broker.trim(),
      decision: status,
      origins: (origins as string[]).map((s) => s.trim()),
      licences: licences as number | null,
      licensedValue: join(licensedValue!),
      ratings: join(ratings!),
      quantity: join(quantity!),
      brokeredValue: join(brokeredValue!),
      destinations: (destinations as string[]).map((s) => s.trim()),
    },
  };
}

/** The whole-unit part of the first sub-line of a fragment value ("1307122,70 EUR" → 1307122), or null. */
export function reprWholeUnits(text: string): number | null {
  const first = text.split('\n')[0]!.trim();
  const m = /^(\d+)(?:,\d+)?(?:\s*[A-Z]{3})?$/.exec(first);
  return m ? Number(m[1]) : null;
}

/** What the matcher needs of a CSV row. */
export interface CsvRecordView {
  line: number;
  brokerName: string;
  decision: string;
  licences: number | null;
  licensedValue: number | null;
  originNames: string[];
  destinationNames: string[];
}

export interface ReprRejection {
  line: number;
  raw: string;
  reasonCode: 'repr_duplicate' | 'repr_unmatched';
  reason: string;
}

const key = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Matches each readable repr row to the CSV row holding the same record, among the CSV rows after it
 * (the repr rows precede the block they duplicate), each CSV row at most once:
 * 1. same broker (case ignored), status and number of licences, and at least one of: the licensed
 *    value in whole units (2 points), the first origin, the first destination (1 point each); the
 *    highest score wins, then the nearest row;
 * 2. a row still unmatched takes the one CSV row left with the same broker, status and licence count,
 *    if exactly one is left (the names may be spelt differently: "Arabia Saudi").
 * A row with no origin and no licence count continues the licence of the repr row above it.
 * Every repr row comes back as a rejection: a duplicate naming its CSV line, or unmatched (it has
 * no year to be loaded under).
 */
export function matchReprRows(repr: readonly { line: number; raw: string; row: ReprRow }[], csv: readonly CsvRecordView[]): ReprRejection[] {
  const rows = [...repr].sort((a, b) => a.line - b.line);
  const parent = new Map<number, number>();
  const main: typeof rows = [];
  for (const r of rows) {
    const above = main.at(-1);
    if (r.row.licences === null && r.row.origins.length === 0 && above) parent.set(r.line, above.line);
    else main.push(r);
  }
  const used = new Set<number>();
  const matched = new Map<number, number>();
  const candidates = (r: (typeof rows)[number]) => csv.filter((c) => c.line > r.line && !used.has(c.line) && key(c.brokerName) === key(r.row.brokerName) && c.decision === r.row.decision && c.licences === r.row.licences);

  for (const r of main) {
    const value = reprWholeUnits(r.row.licensedValue);
    const firstDestination = r.row.destinations[0]?.split(/[\n,;]/)[0];
    let best: { line: number; score: number } | null = null;
    for (const c of candidates(r)) {
      const score =
        (value !== null && c.licensedValue !== null && Math.trunc(c.licensedValue) === value ? 2 : 0) +
        (r.row.origins[0] !== undefined && key(c.originNames[0] ?? '') === key(r.row.origins[0]) ? 1 : 0) +
        (firstDestination !== undefined && key(c.destinationNames[0] ?? '') === key(firstDestination) ? 1 : 0);
      if (score > 0 && (!best || score > best.score)) best = { line: c.line, score };
    }
    if (best) {
      used.add(best.line);
      matched.set(r.line, best.line);
    }
  }
  for (const r of main) {
    if (matched.has(r.line)) continue;
    const left = candidates(r);
    if (left.length === 1) {
      used.add(left[0]!.line);
      matched.set(r.line, left[0]!.line);
    }
  }

  return rows.map((r) => {
    const p = parent.get(r.line);
    if (p !== undefined) {
      const csvLine = matched.get(p);
      return {
        line: r.line,
        raw: r.raw,
        reasonCode: csvLine === undefined ? 'repr_unmatched' : 'repr_duplicate',
        reason:
          `Python-repr row continues the licence of line ${p} (one more rating and quantity line)` +
          (csvLine === undefined ? ', which matches no CSV row; not loaded, as it carries no year' : `, whose record line ${csvLine} gives in CSV form; not loaded twice`),
      };
    }
    const what = `${r.row.brokerName}, ${r.row.decision}, ${r.row.licences ?? 'no'} licence(s), origin ${r.row.origins.join('/') || '–'}`;
    const csvLine = matched.get(r.line);
    return csvLine === undefined
      ? { line: r.line, raw: r.raw, reasonCode: 'repr_unmatched', reason: `Python-repr row read (${what}) but it carries no year and matches no CSV row after it; not loaded rather than guess its year` }
      : { line: r.line, raw: r.raw, reasonCode: 'repr_duplicate', reason: `Python-repr dump (${what}) of the record that line ${csvLine} gives in CSV form; not loaded twice` };
  });
}
