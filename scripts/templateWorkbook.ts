/**
 * What the transcription templates (annual and initial reports) have in common: a workbook with
 * stable metadata, a first "Report" sheet holding the header row with drop-down lists on coded
 * columns, help sheets in EN/FR/ES, and writing the files through a temporary name. Each template
 * script only says which columns, questions and rules it carries.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Translated } from '../src/schema/columns.ts';

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ATT transparency portal';
  // A fixed date, so that the workbook's metadata does not change with every build.
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  return wb;
}

export interface EntryColumn {
  name: string;
  /** Values offered in a drop-down list; free text when absent. */
  list?: readonly string[];
  width?: number;
}

/**
 * Adds the sheet transcribers fill in. It must stay the workbook's first sheet: the adapters read the
 * first worksheet. `rows` rows under the header carry the drop-down lists.
 */
export function addReportSheet(wb: ExcelJS.Workbook, columns: readonly EntryColumn[], rows: number): void {
  const report = wb.addWorksheet('Report', { views: [{ state: 'frozen', ySplit: 1 }] });
  report.addRow(columns.map((c) => c.name)).font = { bold: true };
  columns.forEach((c, i) => {
    report.getColumn(i + 1).width = c.width ?? Math.max(14, c.name.length + 4);
    if (!c.list) return;
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      error: `${c.name}: ${c.list.join(', ')}`,
    };
    for (let r = 2; r <= rows + 1; r++) report.getCell(r, i + 1).dataValidation = validation;
  });
}

/** Adds a help sheet: bold, frozen header, wrapped rows. */
export function addHelpSheet(wb: ExcelJS.Workbook, name: string, header: readonly { header: string; width: number }[], rows: readonly (string | number)[][]): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ ...h }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r).alignment = { wrapText: true, vertical: 'top' };
  return sheet;
}

/** The three language columns of a help sheet. */
export const LANGUAGE_COLUMNS = [
  { header: 'English', width: 60 },
  { header: 'Français', width: 60 },
  { header: 'Español', width: 60 },
] as const;

export const inLanguages = (t: Translated): string[] => [t.en, t.fr, t.es];

/** Writes each file into `dir` through a temporary file, then renames it. Returns the paths. */
export async function writeFilesAtomically(dir: string, files: readonly [string, string | Uint8Array][]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
    paths.push(path);
  }
  return paths;
}

/** The command line of a template script: `node scripts/<script> <outdir>`. */
export async function templateCli(script: string, write: (dir: string) => Promise<string[]>): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write(`usage: node scripts/${script} <outdir>\n`);
    process.exit(2);
  }
  for (const p of await write(resolve(dir))) process.stderr.write(`wrote ${p}\n`);
}
