import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attInitialAdapter } from '../../src/pipeline/adapters/attInitial.ts';
import { decodeText, parseCsv } from '../../src/pipeline/kit/csv.ts';
import { normalizeInitial, type NormalizedInitialSource } from '../../src/pipeline/initialNormalize.ts';
import type { SourceFile } from '../../src/pipeline/types.ts';
import type { StateResolver } from '../../src/reference/stateResolver.ts';
import { INITIAL_QUESTIONS } from '../../src/reference/initialQuestions.ts';
import { initialAnswers } from '../../src/schema/initialAnswers.ts';
import { initialReports } from '../../src/schema/initialReports.ts';

const dir = join(import.meta.dirname, '../fixtures/att-initial');
const file = (name: string, as = name): SourceFile => ({ name: as, bytes: new Uint8Array(readFileSync(join(dir, name))) });

/** Synthetic resolver: the three fixture States by name, 'na' as not stated, anything else unknown. */
const states: StateResolver = {
  resolve(name) {
    const known: Record<string, string> = { Norway: 'NOR', Peru: 'PER', Chile: 'CHL' };
    if (name === 'na') return { iso3: null, via: 'not-stated' };
    return known[name] ? { iso3: known[name]!, via: 'name' } : null;
  },
};

const run = async (files: SourceFile[]) => normalizeInitial(await attInitialAdapter.parse(files), { states, questions: INITIAL_QUESTIONS });
const reconciles = (n: NormalizedInitialSource) => expect(n.rowsRead).toBe(n.rowsLoaded + n.rejects.length);

describe('initial normalize: two States, one with an update', async () => {
  const n = await run(['norway-initial-v1.csv', 'norway-initial-v2.csv', 'peru-initial-v1.csv'].map((f) => file(f)));

  it('keeps both versions of the Norwegian report, the update pointing to the version it supersedes', () => {
    expect(n.reports).toEqual([
      {
        report_id: 'att-initial:NOR:initial:v1',
        reporter_iso3: 'NOR',
        reporter_name: 'Norway',
        version: 1,
        report_date: '2099-03-01',
        is_public: true,
        is_update: false,
        supersedes_report_id: null,
        answers: 6,
        source_file: 'norway-initial-v1.csv',
      },
      {
        report_id: 'att-initial:NOR:initial:v2',
        reporter_iso3: 'NOR',
        reporter_name: 'Norway',
        version: 2,
        report_date: '2099-09-15',
        is_public: true,
        is_update: true,
        supersedes_report_id: 'att-initial:NOR:initial:v1',
        answers: 3,
        source_file: 'norway-initial-v2.csv',
      },
      {
        report_id: 'att-initial:PER:initial:v1',
        reporter_iso3: 'PER',
        reporter_name: 'Peru',
        version: 1,
        report_date: null,
        is_public: false,
        is_update: false,
        supersedes_report_id: null,
        answers: 2,
        source_file: 'peru-initial-v1.csv',
      },
    ]);
  });

  it('writes one answer row per report and question, with catalogue ids and the source line', () => {
    expect(n.answers).toHaveLength(11);
    expect(n.answers.filter((a) => a.report_id === 'att-initial:NOR:initial:v2').map((a) => [a.question_id, a.answer, a.source_line])).toEqual([
      ['A1.1f', 'yes', 2],
      ['B2', 'yes', 3],
      ['A1.3h', 'yes', 4],
    ]);
    expect(n.answers.find((a) => a.report_id === 'att-initial:NOR:initial:v1' && a.question_id === 'B2')).toEqual({
      report_id: 'att-initial:NOR:initial:v1',
      question_id: 'B2',
      answer: 'partial',
      text: 'SYNTHETIC: list published in part; <b>not HTML</b> & "quoted"',
      source_file: 'norway-initial-v1.csv',
      source_line: 6,
    });
  });

  it('gives every answer a report and every row a valid shape for its table', () => {
    const ids = new Set(n.reports.map((r) => r.report_id));
    expect(n.answers.every((a) => ids.has(a.report_id))).toBe(true);
    for (const r of n.reports) expect(initialReports.row.safeParse(r).success).toBe(true);
    for (const a of n.answers) expect(initialAnswers.row.safeParse(a).success).toBe(true);
  });

  it('loads every row', () => {
    expect(n).toMatchObject({ rowsRead: 12, rowsLoaded: 12, rejects: [] });
  });
});

