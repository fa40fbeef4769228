/**
 * Reads the first worksheet of an XLSX workbook into the same `CsvRecord[]` shape as `parseCsv`, so
 * that an adapter reads a CSV and an XLSX transcription with one code path.
 *
 * Cells become the text a person sees, never a guess: numbers as JavaScript prints them, dates
 * (Excel date cells, which exceljs reads as UTC) as YYYY-MM-DD, formulas as their cached result,
 * Excel errors (#N/A …) as their code so that the row is rejected by the value parsers downstream.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { CsvError, type CsvRecord } from './csv.ts';

type Cell = CellValue;

/** Turns one cell value into its text. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as Cell);
  if ('error' in value) return value.error;
  if ('result' in value) return cellText(value.result as Cell);
  if ('formula' in value || 'sharedFormula' in value) return '';
  return String(value);
}

/** A date without a time of day prints as YYYY-MM-DD; with one, as a full ISO string (which date parsers reject). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Quotes a field the way RFC 4180 does, so that `raw` reads like the CSV line of the same row. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Reads the first worksheet. `line` is the worksheet row number (row 1 = the header), so that a
 * reject names the row a person sees in a spreadsheet. Empty rows are skipped, as `parseCsv` skips
 * blank lines. A file that is not a workbook (truncated, or another format) throws a CsvError.
 */
export async function parseXlsx(bytes: Uint8Array, file: string): Promise<CsvRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs hands the bytes to JSZip, which reads a Uint8Array as it is; its typings only name Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    throw new CsvError(file, 1, `not a readable XLSX workbook (${e instanceof Error ? e.message : String(e)}): the file looks truncated or is not an .xlsx file`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new CsvError(file, 1, 'the workbook has no worksheet');

  const rows: { line: number; fields: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    // row.values is 1-based and sparse: index 0 is always empty.
    const values = row.values as Cell[];
    for (let c = 1; c < values.length; c++) fields.push(cellText(values[c]));
    while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
    if (fields.length > 0) rows.push({ line: rowNumber, fields });
  });
  // A row is only as wide as its last filled cell: pad it to the header's width, as a CSV row would be.
  const width = rows[0]?.fields.length ?? 0;
  return rows.map(({ line, fields }) => {
    while (fields.length < width) fields.push('');
    return { line, fields, raw: fields.map(csvField).join(',') };
  });
}
