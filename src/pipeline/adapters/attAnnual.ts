/**
 * Adapter for ATT annual reports transcribed into the portal's format (src/pipeline/attAnnualFormat.ts):
 * one file per report, CSV or XLSX. Each file yields one report (its title page) and one fact per
 * table row, with names and category codes as written; the normalize stage resolves them.
 *
 * Every data row is either loaded or rejected with its line. The title page lives on the first data
 * row: when it is unusable, no row of the file can be attributed to a report, so all are rejected.
 */
import type { Basis, Direction } from '../../schema/codes.ts';
import { ATT_ANNUAL_HEADER, BASIS_VALUES, NIL_REPORT_VALUES, ROW_COLUMNS, TABLE_VALUES, TITLE_COLUMNS, type NilReport } from '../attAnnualFormat.ts';
import { canonicalCategoryCode } from '../../reference/categoryLookup.ts';
import { CsvError, type CsvRecord } from '../kit/csv.ts';
import { checkWidth, readHeader } from '../kit/header.ts';
import { readRecords as readTabular } from '../kit/records.ts';
import { need, rejectOf, RowReject } from '../kit/rowReject.ts';
import type { ParsedFact, ParsedReport, ParsedSource, Reject, SourceFile, TransferAdapter } from '../types.ts';
import { parseAmount, parseIsoDate, parseYear, parseYesNo, textOrNull, type Parsed } from '../kit/values.ts';

