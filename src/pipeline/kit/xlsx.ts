/**
 * Reads the first worksheet of an XLSX workbook into the same `CsvRecord[]` shape as `parseCsv`, so
 * that an adapter reads a CSV and an XLSX transcription with one code path.
 *
 * Cells become the text a person sees, never a guess: numbers as JavaScript prints them, dates
 * (Excel date cells, which exceljs reads as UTC) as YYYY-MM-DD, formulas as their cached result,
 * Excel errors (#N/A …) as their code so that the row is rejected by the value parsers downstream.
 *
 * Two kinds of cell would load a guess, so their row carries a `problem` and is rejected: merged cells
 * (exceljs gives every cell of a merge the value of its first, so "items" would silently repeat
 * into "value") and a formula saved without its result (it would load as empty, i.e. "not reported").
 */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { CsvError, type CsvRecord, type RecordProblem } from './csv.ts';

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

const quoteSheet = (name: string) => `worksheet '${name}'`;

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
  const where = quoteSheet(sheet.name);
  if (sheet.actualRowCount === 0) {
    const other = workbook.worksheets.find((w) => w.actualRowCount > 0);
    if (other) throw new CsvError(file, 1, `the first worksheet, '${sheet.name}', is empty, but ${quoteSheet(other.name)} is not: the data must be on the first worksheet`);
  }

  // Merged ranges by the address of each of their cells, to name the whole range in a reject.
  const merged = new Map<string, string>();
  // The model is built only when there are merges to list: building it walks the whole sheet.
  const merges = sheet.hasMerges ? ((sheet.model as { merges?: string[] }).merges ?? []) : [];
  for (const range of merges) {
    const [from, to = from] = range.split(':') as [string, string?];
    const a = sheet.getCell(from);
    const b = sheet.getCell(to);
    for (let r = Number(a.row); r <= Number(b.row); r++) for (let c = Number(a.col); c <= Number(b.col); c++) merged.set(`${r}:${c}`, range);
  }

  const rows: { line: number; fields: string[]; problem?: RecordProblem }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    let problem: RecordProblem | undefined;
    // row.values is 1-based and sparse: index 0 is always empty.
    const values = row.values as Cell[];
    for (let c = 1; c < values.length; c++) {
      const value = values[c];
      fields.push(cellText(value));
      if (problem) continue;
      const range = merged.get(`${rowNumber}:${c}`);
      if (range) problem = { reasonCode: 'merged_cells', reason: `${where}, cells ${range} are merged: every cell of the range would read the value of its first; unmerge them and fill in each cell` };
      else if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && !('result' in value && value.result !== undefined))
        problem = {
          reasonCode: 'formula_without_result',
          reason: `${where}, cell ${row.getCell(c).address} holds the formula =${'formula' in value ? value.formula : value.sharedFormula} without a saved result; open and save the file in a spreadsheet program, or type the value`,
        };
    }
    while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
    if (fields.length > 0) rows.push({ line: rowNumber, fields, problem });
  });
  // A row is only as wide as its last filled cell: pad it to the header's width, as a CSV row would be.
  const width = rows[0]?.fields.length ?? 0;
  return rows.map(({ line, fields, problem }) => {
    while (fields.length < width) fields.push('');
    const record: CsvRecord = { line, fields, raw: fields.map(csvField).join(','), sheet: sheet.name };
    if (problem) record.problem = problem;
    return record;
  });
}