describe('initial normalize: rejects', async () => {
  const n = await run(['chile-initial-v1.csv', 'utopia-initial-v1.csv'].map((f) => file(f)));
  const reject = (f: string, line: number) => n.rejects.find((r) => r.file === f && r.line === line);

  it('rejects an unknown question id, naming it and its line', () => {
    expect(reject('chile-initial-v1.csv', 3)).toEqual({
      file: 'chile-initial-v1.csv',
      line: 3,
      reasonCode: 'unknown_question',
      raw: ',,,,A9.9,yes,SYNTHETIC: no such question',
      reason: "question_id 'A9.9' on line 3 is not in the catalogue of initial-report questions (src/reference/initialQuestions.ts)",
    });
  });

  it('rejects a question answered twice in one report, keeping the first', () => {
    expect(reject('chile-initial-v1.csv', 5)).toMatchObject({ reasonCode: 'duplicate_question', reason: 'question A1.1a is answered twice in this report: first on line 2, again on line 5' });
    expect(n.answers.filter((a) => a.question_id === 'A1.1a').map((a) => [a.answer, a.source_line])).toEqual([['yes', 2]]);
  });

  it('rejects every row of a report whose State is unknown, and lists the name', () => {
    expect(n.rejects.filter((r) => r.file === 'utopia-initial-v1.csv').map((r) => [r.line, r.reasonCode])).toEqual([
      [2, 'unknown_country'],
      [3, 'unknown_country'],
    ]);
    expect(reject('utopia-initial-v1.csv', 2)!.reason).toContain("reporting State 'Utopia'");
    expect(n.unresolvedNames).toEqual(new Map([['Utopia', 2]]));
    expect(n.reports.map((r) => r.reporter_iso3)).toEqual(['CHL']);
  });

  it('keeps the adapter’s rejects and counts each line once: rows read = loaded + rejected', () => {
    expect(n.rejects.filter((r) => r.file === 'chile-initial-v1.csv').map((r) => [r.line, r.reasonCode])).toEqual([
      [3, 'unknown_question'],
      [4, 'bad_answer'],
      [5, 'duplicate_question'],
      [6, 'title_conflict'],
      [7, 'missing_answer'],
      [8, 'missing_question'],
      [9, 'wrong_column_count'],
      [10, 'title_conflict'],
    ]);
    expect(n.reports[0]).toMatchObject({ report_id: 'att-initial:CHL:initial:v1', answers: 2 });
    expect(n).toMatchObject({ rowsRead: 12, rowsLoaded: 2 });
    reconciles(n);
  });

  it('rejects a report whose State is given as not stated', async () => {
    const bytes = new TextEncoder().encode('reporting_state,version,report_date,public_report,question_id,answer,text\nna,1,,,A1.1a,yes,\n');
    const m = await run([{ name: 'na.csv', bytes }]);
    expect(m.rejects.map((r) => [r.line, r.reasonCode])).toEqual([[2, 'unknown_country']]);
    expect(m).toMatchObject({ reports: [], answers: [], rowsRead: 1, rowsLoaded: 0 });
  });

  it('does not count twice a title row the adapter already rejected, when the State then proves unknown', async () => {
    const bytes = new TextEncoder().encode('reporting_state,version,report_date,public_report,question_id,answer,text\nUtopia,1,,,A1.1a,perhaps,\n,,,,A1.1b,yes,\n');
    const m = await run([{ name: 'u.csv', bytes }]);
    expect(m.rejects.map((r) => [r.line, r.reasonCode])).toEqual([
      [2, 'bad_answer'],
      [3, 'unknown_country'],
    ]);
    expect(m).toMatchObject({ rowsRead: 2, rowsLoaded: 0 });
  });
});

