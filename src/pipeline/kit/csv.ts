/**
 * A strict RFC 4180 reader that keeps line numbers, so that every reject can name its line.
 * We do not use a lenient parser: a truncated file (an unterminated quote) or a wrong delimiter
 * must surface as an error, not as shifted columns.
 *
 * Where RFC 4180 is broken inside one record (text after a closing quote, `"x"y`; a carriage return
 * alone inside an LF file), the record keeps its cells as read but carries a `problem`, and the
 * adapters reject it with that reason: one bad record does not stop the file, and is never loaded
 * as a guess. One liberty is kept on purpose: a quote inside an unquoted field (`5" gun`) is read
 * as a character, because that reading is the only one possible.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
  /** The record's text as it stands in the file, for the rejects table. */
  raw: string;
  /** For a workbook: the worksheet the record was read from. */
  sheet?: string;
  /** Set when the record breaks the format: the adapter rejects it with this reason. */
  problem?: RecordProblem;
}

export interface RecordProblem {
  reasonCode: string;
  reason: string;
}

export class CsvError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes → text, never with U+FFFD standing in for bytes it could not read. UTF-8 (with or without a
 * byte-order mark) and UTF-16 with a byte-order mark are read; a legacy encoding only when the
 * source's SOURCE.md names it (e.g. 'macintosh' for Mac Roman, read by the WHATWG decoders of Node
 * and browsers alike); anything else — an undeclared legacy encoding, UTF-16 without a byte-order
 * mark — stops with the file, line and byte named. Never guessed.
 */
export function decodeText(bytes: Uint8Array, file = '(input)', encoding: 'utf-8' | 'macintosh' = 'utf-8'): string {
  if (encoding !== 'utf-8') {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw new CsvError(file, 1, `not valid ${encoding}, the encoding declared for this file`);
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', file);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line } = position(bytes, nul);
    throw new CsvError(file, line, `NUL byte at offset ${nul}: the file looks like UTF-16 without a byte-order mark (or is not text); save it as UTF-8`);
  }
  try {
    return utf8.decode(start ? bytes.subarray(start) : bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const { line, column } = position(bytes, offset);
    throw new CsvError(
      file,
      line,
      `not valid UTF-8: byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${offset} (line ${line}, column ${column}) ` +
        'does not fit a UTF-8 character; the file looks like a legacy 8-bit encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8',
    );
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  if (bytes.length % 2 !== 0) throw new CsvError(file, 1, `${encoding.toUpperCase()} file with an odd number of bytes (${bytes.length}): the file looks truncated`);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CsvError(file, 1, `not valid ${encoding.toUpperCase()} (a lone surrogate): the file is damaged or not in the encoding its byte-order mark declares`);
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

/** 1-based line and column (in bytes) of a byte offset. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Offset of the first lone CR seen by the last stretchEnd call, or -1. */
let strayCr = -1;

/**
 * End of an unquoted stretch from `from`: the next delimiter or line end (`eol`, LF or for a classic
 * Mac file CR). In an LF file a CR is a line end only before LF or at the end of the text; a lone
 * one is kept in the cell and noted in `strayCr`.
 * (A plain function rather than a closure per record: a million-row file makes a million records.)
 */
function stretchEnd(text: string, from: number, D: number, eol: number): number {
  strayCr = -1;
  const n = text.length;
  let j = from;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === D || c === eol) break;
    if (c === CR) {
      if (text.charCodeAt(j + 1) === LF || j + 1 === n) break;
      if (strayCr < 0) strayCr = j;
    }
  }
  return j;
}

/**
 * Splits text into records. Blank lines are skipped (their line numbers still count). Line ends are
 * LF or CRLF; a file with no LF at all (classic Mac OS, e.g. the SECO tables) has CR line ends. A lone
 * CR in a file of LF line ends is a broken record: the line ends are mixed, so lines are unsure.
 */
export function parseCsv(text: string, file: string, delimiter = ','): CsvRecord[] {
  const crOnly = text.indexOf('\n') === -1;
  const eol = crOnly ? CR : LF;
  const eolChar = crOnly ? '\r' : '\n';
  const records: CsvRecord[] = [];
  const n = text.length;
  const D = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  let lineStart = 0;

  while (i < n) {
    const recordLine = line;
    const recordStart = i;
    const fields: string[] = [];
    let problem: RecordProblem | undefined;
    const flag = (reasonCode: string, at: number, what: string) => {
      problem ??= { reasonCode, reason: `line ${line}, column ${at - lineStart + 1}: ${what}` };
    };
    const unquoted = (from: number): number => {
      const end = stretchEnd(text, from, D, eol);
      if (strayCr >= 0) flag('stray_carriage_return', strayCr, 'a carriage return alone inside a line that ends with LF; the line ends of the file are mixed');
      return end;
    };

    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const quoteLine = line;
        value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new CsvError(file, quoteLine, 'unterminated quoted field: the file looks truncated');
          for (let k = text.indexOf(eolChar, j); k !== -1 && k < q; k = text.indexOf(eolChar, k + 1)) {
            line++;
            lineStart = k + 1;
          }
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        const c = text.charCodeAt(i);
        if (!(i >= n || c === D || c === eol || (c === CR && (text.charCodeAt(i + 1) === LF || i + 1 === n)))) {
          flag('bad_quoting', i, `'${text[i]}' follows the closing quote of field ${fields.length + 1}; a quoted field ends at its closing quote (RFC 4180): a quote inside it is written ""`);
          const end = unquoted(i);
          value += text.slice(i, end);
          i = end;
        }
      } else {
        const end = unquoted(i);
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      if (i < n && text.charCodeAt(i) === D) {
        i++;
        continue;
      }
      // End of the record: a line end (LF, CRLF, or a CR ending the text) or the end of the text.
      const raw = text.slice(recordStart, i);
      if (i < n) {
        i += !crOnly && text.charCodeAt(i) === CR ? 2 : 1;
        line++;
        lineStart = i;
      }
      if (!(fields.length === 1 && fields[0] === '' && raw.trim() === '')) {
        const record: CsvRecord = { line: recordLine, fields, raw };
        if (problem) record.problem = problem;
        records.push(record);
      }
      break;
    }
  }
  return records;
}

/**
 * Checks the header row against the expected column names and returns a column-index map.
 * A wrong delimiter shows up here as a one-column header, and is named as such.
 */
export function checkHeader(record: CsvRecord | undefined, expected: readonly string[], file: string, delimiter: string): Map<string, number> {
  if (!record) throw new CsvError(file, 1, 'file is empty: no header row');
  if (record.problem) throw new CsvError(file, record.line, `header: ${record.problem.reason}`);
  const names = record.fields.map((f) => f.trim());
  if (names.length === 1 && expected.length > 1) {
    const seen = [',', ';', '\t', '|'].find((d) => d !== delimiter && (names[0] ?? '').includes(d));
    throw new CsvError(file, record.line, `expected ${expected.length} columns separated by '${delimiter}' but found one` + (seen ? ` (the file seems to use '${seen === '\t' ? '\\t' : seen}' as delimiter)` : ''));
  }
  const index = new Map<string, number>();
  names.forEach((name, i) => index.set(name, i));
  const missing = expected.filter((e) => !index.has(e));
  if (missing.length) throw new CsvError(file, record.line, `missing column(s): ${missing.join(', ')}; found: ${names.join(', ')}`);
  return index;
}
