/**
 * Adapter for the UN Register (UNROCA) reporting index scraped by UNROCA-scraper: years.json, a JSON
 * array of `{"country": "<unroca slug>", "years": [{"year": 2022}, …]}`, one object per line.
 *
 * Each (slug, year) becomes one 'participation' report: the State submitted a report for that year.
 * The slug is kept as written; the shared resolver turns slugs into ISO codes.
 *
 * A country with `years: []` is a valid row saying "no report in the index": it is counted as read and
 * loaded, and emits nothing (there is no report to describe; coverage comes from the States table).
 *
 * countries.json, when given, is the list of countries the scraper asked UNROCA about
 * (`[{"country": "<slug>"}, …]`), and years.json holds one answer per listed country. Each roster row
 * is read and loaded when years.json answers for it (it emits nothing: the reports come from
 * years.json), and rejected when it does not; a years.json entry for a country missing from the roster
 * is rejected too. So a scrape that lost a country, or answered for one it never asked about, shows.
 */
import { decodeText } from '../kit/csv.ts';
import { RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import type { ParsedReport, ParsedSource, SourceFile, TransferAdapter } from '../types.ts';
import { parseYear } from '../kit/values.ts';

export const unrocaIndexAdapter: TransferAdapter = {
  id: 'unroca-index',
  instrument: 'UNROCA',
  parse(files) {
    return parseUnrocaIndex(files);
  },
};

/** 1-based line and column of a character offset. */
export function lineAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Line of an offset, for many offsets in one text: line starts found once, then a binary search each. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Offsets at which the elements of the top-level array start, in order. Called only on text that
 * JSON.parse accepted, so a small scanner suffices: it skips strings and tracks nesting depth.
 */
export function topLevelElementOffsets(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (depth === 1 && expectElement && c !== ']') {
      starts.push(i);
      expectElement = false;
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return starts;
}

/**
 * Offset of the first JSON syntax error in text, or -1 if there is none. JSON.parse does not always
 * say where it failed ("Unexpected end of JSON input"), and a failed build must name the line, so on
 * failure this small recursive-descent checker finds the place. An unterminated string is reported
 * where the string starts, which is where the damage is.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const string = () => {
    const start = i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else throw i;
      } else if (c.charCodeAt(0) < 0x20) throw start;
      else i++;
    }
    throw start;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') throw i;
          string();
          ws();
          if (text[i] !== ':') throw i;
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else throw i;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length);
    number.lastIndex = i;
    if (!number.test(text)) throw i;
    i = number.lastIndex;
  };
  try {
    value();
    ws();
    return i < n ? i : -1;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

export function jsonError(file: string, text: string, e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  const offset = jsonErrorOffset(text);
  if (offset < 0) return new Error(`${file}: invalid JSON: ${message}`);
  const { line, column } = lineAt(text, offset);
  return new Error(`${file}:${line}:${column}: invalid JSON: ${message}`);
}

/** The roster file's name: the list of countries the scraper asked about. */
export const ROSTER_FILE = 'countries.json';

export function parseUnrocaIndex(files: SourceFile[]): ParsedSource {
  const answers = files.filter((f) => f.name !== ROSTER_FILE);
  if (answers.length === 0) throw new Error('unroca-index: no input file (expected years.json)');
  const roster = files.find((f) => f.name === ROSTER_FILE);
  const rosterSlugs = roster ? rosterOf(roster) : undefined;
  const out: ParsedSource = { facts: [], totals: [], reports: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
  const answered = new Set<string>();
  for (const file of answers) parseFile(file, out, rosterSlugs?.slugs, answered);
  if (roster && rosterSlugs) {
    const count = eachRow(roster.name, rosterSlugs.entries, out.rejects, (e) => checkRosterEntry(e.entry, rosterSlugs.seen, e.line, answered));
    out.rowsRead += count.read;
    out.rowsLoaded += count.loaded;
  }
  return out;
}

interface JsonEntry {
  line: number;
  raw: string;
  entry: unknown;
}

/** The top-level array of a JSON file, each element with its line and that line as written. */
function jsonEntries(file: SourceFile, expected: string): JsonEntry[] {
  const text = decodeText(file.bytes, file.name);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw jsonError(file.name, text, e);
  }
  if (!Array.isArray(data)) throw new Error(`${file.name}:1: expected a JSON array of ${expected} objects, found ${data === null ? 'null' : typeof data}`);
  const offsets = topLevelElementOffsets(text);
  if (offsets.length !== data.length) throw new Error(`${file.name}: found ${offsets.length} array elements in the text but JSON.parse read ${data.length}`);
  const lines = text.split('\n');
  return data.map((entry: unknown, i) => {
    const { line } = lineAt(text, offsets[i]!);
    return { line, raw: (lines[line - 1] ?? '').replace(/\r$/, ''), entry };
  });
}

/** The slugs of the roster (well-formed entries only; the row loop judges each entry later). */
function rosterOf(file: SourceFile): { entries: JsonEntry[]; slugs: Set<string>; seen: Map<string, number> } {
  const entries = jsonEntries(file, '{country}');
  const slugs = new Set<string>();
  for (const e of entries) {
    const country = (e.entry as { country?: unknown } | null)?.country;
    if (typeof country === 'string' && country.trim() !== '') slugs.add(country.trim());
  }
  return { entries, slugs, seen: new Map() };
}

/** A roster row is loaded when years.json answered for its country; it emits nothing. */
function checkRosterEntry(entry: unknown, seen: Map<string, number>, line: number, answered: Set<string>): void {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new RowReject('bad_entry', 'entry is not a {country} object');
  const country = (entry as { country?: unknown }).country;
  if (typeof country !== 'string' || country.trim() === '') throw new RowReject('missing_country', 'entry has no country slug');
  const slug = country.trim();
  const first = seen.get(slug);
  if (first !== undefined) throw new RowReject('duplicate_country', `country '${slug}' is listed again (first on line ${first})`);
  seen.set(slug, line);
  if (!answered.has(slug)) throw new RowReject('not_answered', `country '${slug}' is in ${ROSTER_FILE} but years.json has no entry for it`);
}

function parseFile(file: SourceFile, out: ParsedSource, roster: Set<string> | undefined, answered: Set<string>): void {
  const seen = new Map<string, number>();
  const entries = jsonEntries(file, '{country, years}');
  const count = eachRow(file.name, entries, out.rejects, (e) => {
    const reports = parseEntry(file.name, e.line, e.raw, e.entry, seen);
    const slug = String((e.entry as { country: string }).country).trim();
    if (roster && !roster.has(slug)) throw new RowReject('not_in_roster', `country '${slug}' has an entry but is not in ${ROSTER_FILE}, the list of countries asked about`);
    answered.add(slug);
    out.reports.push(...reports);
  });
  out.rowsRead += count.read;
  out.rowsLoaded += count.loaded;
}

/** Checks one country object whole, so that it is loaded or rejected as a whole. */
function parseEntry(file: string, line: number, raw: string, entry: unknown, seen: Map<string, number>): ParsedReport[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new RowReject('bad_entry', 'entry is not a {country, years} object');
  const { country, years } = entry as { country?: unknown; years?: unknown };
  if (typeof country !== 'string' || country.trim() === '') throw new RowReject('missing_country', 'entry has no country slug');
  const slug = country.trim();
  const first = seen.get(slug);
  if (first !== undefined) throw new RowReject('duplicate_country', `country '${slug}' is listed again (first on line ${first})`);
  if (!Array.isArray(years)) throw new RowReject('bad_years', `country '${slug}': years is not an array`);
  const distinct = new Set<number>();
  for (const y of years as unknown[]) {
    const year = (y as { year?: unknown } | null)?.year;
    if (typeof year !== 'number' || !Number.isInteger(year)) throw new RowReject('bad_year', `country '${slug}': year ${JSON.stringify(year ?? y)} is not an integer`);
    const p = parseYear(String(year));
    if (!p.ok) throw new RowReject(p.reasonCode, `country '${slug}': ${p.reason}`);
    // A year listed twice says the same thing twice: one report.
    distinct.add(year);
  }
  seen.set(slug, line);
  return [...distinct].map((year) => ({
    file,
    line,
    raw,
    reportKey: `${slug}|${year}`,
    reporterName: slug,
    instrument: 'UNROCA',
    reportType: 'participation',
    year,
    version: 1,
    submittedDate: null,
    isPublic: null,
    isNil: null,
    sensitiveWithheld: null,
  }));
}
