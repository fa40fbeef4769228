/**
 * Normalize stage for ATT initial reports: State names → ISO codes, question ids → catalogue ids,
 * versions → update chains, and every row checked against the zod schema of its table.
 *
 * Updates are versions, never overwrites: every version of a State's report stays, and a version
 * points to the highest lower version of the same State present in the data (supersedes_report_id).
 *
 * Counting is per source line, as in the adapter: a line rejected here was loaded there, so
 * rowsLoaded drops by one per line, and rows read = rows loaded + rows rejected still holds.
 */
import type { InitialQuestion } from '../reference/initialQuestions.ts';
import { questionLookup } from '../reference/initialQuestions.ts';
import { initialAnswers, type InitialAnswerRow } from '../schema/initialAnswers.ts';
import { initialReports, type InitialReportRow } from '../schema/initialReports.ts';
import type { ParsedInitialAnswer, ParsedInitialReport, ParsedInitialSource } from './types.ts';
import { reportIdFor, type NormalizedSource } from './normalize.ts';
import type { ReportRow } from '../schema/reports.ts';
import { capText, hasInvisible, stripInvisible } from './text.ts';
import type { Reject } from './types.ts';
import type { StateResolver } from '../reference/stateResolver.ts';

export interface InitialNormalizeContext {
  /** Source id used in report ids; 'att-initial' unless the source list names it otherwise. */
  sourceId?: string;
  states: StateResolver;
  questions: readonly InitialQuestion[];
}

export interface NormalizedInitialSource {
  sourceId: string;
  reports: InitialReportRow[];
  answers: InitialAnswerRow[];
  rejects: Reject[];
  rowsRead: number;
  rowsLoaded: number;
  /** State names no resolver knew, with how many lines each cost, for the build report. */
  unresolvedNames: Map<string, number>;
  /** Names as written that carried invisible characters (removed before resolving), with how often. */
  cleanedNames: Map<string, number>;
  /** Answer texts cut to MAX_TEXT (the cut is marked in the text). */
  textsCut: number;
}

interface Accepted {
  report: ParsedInitialReport;
  iso3: string;
  answers: ParsedInitialAnswer[];
}