export const attAnnualAdapter: TransferAdapter = {
  id: 'att-annual',
  instrument: 'ATT_ANNUAL',
  async parse(files) {
    const out: ParsedSource = { facts: [], totals: [], reports: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
    const seen = new Map<string, string>();
    for (const file of files) {
      const parsed = parseReportFile(file.name, await readRecords(file));
      const earlier = parsed.report ? seen.get(parsed.report.reportKey) : undefined;
      if (parsed.report && earlier !== undefined) rejectDuplicate(parsed, earlier);
      if (parsed.report) seen.set(parsed.report.reportKey, file.name);
      // One by one: spreading a file's rows into push() overflows the stack past ~125,000 rows.
      for (const f of parsed.facts) out.facts.push(f);
      for (const r of parsed.rejects) out.rejects.push(r);
      if (parsed.report) out.reports.push(parsed.report);
      out.rowsRead += parsed.rowsRead;
      out.rowsLoaded += parsed.rowsRead - parsed.rejects.length;
    }
    return out;
  },
};

/** Reads a transcription by its extension; any other file in the folder is an error, not something to skip. */
export function readRecords(file: SourceFile): Promise<CsvRecord[]> {
  return readTabular(file, 'ATT annual transcriptions', 'docs/att-annual-format.md');
}

export interface ParsedReportFile {
  report: ParsedReport | null;
  facts: ParsedFact[];
  rejects: Reject[];
  rowsRead: number;
  /** Rows by line, to turn them into rejects when the whole file turns out to be a duplicate. */
  rows: Map<number, CsvRecord>;
}

interface TitlePage {
  state: string;
  year: number;
  version: number;
  submittedDate: string | null;
  nil: NilReport | null;
  isPublic: boolean | null;
  sensitive: boolean | null;
}

export function parseReportFile(file: string, records: CsvRecord[]): ParsedReportFile {
  const { index, width, rows } = readHeader(records, ATT_ANNUAL_HEADER, file, { exact: true });
  const headerRecord = records[0];
  // A record of empty fields only is what a spreadsheet exports for an empty row: no data, like a blank line.
  const dataRows = rows.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (dataRows.length === 0) throw new CsvError(file, headerRecord!.line, 'the file has a header but no data rows; a report needs at least its title page on the first data row');

  const result: ParsedReportFile = { report: null, facts: [], rejects: [], rowsRead: dataRows.length, rows: new Map() };
  const reject = (r: CsvRecord, e: RowReject) => result.rejects.push(rejectOf(file, r, e));
  // Each row's cells trimmed once, looked up by column name through a plain object (a million-row
  // file makes some forty lookups per row).
  const position: Record<string, number> = Object.fromEntries(ATT_ANNUAL_HEADER.map((c) => [c, index.get(c)!]));
  const cellsOf = (r: CsvRecord) => {
    const trimmed = r.fields.map((f) => f.trim());
    return (column: string) => trimmed[position[column]!] ?? '';
  };

  const first = dataRows[0]!;
  let title: TitlePage | null = null;
  let titleText: Map<string, string> | null = null;
  try {
    checkWidth(first, width);
    title = parseTitlePage(cellsOf(first));
    titleText = canonicalTitle(title);
  } catch (e) {
    if (!(e instanceof RowReject)) throw e;
    reject(first, e);
  }

  // Table cells of each loaded row → its line: a row repeated cell for cell would count one transfer twice.
  const loadedRows = new Map<string, number>();
  for (const row of dataRows) {
    result.rows.set(row.line, row);
    if (!title || !titleText) {
      if (row !== first) reject(row, new RowReject('no_title_page', `the title page (first data row, line ${first.line}) is unusable, so this row cannot be attributed to a report`));
      continue;
    }
    try {
      const get = cellsOf(row);
      if (row !== first) {
        checkWidth(row, width);
        checkTitleRepeat(get, titleText, first.line);
      }
      const hasTableData = ROW_COLUMNS.some((c) => get(c) !== '');
      if (!hasTableData) {
        if (row !== first) throw new RowReject('no_table_data', 'the row has no table data (only title-page cells, if any)');
        continue;
      }
      const reportKey = `${title.state}|${title.year}|v${title.version}`;
      const fact = parseTableRow(file, row, get, title, reportKey);
      if (title.nil === 'yes') throw new RowReject('rows_in_nil_report', 'the title page says this is a nil report (nil_report = yes), yet the row reports a transfer');
      if (title.nil === 'export' && fact.direction === 'export') throw new RowReject('rows_in_nil_table', 'the title page says the Exports table is nil (nil_report = export), yet the row reports an export');
      if (title.nil === 'import' && fact.direction === 'import') throw new RowReject('rows_in_nil_table', 'the title page says the Imports table is nil (nil_report = import), yet the row reports an import');
      const cells = ROW_COLUMNS.map(get).join('\u0000');
      const earlier = loadedRows.get(cells);
      if (earlier !== undefined)
        throw new RowReject('duplicate_row', `repeats line ${earlier} cell for cell (${ROW_COLUMNS.join(', ')}); loading both would count one transfer twice — if the report lists it twice, say why in comments`);
      loadedRows.set(cells, row.line);
      result.facts.push(fact);
    } catch (e) {
      if (!(e instanceof RowReject)) throw e;
      reject(row, e);
    }
  }

  if (title) {
    result.report = {
      file,
      line: first.line,
      raw: first.raw,
      reportKey: `${title.state}|${title.year}|v${title.version}`,
      reporterName: title.state,
      instrument: 'ATT_ANNUAL',
      reportType: 'annual',
      year: title.year,
      version: title.version,
      submittedDate: title.submittedDate,
      isPublic: title.isPublic,
      isNil: title.nil === null ? null : title.nil === 'yes',
      sensitiveWithheld: title.sensitive,
    };
  }
  return result;
}

/** A second file for the same State, year and version: its loaded rows become rejects, and it yields no report. */
function rejectDuplicate(parsed: ParsedReportFile, earlierFile: string): void {
  const report = parsed.report!;
  const rejected = new Set(parsed.rejects.map((r) => r.line));
  for (const [line, row] of parsed.rows) {
    if (rejected.has(line)) continue;
    parsed.rejects.push({
      file: report.file,
      line,
      reasonCode: 'duplicate_report',
      reason: `${earlierFile} already holds the report of ${report.reporterName} for ${report.year}, version ${report.version}; an amended report needs a higher version`,
      raw: row.raw,
    });
  }
  parsed.rejects.sort((a, b) => a.line - b.line);
  parsed.facts = [];
  parsed.report = null;
}

function parseTitlePage(get: (column: string) => string): TitlePage {
  const state = textOrNull(get('reporting_state'));
  if (!state) throw new RowReject('missing_title_page', 'reporting_state is empty: the first data row must carry the title page (reporting_state, calendar_year, version)');
  if (get('calendar_year') === '') throw new RowReject('missing_title_page', 'calendar_year is empty: the first data row must carry the title page');
  if (get('version') === '') throw new RowReject('missing_title_page', 'version is empty: the first data row must carry the title page');
  return {
    state,
    year: need(parseYear(get('calendar_year'), 'calendar_year')),
    version: need(parseVersion(get('version'))),
    submittedDate: need(parseIsoDate(get('submitted_date'), 'submitted_date')),
    nil: need(parseNilReport(get('nil_report'))),
    isPublic: need(parseYesNo(get('public_report'), 'public_report')),
    sensitive: need(parseYesNo(get('sensitive_withheld'), 'sensitive_withheld')),
  };
}

/** The title page as comparable text per column, so that a repeated cell compares by meaning ('oui' = 'yes'). */
function canonicalTitle(t: TitlePage): Map<string, string> {
  return new Map<string, string>([
    ['reporting_state', t.state],
    ['calendar_year', String(t.year)],
    ['version', String(t.version)],
    ['submitted_date', t.submittedDate ?? ''],
    ['nil_report', t.nil ?? ''],
    ['public_report', t.isPublic === null ? '' : t.isPublic ? 'yes' : 'no'],
    ['sensitive_withheld', t.sensitive === null ? '' : t.sensitive ? 'yes' : 'no'],
  ]);
}

/** Later rows may leave title cells blank or repeat them; a different value is a conflict. */
function checkTitleRepeat(get: (column: string) => string, title: Map<string, string>, firstLine: number): void {
  for (const column of TITLE_COLUMNS) {
    const s = get(column);
    if (s === '') continue;
    let value: string;
    switch (column) {
      case 'reporting_state':
        value = s;
        break;
      case 'calendar_year':
        value = String(need(parseYear(s, column)));
        break;
      case 'version':
        value = String(need(parseVersion(s)));
        break;
      case 'submitted_date':
        value = need(parseIsoDate(s, column)) ?? '';
        break;
      case 'nil_report':
        value = need(parseNilReport(s)) ?? '';
        break;
      default:
        value = need(parseYesNo(s, column)) ? 'yes' : 'no';
    }
    const expected = title.get(column) ?? '';
    if (value !== expected) throw new RowReject('conflicting_title_page', `${column} is '${s}' here but ${expected === '' ? 'empty' : `'${expected}'`} on the title page (line ${firstLine}); a file holds one report`);
  }
}

function parseVersion(s: string): Parsed<number> {
  const t = s.trim();
  if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > 999) return { ok: false, reasonCode: 'bad_version', reason: `version: '${t}' is not a whole number from 1 (original report) up` };
  return { ok: true, value: Number(t) };
}

