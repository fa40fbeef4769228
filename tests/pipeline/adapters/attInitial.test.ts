import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attInitialAdapter, parseVersion } from '../../../src/pipeline/adapters/attInitial.ts';
import type { ParsedInitialSource } from '../../../src/pipeline/types.ts';
import { answerOf, ATT_INITIAL_HEADER } from '../../../src/pipeline/attInitialFormat.ts';
import { CsvError, decodeText, parseCsv } from '../../../src/pipeline/kit/csv.ts';
import type { SourceFile } from '../../../src/pipeline/types.ts';
import { parseXlsx } from '../../../src/pipeline/kit/xlsx.ts';
import { INITIAL_QUESTIONS } from '../../../src/reference/initialQuestions.ts';
import { INITIAL_TEMPLATE_CSV, INITIAL_TEMPLATE_XLSX, initialTemplateCsv, initialTemplateXlsx, writeInitialTemplate } from '../../../scripts/writeInitialTemplate.ts';

const dir = join(import.meta.dirname, '../../fixtures/att-initial');
const file = (name: string, as = name): SourceFile => ({ name: as, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const parse = async (...names: string[]) => attInitialAdapter.parse(names.map((n) => file(n)));
const reconciles = (p: ParsedInitialSource) => expect(p.rowsRead).toBe(p.rowsLoaded + p.rejects.length);

/** Builds the XLSX twin of a CSV fixture: version as a number cell, report_date as a date cell, the rest as text. */
async function xlsxTwin(csvName: string): Promise<Uint8Array> {
  const records = parseCsv(decodeText(new Uint8Array(readFileSync(join(dir, csvName)))), csvName);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Report');
  records.forEach((r, i) => {
    const values: (string | number | Date | null)[] = r.fields.map((f) => (f === '' ? null : f));
    if (i > 0) {
      if (r.fields[1]) values[1] = Number(r.fields[1]);
      if (r.fields[2]) values[2] = new Date(`${r.fields[2]}T00:00:00Z`);
    }
    sheet.addRow(values);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('att-initial adapter: a complete report', async () => {
  const p = await parse('norway-initial-v1.csv');

  it('yields one report from the title columns of the first data row', () => {
    expect(p.reports).toEqual([
      {
        file: 'norway-initial-v1.csv',
        line: 2,
        reportKey: 'Norway|v1|norway-initial-v1.csv',
        reporterName: 'Norway',
        version: 1,
        reportDate: '2099-03-01',
        isPublic: true,
        raw: 'Norway,1,2099-03-01,yes,A1.1a,yes,SYNTHETIC: export control act of 2098 (invented)',
      },
    ]);
  });

  it('yields one answer per row, with question ids as written and the text kept verbatim', () => {
    expect(p.answers.map((a) => [a.line, a.questionId, a.answer, a.text])).toEqual([
      [2, 'A1.1a', 'yes', 'SYNTHETIC: export control act of 2098 (invented)'],
      [3, 'A1.1b', 'yes', null],
      [4, 'A1.1f', 'no', 'SYNTHETIC: brokering is not regulated, says the invented report'],
      [5, 'A1.3h', 'yes', null],
      [6, 'B2', 'partial', 'SYNTHETIC: list published in part; <b>not HTML</b> & "quoted"'],
      [7, 'A2.2', 'not_stated', null],
    ]);
    expect(new Set(p.answers.map((a) => a.reportKey))).toEqual(new Set([p.reports[0]!.reportKey]));
  });

  it('loads every row and rejects none', () => {
    expect(p.rejects).toEqual([]);
    expect(p).toMatchObject({ rowsRead: 6, rowsLoaded: 6 });
  });
});

describe('att-initial adapter: title-only first row and answer spellings', async () => {
  const p = await parse('peru-initial-v1.csv', 'norway-initial-v2.csv');

  it('accepts a first row with the title columns alone, counted as loaded', () => {
    expect(p.reports[0]).toMatchObject({ reporterName: 'Peru', version: 1, reportDate: null, isPublic: false, line: 2 });
    expect(p.answers.filter((a) => a.file === 'peru-initial-v1.csv').map((a) => a.line)).toEqual([3, 4]);
    expect(p).toMatchObject({ rowsRead: 6, rowsLoaded: 6 });
  });

  it('reads French and Spanish spellings of answers', () => {
    expect(p.answers.map((a) => a.answer)).toEqual(['yes', 'partial', 'yes', 'yes', 'yes']);
    expect(answerOf(' Partielle ')).toBe('partial');
    expect(answerOf('No indicado')).toBe('not_stated');
    expect(answerOf('maybe')).toBeNull();
  });

  it('reads an update as version 2 of its own', () => {
    expect(p.reports[1]).toMatchObject({ reporterName: 'Norway', version: 2, reportDate: '2099-09-15' });
  });
});

describe('att-initial adapter: bad rows', async () => {
  const p = await parse('chile-initial-v1.csv');
  const byLine = new Map(p.rejects.map((r) => [r.line, r]));

  it('rejects each malformed row with its line and reason', () => {
    expect(p.rejects.map((r) => [r.line, r.reasonCode])).toEqual([
      [4, 'bad_answer'],
      [6, 'title_conflict'],
      [7, 'missing_answer'],
      [8, 'missing_question'],
      [9, 'wrong_column_count'],
      [10, 'title_conflict'],
    ]);
    expect(byLine.get(4)!.reason).toContain("'maybe'");
    expect(byLine.get(6)!.reason).toBe("reporting_state is 'Peru' here but 'Chile' on the first data row (line 2); title columns must be blank or identical after the first row");
    expect(byLine.get(10)!.reason).toContain("version is '2' here but '1'");
    expect(byLine.get(9)!.raw).toBe(',,,,A1.1e,no,SYNTHETIC,one column too many');
  });

  it('leaves unknown and repeated question ids to normalize, which knows the catalogue', () => {
    expect(p.answers.map((a) => [a.line, a.questionId])).toEqual([
      [2, 'A1.1a'],
      [3, 'A9.9'],
      [5, 'A1.1a'],
      [11, 'A1.2a'],
    ]);
  });

  it('keeps rows read = loaded + rejected', () => {
    expect(p).toMatchObject({ rowsRead: 10, rowsLoaded: 4 });
    reconciles(p);
  });
});

describe('att-initial adapter: files that cannot be read as the format', () => {
  it('rejects every row when the first row has no reporting State', async () => {
    const p = await parse('broken-no-title.csv');
    expect(p.reports).toEqual([]);
    expect(p.answers).toEqual([]);
    expect(p.rejects.map((r) => [r.line, r.reasonCode])).toEqual([
      [2, 'missing_title_page'],
      [3, 'no_title_page'],
    ]);
    reconciles(p);
  });

  it('stops the build on a missing column, naming the file', async () => {
    await expect(parse('broken-missing-column.csv')).rejects.toThrow(CsvError);
    await expect(parse('broken-missing-column.csv')).rejects.toThrow(/broken-missing-column\.csv:1: missing column\(s\): text/);
  });

  it('stops the build on an unknown column or another file type', async () => {
    const extra = new TextEncoder().encode(`${ATT_INITIAL_HEADER.join(',')},notes\nNorway,1,,,A1.1a,yes,,x\n`);
    await expect(attInitialAdapter.parse([{ name: 'extra.csv', bytes: extra }])).rejects.toThrow(/unknown column\(s\): notes/);
    await expect(attInitialAdapter.parse([{ name: 'report.pdf', bytes: extra }])).rejects.toThrow(/not a \.csv or \.xlsx file/);
  });

  it('accepts versions 1 to 999 only', () => {
    expect(parseVersion('2')).toEqual({ ok: true, value: 2 });
    for (const bad of ['0', '-1', '1.5', 'v2', '1000', '']) expect(parseVersion(bad)).toMatchObject({ ok: false, reasonCode: 'bad_version' });
  });
});

describe('att-initial adapter: XLSX', () => {
  it('reads the XLSX twin of a CSV report into the same report and answers', async () => {
    const csv = await parse('norway-initial-v1.csv');
    const xlsx = await attInitialAdapter.parse([{ name: 'norway-initial-v1.xlsx', bytes: await xlsxTwin('norway-initial-v1.csv') }]);
    const strip = <T extends { file: string; reportKey: string; raw: string }>(rows: T[]) => rows.map(({ file: _f, reportKey: _k, raw: _r, ...rest }) => rest);
    expect(strip(xlsx.reports)).toEqual(strip(csv.reports));
    expect(strip(xlsx.answers)).toEqual(strip(csv.answers));
    expect(xlsx).toMatchObject({ rowsRead: 6, rowsLoaded: 6, rejects: [] });
  });
});

describe('initial-report template', () => {
  it('CSV is the header row only, and reads back as a header with no data', async () => {
    expect(initialTemplateCsv()).toBe('reporting_state,version,report_date,public_report,question_id,answer,text\n');
    await expect(attInitialAdapter.parse([{ name: 't.csv', bytes: new TextEncoder().encode(initialTemplateCsv()) }])).rejects.toThrow(/header but no data rows/);
  });

  it('XLSX has the format header first and lists every question with EN/FR/ES text and allowed answers', async () => {
    const bytes = await initialTemplateXlsx();
    const header = await parseXlsx(bytes, INITIAL_TEMPLATE_XLSX);
    expect(header.map((r) => r.fields)).toEqual([[...ATT_INITIAL_HEADER]]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Report', 'Questions', 'Columns']);
    const questions = wb.getWorksheet('Questions')!;
    const rows: string[][] = [];
    questions.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows[0]).toEqual(['question_id', 'section', 'articles', 'topic', 'allowed answers', 'English', 'Français', 'Español', 'wording / translation']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(INITIAL_QUESTIONS.map((q) => q.id));
    const a13d = rows.find((r) => r[0] === 'A1.3d')!;
    expect(a13d.slice(1, 5)).toEqual(['A', '2(1)(d), 5(2)', 'control_list', 'yes, no, partial, not_stated']);
    expect(a13d[6]).toContain('avions de combat');
    expect(a13d[7]).toContain('aeronaves de combate');
  });

  it('writes both files into a folder', async () => {
    const out = await mkdtemp(join(tmpdir(), 'att-initial-template-'));
    try {
      const paths = await writeInitialTemplate(out);
      expect(paths).toEqual([join(out, INITIAL_TEMPLATE_CSV), join(out, INITIAL_TEMPLATE_XLSX)]);
      expect(await readFile(paths[0]!, 'utf8')).toBe(initialTemplateCsv());
      expect((await parseXlsx(new Uint8Array(await readFile(paths[1]!)), INITIAL_TEMPLATE_XLSX))[0]!.fields).toEqual([...ATT_INITIAL_HEADER]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
