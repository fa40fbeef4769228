/**
 * Reader for one SECO war-material export table as transcribed by GSoA (gsoaYYYY.csv): bytes → the
 * year and one classified entry per line. The adapter (secoWarMaterial.ts) turns the entries into
 * facts and totals; this module only reads.
 *
 * The files are flattened spreadsheets, and every quirk below is real (see the source's SOURCE.md):
 * - Mac Roman bytes and lone-CR line ends (decodeText 'macintosh', parseCsv);
 * - bilingual title lines (DE, FR) giving the period "(01.01. - 31.12.YYYY)": the year comes from there;
 * - a two-line header (DE line, FR line) whose columns move between years (2006 has no column between
 *   `Land` and `Total`; later years put the French name there), and whose lumped column name spans
 *   both lines: columns are found by their header text, never by position;
 * - the header may be printed again in mid-table (2006);
 * - the destination is a German and a French name, in two cells, or in one cell "Belgien / Belgique";
 * - the continent is written on the first line of its block only (its French name on the second);
 * - blank separator lines and continent subtotal lines (a Total figure and no name);
 * - apostrophes as thousands separators ("563'500'800"), plain digits in places ("544689").
 */
import { CsvError, decodeText, parseCsv, type CsvRecord } from '../kit/csv.ts';
import type { SourceFile } from '../types.ts';
import { KM_LUMPED_CODE } from '../../reference/swissKmCategories.ts';

/** A figure column: the row total or one category (KM1…KM22 or the lumped code). */
export interface KmColumn {
  code: 'Total' | string;
  index: number;
  /** Header text of the column, both header lines joined. */
  header: string;
}

interface LineBase {
  line: number;
  raw: string;
}
export type KmLine =
  | (LineBase & { kind: 'structural'; what: 'title' | 'header' | 'blank' })
  | (LineBase & { kind: 'total'; figures: Map<string, number> })
  | (LineBase & { kind: 'subtotal'; continent: string | null; value: number; covers: number[] })
  | (LineBase & { kind: 'destination'; continent: string | null; nameDe: string; nameFr: string | null; figures: Map<string, number> })
  | (LineBase & { kind: 'reject'; reasonCode: string; reason: string });

export interface KmTable {
  file: string;
  year: number;
  columns: KmColumn[];
  lines: KmLine[];
}

const DELIMITER = ';';
const PERIOD = /\(\s*01\.01\.\s*-\s*31\.12\.\s*(\d{4})\s*\)/;

