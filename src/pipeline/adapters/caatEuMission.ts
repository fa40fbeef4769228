/**
 * Adapter for CAAT's `mission.csv` (EU annual reports: exports to international missions), no header
 * row: year, exporter ISO2, exporter name, destination ISO2, destination name, mission, item details.
 * Names and codes stay as written (the destination code is sometimes empty: "DUBAI"); euNormalize.ts
 * resolves them. Pure: bytes in, rows and rejects out.
 */
import { decodeText, parseCsv } from '../csv.ts';
import type { ParsedRows, SourceFile } from '../types.ts';
import { parseYear, textOrNull, type Parsed } from '../values.ts';

export interface ParsedMission {
  file: string;
  line: number;
  raw: string;
  year: number;
  exporterIso2: string | null;
  exporterName: string | null;
  destinationIso2: string | null;
  destinationName: string | null;
  mission: string;
  items: string | null;
}

const COLUMNS = 7;

export function parseCaatEuMission(files: SourceFile[]): ParsedRows<ParsedMission> {
  const out: ParsedRows<ParsedMission> = { rows: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
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

function readRow(file: string, line: number, raw: string, f: string[]): Parsed<ParsedMission> {
  if (f.length !== COLUMNS) return { ok: false, reasonCode: 'bad_columns', reason: `expected ${COLUMNS} columns, found ${f.length}` };
  const year = parseYear(f[0]);
  if (!year.ok) return year;
  const mission = textOrNull(f[5]);
  if (mission === null) return { ok: false, reasonCode: 'missing_mission', reason: 'the row names no mission or organisation' };
  const exporterIso2 = textOrNull(f[1]);
  const exporterName = textOrNull(f[2]);
  if (exporterIso2 === null && exporterName === null) return { ok: false, reasonCode: 'missing_exporter', reason: 'the row names no exporting Member State' };
  const destinationIso2 = textOrNull(f[3]);
  const destinationName = textOrNull(f[4]);
  if (destinationIso2 === null && destinationName === null) return { ok: false, reasonCode: 'missing_destination', reason: 'the row names no destination' };
  return { ok: true, value: { file, line, raw, year: year.value, exporterIso2, exporterName, destinationIso2, destinationName, mission, items: textOrNull(f[6]) } };
}
