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

import { euConsultations } from '../../schema/euConsultations.ts';
import { normalizeConsultations } from '../euNormalize.ts';
import { type CsvRecord, decodeText, parseCsv } from '../kit/csv.ts';
import { checkWidth } from '../kit/header.ts';
import { need, RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import { parseAmount, parseYear, textOrNull } from '../kit/values.ts';
import type { OwnTableAdapter, ParsedRows, SourceFile } from '../types.ts';

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
    const count = eachRow(file.name, parseCsv(decodeText(file.bytes), file.name), out.rejects, (rec) => out.rows.push(readRow(file.name, rec)));
    out.rowsRead += count.read;
    out.rowsLoaded += count.loaded;
  }
  return out;
}

function readRow(file: string, rec: CsvRecord): ParsedConsultation {
  checkWidth(rec, COLUMNS, 'bad_columns');
  const f = rec.fields;
  const year = need(parseYear(f[0]));
  const initiated = need(parseAmount(f[5], 'consultations initiated', { integer: true }));
  const received = need(parseAmount(f[6], 'consultations received', { integer: true }));
  const concerning = need(parseAmount(f[7], 'consultations concerning destination', { integer: true }));
  const source = { iso2: textOrNull(f[1]), name: textOrNull(f[2]) };
  const destination = { iso2: textOrNull(f[3]), name: textOrNull(f[4]) };
  const hasSource = source.iso2 !== null || source.name !== null;
  const hasDestination = destination.iso2 !== null || destination.name !== null;
  if (hasSource && hasDestination) throw new RowReject('both_halves', 'the row names both a Member State and a destination; each row should fill one half');
  if (!hasSource && !hasDestination)
    throw new RowReject('no_state', `the row names no Member State and no destination (figures ${[initiated, received, concerning].map((v) => v ?? '–').join(' / ')}): a total line, not a State's figures`);
  if (hasSource && concerning !== null) throw new RowReject('misplaced_count', 'a Member State row gives a count of consultations concerning a destination');
  if (hasDestination && (initiated !== null || received !== null)) throw new RowReject('misplaced_count', 'a destination row gives consultations initiated or received');
  const who = hasSource ? source : destination;
  return { file, line: rec.line, raw: rec.raw, year, subject: hasSource ? 'member_state' : 'destination', iso2: who.iso2, name: who.name, initiated, received, concerning };
}

export const caatEuConsultAdapter: OwnTableAdapter = {
  id: 'caat-eu-consult',
  kind: 'own-table',
  instrument: 'EU_COARM',
  table: euConsultations,
  parse: parseCaatEuConsult,
  normalize: (parsed, ctx) => normalizeConsultations(parsed as ParsedRows<ParsedConsultation>, ctx),
};