/** SECO's figure: whole francs, thousands grouped by apostrophes or not grouped at all. Empty → null. */
export function parseChf(cell: string): { ok: true; value: number | null } | { ok: false } {
  const s = cell.trim();
  if (s === '') return { ok: true, value: null };
  if (!/^(?:\d{1,3}(?:['’]\d{3})+|\d+)$/.test(s)) return { ok: false };
  return { ok: true, value: Number(s.replace(/['’]/g, '')) };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** What a header text names; null for text this reader does not know (the file is then refused). */
export function classifyHeader(text: string): 'continent' | 'name' | 'empty' | string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return 'empty';
  if (/^Kontinent( Continent)?$/.test(t)) return 'continent';
  if (/^Land( Pays)?$/.test(t)) return 'name';
  if (t === 'Total') return 'Total';
  const km = /^KM ?0*(\d{1,2})$/.exec(t);
  if (km && Number(km[1]) >= 1 && Number(km[1]) <= 22) return `KM${Number(km[1])}`;
  if (squash(t) === 'KM9/KM11-15/KM17-22') return KM_LUMPED_CODE;
  return null;
}

interface Layout {
  continent: number;
  /** Cells from `Land` up to the column before `Total`: the destination's names. */
  names: number[];
  figures: KmColumn[];
  /** Columns without a header: they must stay empty. */
  unlabelled: number[];
  width: number;
}

const isHeaderLine = (r: CsvRecord) => r.fields.some((f) => f.trim() === 'Kontinent') && r.fields.some((f) => f.trim() === 'Land');
const isFrenchHeaderLine = (r: CsvRecord | undefined) => !!r && r.fields.some((f) => f.trim() === 'Continent') && r.fields.some((f) => f.trim() === 'Pays');
const isBlank = (r: CsvRecord) => r.fields.every((f) => f.trim() === '');

function readLayout(first: CsvRecord, second: CsvRecord | undefined, file: string): Layout {
  const width = Math.max(first.fields.length, second?.fields.length ?? 0);
  const kinds: (string | null)[] = [];
  const texts: string[] = [];
  for (let i = 0; i < width; i++) {
    const text = `${first.fields[i] ?? ''} ${second?.fields[i] ?? ''}`.trim();
    texts.push(text);
    kinds.push(classifyHeader(text));
  }
  const unknown = kinds.findIndex((k) => k === null);
  if (unknown >= 0) throw new CsvError(file, first.line, `column ${unknown + 1}: header '${texts[unknown]}' is not one this reader knows (Kontinent, Land, Total, KM n, KM 9 / KM 11-15 / KM 17-22)`);
  const one = (k: string) => {
    const at = kinds.flatMap((x, i) => (x === k ? [i] : []));
    if (at.length !== 1) throw new CsvError(file, first.line, `header has ${at.length} '${k}' columns; expected exactly one`);
    return at[0]!;
  };
  const continent = one('continent');
  const name = one('name');
  const total = one('Total');
  if (!(continent < name && name < total)) throw new CsvError(file, first.line, 'header order is not Kontinent, Land, Total');
  const names: number[] = [];
  for (let i = name; i < total; i++) {
    if (i > name && kinds[i] !== 'empty') throw new CsvError(file, first.line, `column ${i + 1} ('${texts[i]}') lies between Land and Total`);
    names.push(i);
  }
  const figures: KmColumn[] = [];
  const unlabelled: number[] = [];
  const seen = new Set<string>();
  kinds.forEach((k, i) => {
    if (i === continent || names.includes(i)) return;
    if (k === 'empty') unlabelled.push(i);
    else if (i < total) throw new CsvError(file, first.line, `column ${i + 1} ('${texts[i]}') stands before Total`);
    else {
      if (seen.has(k!)) throw new CsvError(file, first.line, `header names '${texts[i]}' twice`);
      seen.add(k!);
      figures.push({ code: k!, index: i, header: texts[i]! });
    }
  });
  return { continent, names, figures, unlabelled, width };
}

const sameLayout = (a: Layout, b: Layout) =>
  a.continent === b.continent && a.names.join() === b.names.join() && a.figures.map((c) => `${c.code}@${c.index}`).join() === b.figures.map((c) => `${c.code}@${c.index}`).join();

/** Destination names: two cells (DE, FR), or one cell "DE / FR", or a German name alone. */
export function splitNames(cells: string[]): { de: string; fr: string | null } | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return null;
  if (filled.length >= 2) return { de: filled[0]!, fr: filled[1]! };
  const parts = filled[0]!.split('/').map((p) => p.trim());
  if (parts.length === 2 && parts[0] && parts[1]) return { de: parts[0], fr: parts[1] };
  return { de: filled[0]!, fr: null };
}

class LineError extends Error {
  readonly reasonCode: string;
  constructor(reasonCode: string, reason: string) {
    super(reason);
    this.reasonCode = reasonCode;
  }
}

function figuresOf(r: CsvRecord, layout: Layout): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of layout.figures) {
    const cell = r.fields[c.index] ?? '';
    const p = parseChf(cell);
    if (!p.ok) throw new LineError('bad_number', `${c.header}: '${cell.trim()}' is not an amount in whole francs`);
    if (p.value !== null) out.set(c.code, p.value);
  }
  return out;
}

export function readKmTable(file: SourceFile): KmTable {
  const records = parseCsv(decodeText(file.bytes, 'macintosh'), file.name, DELIMITER);
  const headerAt = records.findIndex(isHeaderLine);
  if (headerAt < 0) throw new CsvError(file.name, 1, "no header line with 'Kontinent' and 'Land' was found");
  const second = (i: number) => (isFrenchHeaderLine(records[i + 1]) ? records[i + 1] : undefined);
  const layout = readLayout(records[headerAt]!, second(headerAt), file.name);

  const lines: KmLine[] = [];
  let year: number | null = null;
  for (const r of records.slice(0, headerAt)) {
    if (isBlank(r)) {
      lines.push({ kind: 'structural', what: 'blank', line: r.line, raw: r.raw });
      continue;
    }
    const m = PERIOD.exec(r.raw);
    if (!m) throw new CsvError(file.name, r.line, `line above the header is neither blank nor a title giving the period (01.01. - 31.12.YYYY): ${r.raw}`);
    const y = Number(m[1]);
    if (year !== null && y !== year) throw new CsvError(file.name, r.line, `title gives year ${y}, an earlier title ${year}`);
    year = y;
    lines.push({ kind: 'structural', what: 'title', line: r.line, raw: r.raw });
  }
  if (year === null) throw new CsvError(file.name, records[headerAt]!.line, 'no title line gives the period (01.01. - 31.12.YYYY) the table covers');

  // The continent is written on the first line of its block (its French name, or a repeat, may
  // follow on the second): the block keeps the first. A block ends at its subtotal.
  let continent: string | null = null;
  let blockOpen = false;
  let block: number[] = [];
  let sawTotal = false;
  for (let i = headerAt; i < records.length; i++) {
    const r = records[i]!;
    const base = { line: r.line, raw: r.raw };
    if (isHeaderLine(r)) {
      // The header is two lines (DE, FR); a repeat mid-table must have the same columns.
      const fr = second(i);
      if (i !== headerAt && !sameLayout(layout, readLayout(r, fr, file.name)))
        throw new CsvError(file.name, r.line, 'the header is printed again with different columns');
      lines.push({ kind: 'structural', what: 'header', ...base });
      if (fr) {
        lines.push({ kind: 'structural', what: 'header', line: fr.line, raw: fr.raw });
        i++;
      }
      continue;
    }
    if (isBlank(r)) {
      lines.push({ kind: 'structural', what: 'blank', ...base });
      continue;
    }
    const first = (r.fields[layout.continent] ?? '').trim();
    const names = splitNames(layout.names.map((c) => r.fields[c] ?? ''));
    const isTotal = first === 'Total' && names === null;
    if (names !== null) {
      if (!blockOpen && first !== '') continent = first;
      blockOpen = true;
    }
    try {
      const stray = layout.unlabelled.find((c) => (r.fields[c] ?? '').trim() !== '');
      if (stray !== undefined) throw new LineError('value_in_unlabelled_column', `column ${stray + 1} has no header but holds '${r.fields[stray]!.trim()}'`);
      if (r.fields.slice(layout.width).some((f) => f.trim() !== '')) throw new LineError('bad_column_count', `${r.fields.length} cells, more than the header's ${layout.width} columns`);
      const figures = figuresOf(r, layout);
      if (isTotal) {
        if (sawTotal) throw new LineError('duplicate_total', 'a second Total line');
        sawTotal = true;
        lines.push({ kind: 'total', figures, ...base });
        continue;
      }
      if (names === null) {
        const value = figures.get('Total');
        if (value === undefined || figures.size !== 1) throw new LineError('no_destination', 'figures without a destination name, and not a subtotal (a Total figure alone)');
        if (!blockOpen) throw new LineError('subtotal_without_lines', 'a subtotal with no destination line above it');
        lines.push({ kind: 'subtotal', continent, value, covers: block, ...base });
        block = [];
        blockOpen = false;
        continent = null;
        continue;
      }
      if (figures.size === 0) throw new LineError('no_figures', `${names.de}: no figures`);
      lines.push({ kind: 'destination', continent, nameDe: names.de, nameFr: names.fr, figures, ...base });
      block.push(r.line);
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      lines.push({ kind: 'reject', reasonCode: e.reasonCode, reason: e.message, ...base });
    }
  }
  if (!sawTotal) throw new CsvError(file.name, records[headerAt]!.line, "no 'Total' line: the table's printed total is missing");
  return { file: file.name, year, columns: layout.figures, lines };
}
