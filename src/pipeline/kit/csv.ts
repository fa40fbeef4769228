/**
 * A strict RFC 4180 reader that keeps line numbers, so that every reject can name its line.
 * We do not use a lenient parser: a truncated file (an unterminated quote) or a wrong delimiter
 * must surface as an error, not as shifted columns.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
  /** The record's text as it stands in the file, for the rejects table. */
  raw: string;
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

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Bytes → text. UTF-8 unless the source's SOURCE.md names another encoding: the WHATWG decoders
 * (Node and browsers alike) read the legacy ones, e.g. 'macintosh' for Mac Roman. Never guessed.
 */
export function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'macintosh' = 'utf-8'): string {
  const text = encoding === 'utf-8' ? utf8.decode(bytes) : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Splits text into records. Lines may end in LF, CRLF or a lone CR (classic Mac OS files).
 * Blank lines are skipped (their line numbers still count).
 */
export function parseCsv(text: string, file: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  let quoteLine = 0;
  const n = text.length;

  const endRecord = (end: number) => {
    fields.push(field);
    const raw = text.slice(recordStart, end).replace(/\r$/, '');
    if (!(fields.length === 1 && fields[0] === '' && raw.trim() === '')) records.push({ line: recordLine, fields, raw });
    fields = [];
    field = '';
  };

  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      endRecord(i);
      line++;
      recordLine = line;
      recordStart = i + 1;
    } else if (c === '\r') {
      // CRLF: the \n ends the record.
    } else {
      field += c;
    }
  }
  if (inQuotes) throw new CsvError(file, quoteLine, 'unterminated quoted field: the file looks truncated');
  if (field !== '' || fields.length > 0) endRecord(n);
  return records;
}

/**
 * Checks the header row against the expected column names and returns a column-index map.
 * A wrong delimiter shows up here as a one-column header, and is named as such.
 */
export function checkHeader(
  record: CsvRecord | undefined,
  expected: readonly string[],
  file: string,
  delimiter: string,
): Map<string, number> {
  if (!record) throw new CsvError(file, 1, 'file is empty: no header row');
  const names = record.fields.map((f) => f.trim());
  if (names.length === 1 && expected.length > 1) {
    const seen = [',', ';', '\t', '|'].find((d) => d !== delimiter && (names[0] ?? '').includes(d));
    throw new CsvError(
      file,
      record.line,
      `expected ${expected.length} columns separated by '${delimiter}' but found one` +
        (seen ? ` (the file seems to use '${seen === '\t' ? '\\t' : seen}' as delimiter)` : ''),
    );
  }
  const index = new Map<string, number>();
  names.forEach((name, i) => index.set(name, i));
  const missing = expected.filter((e) => !index.has(e));
  if (missing.length) throw new CsvError(file, record.line, `missing column(s): ${missing.join(', ')}; found: ${names.join(', ')}`);
  return index;
}
