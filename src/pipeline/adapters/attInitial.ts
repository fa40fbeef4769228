/**
 * Adapter for ATT initial reports (Art. 13(1)) transcribed into the portal's format
 * (src/pipeline/attInitialFormat.ts): one file per report version, CSV or XLSX. Each file yields one
 * report (from the title columns of its first data row) and one answer per row, with the State name
 * and question ids as written; initialNormalize.ts resolves them against the States and the catalogue.
 *
 * Pure: files in, ParsedInitialSource out. Every data row is loaded or rejected with its line, so
 * rowsRead = rowsLoaded + rejects.length. A file that cannot be read as the format at all (wrong
 * delimiter, missing or unknown column, truncated) throws, which fails the build and names the file.
 */
import { INITIAL_ANSWERS } from '../../schema/initialAnswers.ts';
import { answerOf, ATT_INITIAL_HEADER, INITIAL_ROW_COLUMNS } from '../attInitialFormat.ts';
import { CsvError, type CsvRecord } from '../kit/csv.ts';
import { checkWidth, readHeader } from '../kit/header.ts';
import { readRecords } from '../kit/records.ts';
import { need, rejectOf, RowReject } from '../kit/rowReject.ts';
import type { InitialReportAdapter, ParsedInitialAnswer, ParsedInitialSource, SourceFile } from '../types.ts';
import { parseIsoDate, parseYesNo, textOrNull, type Parsed } from '../kit/values.ts';

