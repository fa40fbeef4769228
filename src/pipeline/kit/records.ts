/**
 * Reads a tabular file into records (line numbers kept) by its extension: CSV (RFC 4180, UTF-8) or
 * XLSX (its first sheet). Any other file is an error, not something to skip silently.
 */
import type { SourceFile } from '../types.ts';
import { decodeText, parseCsv, type CsvRecord } from './csv.ts';
import { parseXlsx } from './xlsx.ts';

/** `what` names the files in the error message, `doc` the page that describes their format. */
export async function readRecords(file: SourceFile, what: string, doc: string): Promise<CsvRecord[]> {
  if (/\.csv$/i.test(file.name)) return parseCsv(decodeText(file.bytes), file.name, ',');
  if (/\.xlsx$/i.test(file.name)) return parseXlsx(file.bytes, file.name);
  throw new Error(`${file.name}: not a .csv or .xlsx file; ${what} must be one of the two (see ${doc})`);
}
