/**
 * Adapter for the UN Register of Conventional Arms transfers of 2010–2016 as scraped from the UNROCA
 * report pages (unroca_results.json: a JSON array, one object per line, string fields year, exporter,
 * importer, category, num_items, state_of_origin, intermediate_locations, comments).
 *
 * - Reporter and direction are not fields: unrocaPages.ts reads them from the order of the rows. A row
 *   whose reading is ambiguous is rejected ('ambiguous_reporter') with both readings in its reason: a
 *   fact must name its reporter, and a guessed one would slip into every total by reporter.
 * - Categories: the Register's labels ("VII. (b) Man-Portable Air-Defence Systems (MANPADS).") become
 *   codes of the UNROCA scheme (I … VII.a, VII.b); the label text must be the Register's for that code.
 * - num_items is kept exactly as written (items_as_written); items holds it only when it is a plain
 *   whole number ("classified", "not declared" or an empty cell stay text, never coerced).
 * - Register reports are of transfers made during the year: basis 'actual'.
 * Names are kept as written; the shared normalize stage resolves them.
 */
import { decodeText } from '../kit/csv.ts';
import { need, RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import { parseAmount, parseYear, textOrNull } from '../kit/values.ts';
import type { ParsedFact, ParsedSource, SourceFile, TransferAdapter } from '../types.ts';
import { UN_REGISTER_LABELS } from '../../reference/unRegisterCategories.ts';
import { jsonError, lineFinder, topLevelElementOffsets } from './unrocaIndex.ts';
import { inferReporters, type PageRow, type RowReading } from './unrocaPages.ts';

export const unrocaTransfersAdapter: TransferAdapter = {
  id: 'unroca-transfers',
  instrument: 'UNROCA',
  parse(files) {
    return parseUnrocaTransfers(files);
  },
};

const FIELDS = ['year', 'exporter', 'importer', 'category', 'num_items', 'state_of_origin', 'intermediate_locations', 'comments'] as const;
type Entry = Record<(typeof FIELDS)[number], string>;

/** Register codes in the order the report pages print them (the block order unrocaPages relies on). */
const ORDER = ['I', 'II', 'III', 'IV.a', 'V', 'VI', 'VII.a', 'VII.b'];

const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
const LABEL_CHECK = new Map(Object.entries(UN_REGISTER_LABELS).map(([code, label]) => [code, comparable(label)]));

/**
 * "VII. (a) Missiles and missile launchers" → 'VII.a'; null unless the numeral, the letter and the words
 * are the Register's (a label whose words belong to another code is not silently re-coded).
 */
export function unRegisterCategory(label: string): string | null {
  const m = /^\s*(VII|VI|IV|V|III|II|I)\s*\.?\s*(?:\(([ab])\))?\s*(.*)$/i.exec(label);
  if (!m) return null;
  const code = `${m[1]!.toUpperCase()}${m[2] ? `.${m[2].toLowerCase()}` : ''}`;
  const words = LABEL_CHECK.get(code);
  return words !== undefined && comparable(m[3]!) === words ? code : null;
}

export function parseUnrocaTransfers(files: SourceFile[]): ParsedSource {
  if (files.length === 0) throw new Error('unroca-transfers: no input file (expected unroca_results.json)');
  const out: ParsedSource = { facts: [], totals: [], reports: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
  for (const file of files) parseFile(file, out);
  return out;
}

function asEntry(value: unknown): Entry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  return FIELDS.every((f) => typeof v[f] === 'string') ? (v as Entry) : null;
}

function pageRow(e: Entry | null): PageRow | null {
  if (e === null) return null;
  const code = unRegisterCategory(e.category);
  return { year: e.year.trim(), exporter: e.exporter.trim(), importer: e.importer.trim(), categoryRank: code === null ? null : ORDER.indexOf(code) };
}

function parseFile(file: SourceFile, out: ParsedSource): void {
  const text = decodeText(file.bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw jsonError(file.name, text, e);
  }
  if (!Array.isArray(data)) throw new Error(`${file.name}:1: expected a JSON array of transfer objects, found ${data === null ? 'null' : typeof data}`);
  const offsets = topLevelElementOffsets(text);
  if (offsets.length !== data.length) throw new Error(`${file.name}: found ${offsets.length} array elements in the text but JSON.parse read ${data.length}`);

  const lines = text.split('\n');
  const lineOf = lineFinder(text);
  const entries = data.map(asEntry);
  const readings = inferReporters(entries.map(pageRow));
  const rows = entries.map((entry, i) => {
    const line = lineOf(offsets[i]!);
    return { line, raw: (lines[line - 1] ?? '').replace(/\r$/, '').replace(/,$/, ''), entry, reading: readings[i]! };
  });
  const count = eachRow(file.name, rows, out.rejects, (r) => out.facts.push(parseEntry(file.name, r.line, r.raw, r.entry, r.reading)));
  out.rowsRead += count.read;
  out.rowsLoaded += count.loaded;
}

/** Checks the whole row before emitting its fact, so that a row is loaded or rejected as a whole. */
function parseEntry(file: string, line: number, raw: string, entry: Entry | null, reading: RowReading): ParsedFact {
  if (entry === null) throw new RowReject('bad_entry', `entry is not an object with the string fields ${FIELDS.join(', ')}`);
  const year = need(parseYear(entry.year));
  const exporter = textOrNull(entry.exporter);
  const importer = textOrNull(entry.importer);
  if (exporter === null) throw new RowReject('missing_exporter', 'exporter is empty');
  if (importer === null) throw new RowReject('missing_importer', 'importer is empty');
  const category = unRegisterCategory(entry.category);
  if (category === null) throw new RowReject('unknown_category', `category: '${entry.category}' is not a UN Register category I–VII (with VII (a) or (b)) in the Register's words`);
  if (reading.kind === 'ambiguous') {
    const either = reading.readings.map((r) => `${r.reporter}'s ${r.direction}s table`).join(' or ');
    throw new RowReject('ambiguous_reporter', `reporting State cannot be told from the order of the rows: the row fits ${either} equally well`);
  }
  if (reading.kind !== 'inferred') throw new Error(`${file}:${line}: a readable row got no reading (unrocaPages bug)`);
  const count = parseAmount(entry.num_items, 'num_items', { integer: true });
  return {
    file,
    line,
    reportKey: `${reading.reporter}|${year}`,
    reporterName: reading.reporter,
    year,
    direction: reading.direction,
    partnerName: reading.direction === 'export' ? importer : exporter,
    categoryScheme: 'UNROCA',
    categoryCode: category,
    basis: 'actual',
    licences: null,
    items: count.ok ? count.value : null,
    itemsAsWritten: entry.num_items,
    value: null,
    currency: null,
    decisionDate: null,
    originName: textOrNull(entry.state_of_origin),
    intermediate: textOrNull(entry.intermediate_locations),
    description: null,
    comments: textOrNull(entry.comments),
    reporterRule: reading.rule,
    raw,
  };
}
