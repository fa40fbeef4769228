import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attAnnualAdapter } from '../../../src/pipeline/adapters/attAnnual.ts';
import { canonicalCategoryCode } from '../../../src/reference/categoryLookup.ts';
import { ATT_ANNUAL_COLUMNS, ATT_ANNUAL_HEADER } from '../../../src/pipeline/attAnnualFormat.ts';
import { CsvError, parseCsv } from '../../../src/pipeline/kit/csv.ts';
import type { ParsedSource, SourceFile } from '../../../src/pipeline/types.ts';
import { parseXlsx } from '../../../src/pipeline/kit/xlsx.ts';
import { TEMPLATE_CSV, TEMPLATE_XLSX, templateCsv, templateXlsx, writeTemplates } from '../../../scripts/writeTemplates.ts';

const dir = join(import.meta.dirname, '../../fixtures/att-annual');
const file = (name: string, as = name): SourceFile => ({ name: as, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const parse = async (...names: string[]) => attAnnualAdapter.parse(names.map((n) => file(n)));
const lineOf = (name: string, line: number) => readFileSync(join(dir, name), 'utf8').split('\n')[line - 1];
const reconciles = (p: ParsedSource) => expect(p.rowsRead).toBe(p.rowsLoaded + p.rejects.length);

// The adapter writes ATT codes through the reference's one canonicaliser.
const canonicalCategory = (code: string) => canonicalCategoryCode('ATT', code);

describe('canonicalCategory', () => {
  it('writes Roman numerals in capitals and sub-categories with dots', () => {
    expect(canonicalCategory('iv')).toBe('IV');
    expect(canonicalCategory(' VIII ')).toBe('VIII');
    expect(canonicalCategory('viii b')).toBe('VIII.b');
    expect(canonicalCategory('VIII.A.1')).toBe('VIII.a.1');
    expect(canonicalCategory('VIII a 2')).toBe('VIII.a.2');
  });
  it('leaves any other code as written, for the category lookup to judge', () => {
    expect(canonicalCategory('8')).toBe('8');
    expect(canonicalCategory('Category VIII')).toBe('Category VIII');
  });
});

describe('att-annual adapter: a complete report', async () => {
  const p = await parse('norway-2099-v1.csv');

  it('is registered under its id and instrument', () => {
    expect(attAnnualAdapter.id).toBe('att-annual');
    expect(attAnnualAdapter.instrument).toBe('ATT_ANNUAL');
  });

  it('yields one report from the title page on the first data row', () => {
    expect(p.reports).toEqual([
      {
        file: 'norway-2099-v1.csv',
        line: 2,
        reportKey: 'Norway|2099|v1',
        reporterName: 'Norway',
        instrument: 'ATT_ANNUAL',
        reportType: 'annual',
        year: 2099,
        version: 1,
        submittedDate: '2100-05-31',
        isPublic: true,
        isNil: false,
        sensitiveWithheld: false,
        raw: 'Norway,2099,1,2100-05-31,no,yes,no,export,actual,II,11,1111111,NOK,Sweden,,,Synthetic armoured vehicles,SYNTHETIC TEST DATA',
      },
    ]);
  });

  it('yields one fact per table row, with direction, basis and names as written', () => {
    expect(p.facts).toHaveLength(5);
    expect(p.facts[0]).toEqual({
      file: 'norway-2099-v1.csv',
      line: 2,
      reportKey: 'Norway|2099|v1',
      reporterName: 'Norway',
      year: 2099,
      direction: 'export',
      partnerName: 'Sweden',
      categoryScheme: 'ATT',
      categoryCode: 'II',
      basis: 'actual',
      licences: null,
      items: 11,
      value: 1111111,
      currency: 'NOK',
      decisionDate: null,
      originName: null,
      intermediate: null,
      description: 'Synthetic armoured vehicles',
      comments: 'SYNTHETIC TEST DATA',
      raw: 'Norway,2099,1,2100-05-31,no,yes,no,export,actual,II,11,1111111,NOK,Sweden,,,Synthetic armoured vehicles,SYNTHETIC TEST DATA',
    });
    expect(p.facts[1]).toMatchObject({ line: 3, categoryCode: 'VIII.a.1', items: 222, value: null, currency: null, partnerName: 'Denmark', originName: 'Germany', intermediate: 'Iceland; Finland' });
  });

  it('accepts a repeated identical title page, grouped thousands, lower-case currency and category', () => {
    expect(p.facts[2]).toMatchObject({ line: 4, basis: 'authorized', categoryCode: 'VIII.b', value: 3333, currency: 'EUR', partnerName: 'Finland' });
  });

  it('reads import rows, quoted text and the British spelling of authorized', () => {
    expect(p.facts[3]).toMatchObject({ direction: 'import', partnerName: 'United States of America', value: 44444.5, description: 'Synthetic "quoted" description, with a comma' });
    expect(p.facts[4]).toMatchObject({ direction: 'import', basis: 'authorized', categoryCode: 'VIII', items: null, value: null });
  });

  it('loads every row', () => {
    expect(p.rejects).toEqual([]);
    expect(p.rowsRead).toBe(5);
    reconciles(p);
  });
});

describe('att-annual adapter: nil reports and amendments', () => {
  it('reads a nil report as a report with no facts, its one row loaded', async () => {
    const p = await parse('jamaica-2099-v1.csv');
    expect(p.facts).toEqual([]);
    expect(p.reports[0]).toMatchObject({ reportKey: 'Jamaica|2099|v1', isNil: true, isPublic: true, sensitiveWithheld: null, submittedDate: '2100-05-30' });
    expect(p.rowsLoaded).toBe(1);
    reconciles(p);
  });

  it('rejects a row in a table the title page declares nil, and keeps the other table', async () => {
    const p = await parse('peru-2099-v1.csv');
    expect(p.facts.map((f) => f.direction)).toEqual(['export']);
    expect(p.rejects).toMatchObject([{ line: 3, reasonCode: 'rows_in_nil_table' }]);
    expect(p.reports[0]).toMatchObject({ isNil: false, isPublic: false });
    reconciles(p);
  });

  it('rejects a transfer row in a nil report but keeps the report', async () => {
    const text = `${ATT_ANNUAL_HEADER.join(',')}\nJamaica,2099,1,,yes,,,export,actual,I,1,,,Peru,,,,\n`;
    const p = await attAnnualAdapter.parse([{ name: 'nil-with-row.csv', bytes: new TextEncoder().encode(text) }]);
    expect(p.reports[0]).toMatchObject({ isNil: true });
    expect(p.facts).toEqual([]);
    expect(p.rejects).toMatchObject([{ line: 2, reasonCode: 'rows_in_nil_report' }]);
    reconciles(p);
  });

  it('keeps an amended report as its own version next to the original', async () => {
    const p = await parse('norway-2099-v1.csv', 'norway-2099-v2.csv');
    expect(p.reports.map((r) => r.reportKey)).toEqual(['Norway|2099|v1', 'Norway|2099|v2']);
    expect(p.reports[1]).toMatchObject({ version: 2, submittedDate: '2100-09-30', file: 'norway-2099-v2.csv' });
    expect(p.facts.filter((f) => f.reportKey === 'Norway|2099|v2').map((f) => f.items)).toEqual([12, 4]);
    reconciles(p);
  });

  it('rejects every row of a second file holding the same State, year and version', async () => {
    const p = await attAnnualAdapter.parse([file('norway-2099-v1.csv'), file('norway-2099-v1.csv', 'norway-copy.csv')]);
    expect(p.reports).toHaveLength(1);
    expect(p.facts.every((f) => f.file === 'norway-2099-v1.csv')).toBe(true);
    expect(p.rejects).toHaveLength(5);
    expect(p.rejects.every((r) => r.file === 'norway-copy.csv' && r.reasonCode === 'duplicate_report')).toBe(true);
    expect(p.rejects[0]!.reason).toMatch(/norway-2099-v1\.csv already holds/);
    reconciles(p);
  });
});

describe('att-annual adapter: bad rows', async () => {
  const name = 'chile-2099-v1.csv';
  const p = await parse(name);

  it.each([
    [3, 'bad_table'],
    [4, 'bad_basis'],
    [5, 'negative_value'],
    [6, 'bad_number'],
    [7, 'missing_currency'],
    [8, 'bad_currency'],
    [9, 'missing_partner'],
    [10, 'conflicting_title_page'],
    [11, 'bad_date'],
    [12, 'bad_flag'],
    [13, 'missing_category'],
    [14, 'no_table_data'],
    [15, 'wrong_column_count'],
    [16, 'bad_number'],
    [17, 'missing_table'],
  ])('rejects line %i as %s, with its raw text', (line, code) => {
    const r = p.rejects.find((x) => x.line === line);
    expect(r?.reasonCode).toBe(code);
    expect(r?.file).toBe(name);
    expect(r?.raw).toBe(lineOf(name, line));
  });

  it('names the conflicting column and both values', () => {
    expect(p.rejects.find((r) => r.line === 10)!.reason).toBe("calendar_year is '2098' here but '2099' on the title page (line 2); a file holds one report");
  });

  it('loads the good rows around the bad ones, a repeated title page in another language included', () => {
    expect(p.facts.map((f) => f.line)).toEqual([2, 18, 19]);
    expect(p.facts[1]).toMatchObject({ partnerName: 'Korea, Republic of', categoryCode: 'VII', items: 7 });
    expect(p.reports).toHaveLength(1);
  });

  it('skips a row of empty cells, as a blank line, and counts every other row', () => {
    expect(lineOf(name, 20)).toBe(',,,,,,,,,,,,,,,,,');
    expect(p.rejects.find((r) => r.line === 20)).toBeUndefined();
    expect(p.rowsRead).toBe(18);
  });

  it('reconciles rows read with loaded and rejected', () => {
    expect(p.rowsRead).toBe(18);
    expect(p.rejects).toHaveLength(15);
    reconciles(p);
  });

  it('rejects every row when the title page is unusable, and yields no report', async () => {
    const q = await parse('broken-no-title.csv');
    expect(q.reports).toEqual([]);
    expect(q.facts).toEqual([]);
    expect(q.rejects.map((r) => [r.line, r.reasonCode])).toEqual([
      [2, 'missing_title_page'],
      [3, 'no_title_page'],
      [4, 'no_title_page'],
    ]);
    reconciles(q);
  });
});

describe('att-annual adapter: broken files stop the build', () => {
  it.each([
    ['broken-semicolon.csv', /broken-semicolon\.csv:1: .*seems to use ';'/],
    ['broken-truncated.csv', /broken-truncated\.csv:2: unterminated quoted field/],
    ['broken-missing-column.csv', /broken-missing-column\.csv:1: missing column\(s\): basis/],
    ['broken-extra-column.csv', /broken-extra-column\.csv:1: unknown column\(s\): notes/],
    ['broken-header-only.csv', /broken-header-only\.csv:1: the file has a header but no data rows/],
  ])('%s', async (name, message) => {
    await expect(parse(name)).rejects.toThrow(CsvError);
    await expect(parse(name)).rejects.toThrow(message);
  });

  it('refuses a file that is neither CSV nor XLSX, naming it', async () => {
    await expect(attAnnualAdapter.parse([{ name: 'report.ods', bytes: new Uint8Array([1, 2, 3]) }])).rejects.toThrow(/^report\.ods: not a \.csv or \.xlsx file/);
  });
});

/** The XLSX twin of a CSV transcription, with numbers as number cells and dates as date cells, as a person would type them. */
async function xlsxTwin(csvName: string): Promise<Uint8Array> {
  const records = parseCsv(readFileSync(join(dir, csvName), 'utf8'), csvName);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Report');
  for (const r of records) {
    ws.addRow(
      r.fields.map((f): ExcelJS.CellValue => {
        if (f === '') return null;
        if (/^\d+(\.\d+)?$/.test(f)) return Number(f);
        // Only a real date can be a date cell; "2100-02-30" stays text, as in a spreadsheet.
        const d = /^\d{4}-\d{2}-\d{2}$/.test(f) ? new Date(`${f}T00:00:00Z`) : null;
        if (d && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(f)) return d;
        return f;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('att-annual adapter: XLSX', () => {
  it.each(['norway-2099-v1.csv', 'chile-2099-v1.csv', 'jamaica-2099-v1.csv'])('gives the same facts, report and rejects for %s as an XLSX with typed cells', async (csvName) => {
    const xlsxName = csvName.replace(/\.csv$/, '.xlsx');
    const fromCsv = await parse(csvName);
    const fromXlsx = await attAnnualAdapter.parse([{ name: xlsxName, bytes: await xlsxTwin(csvName) }]);
    const strip = <T extends { file: string }>(xs: T[]) => xs.map((x) => ({ ...x, file: '' }));
    expect(strip(fromXlsx.facts)).toEqual(strip(fromCsv.facts));
    expect(strip(fromXlsx.reports)).toEqual(strip(fromCsv.reports));
    // Rejects agree on line and reason; a short CSV row has no XLSX equivalent (cells are padded), so its line is left out.
    const short = new Set(fromCsv.rejects.filter((r) => r.reasonCode === 'wrong_column_count').map((r) => r.line));
    const reasons = (p: ParsedSource) => p.rejects.filter((r) => !short.has(r.line)).map((r) => [r.line, r.reasonCode]);
    expect(reasons(fromXlsx)).toEqual(reasons(fromCsv));
    expect(fromXlsx.rowsRead).toBe(fromCsv.rowsRead);
    reconciles(fromXlsx);
  });
});

describe('templates', () => {
  it('writes the CSV template as the header row of the format, nothing else', () => {
    expect(templateCsv()).toBe(`${ATT_ANNUAL_COLUMNS.map((c) => c.name).join(',')}\n`);
    expect(parseCsv(templateCsv(), TEMPLATE_CSV)).toHaveLength(1);
  });

  it('writes the XLSX template with the same header on its first sheet and no data rows', async () => {
    const records = await parseXlsx(await templateXlsx(), TEMPLATE_XLSX);
    expect(records).toHaveLength(1);
    expect(records[0]!.fields).toEqual([...ATT_ANNUAL_HEADER]);
  });

  it('describes every column in English, French and Spanish on the Instructions sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const help = wb.getWorksheet('Instructions')!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Report', 'Instructions']);
    for (const [i, c] of ATT_ANNUAL_COLUMNS.entries()) {
      const row = help.getRow(i + 2);
      expect(row.getCell(1).value).toBe(c.name);
      expect([row.getCell(6).value, row.getCell(7).value, row.getCell(8).value]).toEqual([c.description.en, c.description.fr, c.description.es]);
      if (c.allowed) expect(row.getCell(4).value).toBe(c.allowed.join(', '));
    }
  });

  it('gives every column a description in all three languages and unique snake_case names', () => {
    expect(new Set(ATT_ANNUAL_HEADER).size).toBe(ATT_ANNUAL_HEADER.length);
    for (const c of ATT_ANNUAL_COLUMNS) {
      expect(c.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      for (const text of Object.values(c.description)) expect(text.length).toBeGreaterThan(10);
    }
  });

  it('is documented column by column in docs/att-annual-format.md, with the template item each mirrors', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/att-annual-format.md'), 'utf8');
    for (const c of ATT_ANNUAL_COLUMNS) {
      const row = doc.split('\n').find((l) => l.includes(`| \`${c.name}\` |`));
      expect(row, c.name).toBeDefined();
      expect(row).toContain(c.templateItem);
    }
  });

  it('writes both files into a folder, which the adapter refuses to read as a report', async () => {
    const out = await mkdtemp(join(tmpdir(), 'att-templates-'));
    try {
      const paths = await writeTemplates(out);
      expect(paths.map((p) => p.slice(out.length + 1))).toEqual([TEMPLATE_CSV, TEMPLATE_XLSX]);
      for (const p of paths) {
        const bytes = new Uint8Array(await readFile(p));
        await expect(attAnnualAdapter.parse([{ name: p, bytes }])).rejects.toThrow(/header but no data rows/);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