export function normalizeInitial(parsed: ParsedInitialSource, ctx: InitialNormalizeContext): NormalizedInitialSource {
  const sourceId = ctx.sourceId ?? 'att-initial';
  const findQuestion = questionLookup(ctx.questions);
  const unresolvedNames = new Map<string, number>();
  const cleanedNames = new Map<string, number>();
  let textsCut = 0;
  const rejects: Reject[] = [...parsed.rejects];
  const rejected = new Set(parsed.rejects.map((r) => lineKey(r.file, r.line)));
  let newlyRejected = 0;

  const rejectLine = (file: string, line: number, raw: string, reasonCode: string, reason: string): boolean => {
    const key = lineKey(file, line);
    if (rejected.has(key)) return false;
    rejected.add(key);
    rejects.push({ file, line, reasonCode, reason, raw });
    newlyRejected++;
    return true;
  };
  /** Rejects every line of a report: its title row and its answer rows. Returns how many were newly rejected. */
  const rejectReport = (report: ParsedInitialReport, answers: ParsedInitialAnswer[], reasonCode: string, reason: string): number => {
    let n = rejectLine(report.file, report.line, report.raw, reasonCode, reason) ? 1 : 0;
    for (const a of answers) if (rejectLine(a.file, a.line, a.raw, reasonCode, reason)) n++;
    return n;
  };

  const answersByReport = new Map<string, ParsedInitialAnswer[]>();
  for (const a of parsed.answers) {
    const list = answersByReport.get(a.reportKey) ?? [];
    list.push(a);
    answersByReport.set(a.reportKey, list);
  }

  // Reports: resolve the State; a second file with the same State and version is a duplicate, not an update.
  const accepted: Accepted[] = [];
  const byVersion = new Map<string, Accepted>();
  for (const written of parsed.reports) {
    const answers = (answersByReport.get(written.reportKey) ?? []).sort((a, b) => a.line - b.line);
    // Bidi controls and zero-width characters would make the name display reversed or differ unseen.
    if (hasInvisible(written.reporterName)) cleanedNames.set(written.reporterName, (cleanedNames.get(written.reporterName) ?? 0) + 1);
    const report = { ...written, reporterName: stripInvisible(written.reporterName) };
    const resolution = ctx.states.resolve(report.reporterName);
    if (!resolution || resolution.iso3 === null) {
      const n = rejectReport(report, answers, 'unknown_country', `reporting State '${report.reporterName}' is not a known State or territory name (add it to the reviewed alias table if it is one)`);
      unresolvedNames.set(report.reporterName, (unresolvedNames.get(report.reporterName) ?? 0) + n);
      continue;
    }
    const key = `${resolution.iso3}|${report.version}`;
    const earlier = byVersion.get(key);
    if (earlier) {
      rejectReport(report, answers, 'duplicate_report', `${earlier.report.file} already holds version ${report.version} of the initial report of ${resolution.iso3}; an update needs a higher version`);
      continue;
    }
    const entry = { report, iso3: resolution.iso3, answers };
    byVersion.set(key, entry);
    accepted.push(entry);
  }

  // Answers: the question must be in the catalogue, and asked once per report.
  const answerRows = new Map<Accepted, InitialAnswerRow[]>();
  const reportId = (a: Accepted) => reportIdFor(sourceId, a.iso3, null, a.report.version);
  for (const entry of accepted) {
    const rows: InitialAnswerRow[] = [];
    const firstLine = new Map<string, number>();
    for (const a of entry.answers) {
      const question = findQuestion(a.questionId);
      if (!question) {
        rejectLine(a.file, a.line, a.raw, 'unknown_question', `question_id '${a.questionId}' on line ${a.line} is not in the catalogue of initial-report questions (src/reference/initialQuestions.ts)`);
        continue;
      }
      const seen = firstLine.get(question.id);
      if (seen !== undefined) {
        rejectLine(a.file, a.line, a.raw, 'duplicate_question', `question ${question.id} is answered twice in this report: first on line ${seen}, again on line ${a.line}`);
        continue;
      }
      firstLine.set(question.id, a.line);
      const text = a.text === null ? null : capText(a.text);
      if (text?.truncated) textsCut++;
      rows.push(initialAnswers.row.parse({ report_id: reportId(entry), question_id: question.id, answer: a.answer, text: text?.text ?? null, source_file: a.file, source_line: a.line }));
    }
    answerRows.set(entry, rows);
  }

  // Versions per State, lowest first: each version supersedes the highest lower version present.
  const reports: InitialReportRow[] = [];
  const byState = new Map<string, Accepted[]>();
  for (const entry of accepted) byState.set(entry.iso3, [...(byState.get(entry.iso3) ?? []), entry]);
  for (const versions of byState.values()) {
    versions.sort((a, b) => a.report.version - b.report.version);
    versions.forEach((entry, i) => {
      const previous = i > 0 ? versions[i - 1]! : null;
      reports.push(
        initialReports.row.parse({
          report_id: reportId(entry),
          reporter_iso3: entry.iso3,
          reporter_name: entry.report.reporterName,
          version: entry.report.version,
          report_date: entry.report.reportDate,
          is_public: entry.report.isPublic,
          is_update: entry.report.version > 1,
          supersedes_report_id: previous ? reportId(previous) : null,
          answers: answerRows.get(entry)!.length,
          source_file: entry.report.file,
        }),
      );
    });
  }
  reports.sort((a, b) => a.reporter_iso3.localeCompare(b.reporter_iso3) || a.version - b.version);
  const answers = [...answerRows.values()].flat().sort((a, b) => a.report_id.localeCompare(b.report_id) || a.source_line - b.source_line);
  rejects.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

  return { sourceId, reports, answers, rejects, rowsRead: parsed.rowsRead, rowsLoaded: parsed.rowsLoaded - newlyRejected, unresolvedNames, cleanedNames, textsCut };
}

function lineKey(file: string, line: number): string {
  return `${file}\u0000${line}`;
}

/**
 * An initial-report source in the shape the manifest and the reports table take: each version of a
 * State's initial report is also a row of `reports` (instrument ATT_INITIAL), so that compliance
 * queries find initial and annual reports in one place.
 */
export function asNormalizedSource(i: NormalizedInitialSource, spec: { id: string }): NormalizedSource {
  const reportRows: ReportRow[] = i.reports.map((r) => ({
    report_id: r.report_id,
    source_id: spec.id,
    instrument: 'ATT_INITIAL',
    report_type: 'initial',
    reporter_iso3: r.reporter_iso3,
    reporter_name: r.reporter_name,
    year: null,
    version: r.version,
    submitted_date: r.report_date,
    is_public: r.is_public,
    is_nil: null,
    sensitive_withheld: null,
    facts: 0,
    source_file: r.source_file,
  }));
  return {
    sourceId: i.sourceId,
    transfers: [],
    reports: reportRows,
    totals: [],
    rejects: i.rejects,
    rowsRead: i.rowsRead,
    rowsLoaded: i.rowsLoaded,
    unresolvedNames: i.unresolvedNames,
    cleanedNames: i.cleanedNames,
    textsCut: i.textsCut,
  };
}
