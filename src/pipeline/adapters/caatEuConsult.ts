/**
 * Adapter for CAAT's `consult.csv` (EU annual reports: denial consultations), no header row:
 * year, source ISO2, source name, destination ISO2, destination name, consultations initiated,
 * consultations received, consultations concerning the destination.
 *
 * Each row fills one half: the source half (a Member State's consultations initiated and received)
 * or the destination half (consultations concerning that destination). A row with neither (a total
 * line) or both is rejected with the reason. Names and codes stay as written; euNormalize.ts
 * resolves them. Pure: bytes in, rows and rejects out.
 */
import { decodeText, parseCsv } from '../csv.ts';
import type { ParsedRows, SourceFile } from '../types.ts';
import { parseAmount, parseYear, textOrNull, type Parsed } from '../values.ts';

export interface ParsedConsultation {
  file: string;
  line: number;
  raw: string;
  year: number;
  subject: 'member_state' | 'destination';
  iso2: string | null;
  name: string | null;
  initiated: number | null;
  received: number | null;
  concerning: number | null;
}

const COLUMNS = 8;

export function parseCaatEuConsult(files: SourceFile[]): ParsedRows<ParsedConsultation> {
  const out: ParsedRows<ParsedConsultation> = { rows: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
  for (const file of files) {
    for (const rec of parseCsv(decodeText(file.bytes), file.name)) {
      out.rowsRead++;
      const row = readRow(file.name, rec.line, rec.raw, rec.fields);
      if (row.ok) {
        out.rows.push(row.value);
        out.rowsLoaded++;
      } else out.rejects.push({ file: file.name, line: rec.line, reasonCode: row.reasonCode, reason: row.reason, raw: rec.raw });
    }
  }
  return out;
}

function readRow(file: string, line: number, raw: string, f: string[]): Parsed<ParsedConsultation> {
  if (f.length !== COLUMNS) return { ok: false, reasonCode: 'bad_columns', reason: `expected ${COLUMNS} columns, found ${f.length}` };
  const year = parseYear(f[0]);
  if (!year.ok) return year;
  const counts: Parsed<number | null>[] = [
    parseAmount(f[5], 'consultations initiated', { integer: true }),
    parseAmount(f[6], 'consultations received', { integer: true }),
    parseAmount(f[7], 'consultations concerning destination', { integer: true }),
  ];
  const bad = counts.find((c) => !c.ok);
  if (bad && !bad.ok) return bad;
  const [initiated, received, concerning] = counts.map((c) => (c.ok ? c.value : null)) as [number | null, number | null, number | null];
  const source = { iso2: textOrNull(f[1]), name: textOrNull(f[2]) };
  const destination = { iso2: textOrNull(f[3]), name: textOrNull(f[4]) };
  const hasSource = source.iso2 !== null || source.name !== null;
  const hasDestination = destination.iso2 !== null || destination.name !== null;
  if (hasSource && hasDestination) return { ok: false, reasonCode: 'both_halves', reason: 'the row names both a Member State and a destination; each row should fill one half' };
  if (!hasSource && !hasDestination)
    return { ok: false, reasonCode: 'no_state', reason: `the row names no Member State and no destination (figures ${[initiated, received, concerning].map((v) => v ?? '–').join(' / ')}): a total line, not a State's figures` };
  if (hasSource && concerning !== null) return { ok: false, reasonCode: 'misplaced_count', reason: 'a Member State row gives a count of consultations concerning a destination' };
  if (hasDestination && (initiated !== null || received !== null)) return { ok: false, reasonCode: 'misplaced_count', reason: 'a destination row gives consultations initiated or received' };
  const who = hasSource ? source : destination;
  return {
    ok: true,
    value: { file, line, raw, year: year.value, subject: hasSource ? 'member_state' : 'destination', iso2: who.iso2, name: who.name, initiated, received, concerning },
  };
}