function parseNilReport(s: string): Parsed<NilReport | null> {
  const t = s.trim().toLowerCase();
  if (t === 'export' || t === 'import') return { ok: true, value: t };
  const yn = parseYesNo(t, 'nil_report');
  if (yn.ok) return { ok: true, value: yn.value === null ? null : yn.value ? 'yes' : 'no' };
  return { ok: false, reasonCode: 'bad_flag', reason: `nil_report: '${s.trim()}' is not one of ${NIL_REPORT_VALUES.join(', ')}` };
}

function parseTableRow(file: string, row: CsvRecord, get: (column: string) => string, title: TitlePage, reportKey: string): ParsedFact {
  const table = get('table').toLowerCase();
  if (table === '') throw new RowReject('missing_table', 'table is empty: say export or import');
  if (!(TABLE_VALUES as readonly string[]).includes(table)) throw new RowReject('bad_table', `table: '${get('table')}' is not one of ${TABLE_VALUES.join(', ')}`);
  const basisText = get('basis')
    .toLowerCase()
    .replace(/^authorised$/, 'authorized');
  if (basisText === '') throw new RowReject('missing_basis', 'basis is empty: say authorized or actual');
  if (!(BASIS_VALUES as readonly string[]).includes(basisText)) throw new RowReject('bad_basis', `basis: '${get('basis')}' is not one of ${BASIS_VALUES.join(', ')}`);
  const category = get('category');
  if (category === '') throw new RowReject('missing_category', 'category is empty');
  const items = need(parseAmount(get('number_of_items'), 'number_of_items', { integer: true }));
  const value = need(parseAmount(get('value'), 'value'));
  const currency = textOrNull(get('currency'))?.toUpperCase() ?? null;
  if (value !== null && currency === null) throw new RowReject('missing_currency', 'value is given without a currency; add its ISO 4217 code');
  if (currency !== null && !/^[A-Z]{3}$/.test(currency)) throw new RowReject('bad_currency', `currency: '${get('currency')}' is not a three-letter ISO 4217 code`);
  const partner = textOrNull(get('partner_state'));
  if (partner === null) throw new RowReject('missing_partner', table === 'export' ? 'partner_state (final importing State) is empty' : 'partner_state (exporting State) is empty');
  return {
    file,
    line: row.line,
    raw: row.raw,
    reportKey,
    reporterName: title.state,
    year: title.year,
    direction: table as Direction,
    partnerName: partner,
    categoryScheme: 'ATT',
    categoryCode: canonicalCategoryCode('ATT', category),
    basis: basisText as Basis,
    licences: null,
    items,
    value,
    currency,
    decisionDate: null,
    originName: textOrNull(get('state_of_origin')),
    intermediate: textOrNull(get('intermediate_location')),
    description: textOrNull(get('description')),
    comments: textOrNull(get('comments')),
  };
}