export const attInitialAdapter: InitialReportAdapter = {
  id: 'att-initial',
  kind: 'initial',
  instrument: 'ATT_INITIAL',
  async parse(files) {
    const out: ParsedInitialSource = { reports: [], answers: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
    for (const file of files) {
      const parsed = parseInitialFile(file.name, await readInitialRecords(file));
      out.reports.push(...parsed.reports);
      out.answers.push(...parsed.answers);
      out.rejects.push(...parsed.rejects);
      out.rowsRead += parsed.rowsRead;
      out.rowsLoaded += parsed.rowsLoaded;
    }
    return out;
  },
};

/** Reads a transcription by its extension; any other file is an error, not something to skip silently. */
export function readInitialRecords(file: SourceFile): Promise<CsvRecord[]> {
  return readRecords(file, 'ATT initial-report transcriptions', 'docs/att-initial-format.md');
}

interface Title {
  state: string;
  version: number;
  reportDate: string | null;
  isPublic: boolean | null;
}

/** Parses one file already split into records (header first). */
export function parseInitialFile(file: string, records: CsvRecord[]): ParsedInitialSource {
  const { index, width, rows: records1 } = readHeader(records, ATT_INITIAL_HEADER, file, { exact: true });
  const header = records[0];
  // A record of empty fields only is what a spreadsheet exports for an empty row: no data, like a blank line.
  const rows = records1.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (rows.length === 0) throw new CsvError(file, header!.line, 'the file has a header but no data rows; a report needs at least its title columns on the first data row');

  const out: ParsedInitialSource = { reports: [], answers: [], rejects: [], rowsRead: rows.length, rowsLoaded: 0 };
  const cell = (r: CsvRecord, column: string) => (r.fields[index.get(column)!] ?? '').trim();
  const reject = (r: CsvRecord, e: RowReject) => out.rejects.push(rejectOf(file, r, e));
  const first = rows[0]!;

  let title: Title | null = null;
  try {
    checkWidth(first, width);
    title = parseTitle((c) => cell(first, c));
  } catch (e) {
    if (!(e instanceof RowReject)) throw e;
    reject(first, e);
  }
  const reportKey = title ? `${title.state}|v${title.version}|${file}` : '';
  if (title) {
    out.reports.push({ file, line: first.line, reportKey, reporterName: title.state, version: title.version, reportDate: title.reportDate, isPublic: title.isPublic, raw: first.raw });
  }

  for (const row of rows) {
    if (!title) {
      if (row !== first) reject(row, new RowReject('no_title_page', `the title columns on the first data row (line ${first.line}) are unusable, so this row cannot be attributed to a report`));
      continue;
    }
    try {
      if (row !== first) {
        checkWidth(row, width);
        checkTitleRepeat((c) => cell(row, c), title, first.line);
      }
      const hasAnswerData = INITIAL_ROW_COLUMNS.some((c) => cell(row, c) !== '');
      if (!hasAnswerData) {
        // The first row may carry the title columns alone; any later row must carry an answer.
        if (row !== first) throw new RowReject('no_answer_data', 'the row has no question_id, answer or text');
        continue;
      }
      out.answers.push(parseAnswer(file, row, (c) => cell(row, c), reportKey));
    } catch (e) {
      if (!(e instanceof RowReject)) throw e;
      reject(row, e);
    }
  }
  out.rowsLoaded = out.rowsRead - out.rejects.length;
  return out;
}

function parseTitle(get: (column: string) => string): Title {
  const state = textOrNull(get('reporting_state'));
  if (!state) throw new RowReject('missing_title_page', 'reporting_state is empty: the first data row must carry the title columns (reporting_state, version)');
  if (get('version') === '') throw new RowReject('missing_title_page', 'version is empty: the first data row must carry the title columns (reporting_state, version)');
  return {
    state,
    version: need(parseVersion(get('version'))),
    reportDate: need(parseIsoDate(get('report_date'), 'report_date')),
    isPublic: need(parseYesNo(get('public_report'), 'public_report')),
  };
}

/** 1 for the report as first submitted, 2 and up for updates; a whole number written without a sign. */
export function parseVersion(cell: string): Parsed<number> {
  const s = cell.trim();
  if (!/^\d{1,3}$/.test(s) || Number(s) < 1) return { ok: false, reasonCode: 'bad_version', reason: `version: '${s}' is not a whole number from 1 to 999 (1 = the report as first submitted, 2 and up = updates)` };
  return { ok: true, value: Number(s) };
}

/** Later rows leave the title columns blank or repeat them; any other value is a conflict, never a guess. */
function checkTitleRepeat(get: (column: string) => string, title: Title, firstLine: number): void {
  const conflict = (column: string, written: string, expected: string) =>
    new RowReject('title_conflict', `${column} is '${written}' here but '${expected}' on the first data row (line ${firstLine}); title columns must be blank or identical after the first row`);
  const state = get('reporting_state');
  if (state !== '' && state.replace(/\s+/g, ' ').toLowerCase() !== title.state.replace(/\s+/g, ' ').toLowerCase()) throw conflict('reporting_state', state, title.state);
  const version = get('version');
  if (version !== '') {
    const v = parseVersion(version);
    if (!v.ok || v.value !== title.version) throw conflict('version', version, String(title.version));
  }
  const date = get('report_date');
  if (date !== '') {
    const d = parseIsoDate(date, 'report_date');
    if (!d.ok || d.value !== title.reportDate) throw conflict('report_date', date, title.reportDate ?? '');
  }
  const pub = get('public_report');
  if (pub !== '') {
    const p = parseYesNo(pub, 'public_report');
    if (!p.ok || p.value !== title.isPublic) throw conflict('public_report', pub, title.isPublic === null ? '' : title.isPublic ? 'yes' : 'no');
  }
}

function parseAnswer(file: string, row: CsvRecord, get: (column: string) => string, reportKey: string): ParsedInitialAnswer {
  const questionId = get('question_id');
  if (questionId === '') throw new RowReject('missing_question', 'question_id is empty, yet the row has an answer or text');
  const written = get('answer');
  if (written === '') throw new RowReject('missing_answer', `answer is empty for question ${questionId}; write not_stated if the report does not answer it`);
  const answer = answerOf(written);
  if (!answer) throw new RowReject('bad_answer', `answer: '${written}' is not one of ${INITIAL_ANSWERS.join(', ')} (or their French or Spanish spellings)`);
  return { file, line: row.line, reportKey, questionId, answer, text: textOrNull(get('text')), raw: row.raw };
}