describe('initial normalize: versions', () => {
  it('rejects a second file with the same State and version as a duplicate, not an update', async () => {
    const n = await run([file('norway-initial-v1.csv'), file('norway-initial-v1.csv', 'norway-copy.csv')]);
    expect(n.reports.map((r) => r.source_file)).toEqual(['norway-initial-v1.csv']);
    const dup = n.rejects.filter((r) => r.file === 'norway-copy.csv');
    expect(dup.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(new Set(dup.map((r) => r.reasonCode))).toEqual(new Set(['duplicate_report']));
    expect(dup[0]!.reason).toBe('norway-initial-v1.csv already holds version 1 of the initial report of NOR; an update needs a higher version');
    expect(n).toMatchObject({ rowsRead: 12, rowsLoaded: 6 });
  });

  it('orders versions by number, whatever the file order, and marks an update without its earlier version as such', async () => {
    const both = await run([file('norway-initial-v2.csv'), file('norway-initial-v1.csv')]);
    expect(both.reports.map((r) => [r.version, r.supersedes_report_id])).toEqual([
      [1, null],
      [2, 'att-initial:NOR:initial:v1'],
    ]);
    const alone = await run([file('norway-initial-v2.csv')]);
    expect(alone.reports.map((r) => [r.version, r.is_update, r.supersedes_report_id])).toEqual([[2, true, null]]);
  });
});

describe('initial normalize: CSV and XLSX', () => {
  it('gives identical rows for the same report transcribed as CSV and as XLSX', async () => {
    const records = parseCsv(decodeText(file('norway-initial-v1.csv').bytes), 'norway-initial-v1.csv');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Report');
    records.forEach((r, i) => {
      const values: (string | number | Date | null)[] = r.fields.map((f) => (f === '' ? null : f));
      if (i > 0 && r.fields[1]) values[1] = Number(r.fields[1]);
      if (i > 0 && r.fields[2]) values[2] = new Date(`${r.fields[2]}T00:00:00Z`);
      sheet.addRow(values);
    });
    const xlsxBytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const csv = await run([file('norway-initial-v1.csv')]);
    const xlsx = await run([{ name: 'norway-initial-v1.xlsx', bytes: xlsxBytes }]);
    const noFile = <T extends { source_file: string }>(rows: T[]) => rows.map(({ source_file: _f, ...rest }) => rest);
    expect(noFile(xlsx.reports)).toEqual(noFile(csv.reports));
    expect(noFile(xlsx.answers)).toEqual(noFile(csv.answers));
    expect(xlsx.answers).toHaveLength(6);
    expect(xlsx.reports[0]!.source_file).toBe('norway-initial-v1.xlsx');
  });
});

describe('initial normalize: untrusted text (issue 15, item 5)', () => {
  const csv = (rows: string[]) => ({ name: 'x-initial-v1.csv', bytes: new TextEncoder().encode(['reporting_state,version,report_date,public_report,question_id,answer,text', ...rows].join('\n')) });

  it('resolves a reporting State written with a bidi control, stores the name without it and records it', async () => {
    const n = await run([csv(['\u202ENorway,1,,yes,A1.1a,yes,SYNTHETIC'])]);
    expect(n.reports.map((r) => [r.reporter_iso3, r.reporter_name])).toEqual([['NOR', 'Norway']]);
    expect([...n.cleanedNames]).toEqual([['\u202ENorway', 1]]);
  });

  it('cuts an answer text of 100,000 characters to the cap, marked, and keeps the answer', async () => {
    const n = await run([csv([`Norway,1,,yes,A1.1a,yes,${'w'.repeat(100_000)}`])]);
    expect(n.answers).toHaveLength(1);
    expect(n.answers[0]!.text!.length).toBeLessThanOrEqual(4000);
    expect(n.answers[0]!.text).toMatch(/\[cut by the portal: 100000 characters in the source\]$/);
    expect(n.textsCut).toBe(1);
  });
});
