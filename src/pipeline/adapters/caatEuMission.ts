/**
 * Adapter for CAAT's `mission.csv` (EU annual reports: exports to international missions), no header
 * row: year, exporter ISO2, exporter name, destination ISO2, destination name, mission, item details.
 * Names and codes stay as written (the destination code is sometimes empty: "DUBAI"); euNormalize.ts
 * resolves them. Pure: bytes in, rows and rejects out.
 */

import { euMissions } from '../../schema/euMissions.ts';
import { normalizeMissions } from '../euNormalize.ts';
import { type CsvRecord, decodeText, parseCsv } from '../kit/csv.ts';
import { checkWidth } from '../kit/header.ts';
import { need, RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import { parseYear, textOrNull } from '../kit/values.ts';
import type { OwnTableAdapter, ParsedRows, SourceFile } from '../types.ts';

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
    const count = eachRow(file.name, parseCsv(decodeText(file.bytes), file.name), out.rejects, (rec) => out.rows.push(readRow(file.name, rec)));
    out.rowsRead += count.read;
    out.rowsLoaded += count.loaded;
  }
  return out;
}

function readRow(file: string, rec: CsvRecord): ParsedMission {
  checkWidth(rec, COLUMNS, 'bad_columns');
  const f = rec.fields;
  const year = need(parseYear(f[0]));
  const mission = textOrNull(f[5]);
  if (mission === null) throw new RowReject('missing_mission', 'the row names no mission or organisation');
  const exporterIso2 = textOrNull(f[1]);
  const exporterName = textOrNull(f[2]);
  if (exporterIso2 === null && exporterName === null) throw new RowReject('missing_exporter', 'the row names no exporting Member State');
  const destinationIso2 = textOrNull(f[3]);
  const destinationName = textOrNull(f[4]);
  if (destinationIso2 === null && destinationName === null) throw new RowReject('missing_destination', 'the row names no destination');
  return { file, line: rec.line, raw: rec.raw, year, exporterIso2, exporterName, destinationIso2, destinationName, mission, items: textOrNull(f[6]) };
}

export const caatEuMissionAdapter: OwnTableAdapter = {
  id: 'caat-eu-mission',
  kind: 'own-table',
  instrument: 'EU_COARM',
  table: euMissions,
  parse: parseCaatEuMission,
  normalize: (parsed, ctx) => normalizeMissions(parsed as ParsedRows<ParsedMission>, ctx),
};
