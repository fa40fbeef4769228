/**
 * Checks a reader's own files with the pipeline's own stages, in any runtime: the browser's worker
 * (the "Your data" page) and `npm run check-file` run this one function, so both give the same
 * rejects for the same file. Each file's format is told by its header: an ATT annual or initial
 * report transcription (CSV or XLSX, the portal's formats) or a SIPRI trade-register export.
 * The adapters parse it, normalize resolves names and categories with the build's reference data,
 * and every row is loaded or rejected with its file, line and reason; a reject for an unknown name
 * or category carries the nearest known spellings as a hint.
 */
import { INITIAL_QUESTIONS } from '../reference/initialQuestions.ts';
import { SIPRI_CATEGORIES, sipriCrosswalk } from '../reference/sipriCategories.ts';
import { STATE_ALIASES } from '../reference/stateAliases.ts';
import type { InitialAnswerRow } from '../schema/initialAnswers.ts';
import type { InitialReportRow } from '../schema/initialReports.ts';
import type { ReportRow } from '../schema/reports.ts';
import { sipriDeliveries, type SipriDeliveryRow } from '../schema/sipriDeliveries.ts';
import type { TransferRow } from '../schema/transfers.ts';
import { ATT_ANNUAL_HEADER } from './attAnnualFormat.ts';
import { ATT_INITIAL_HEADER } from './attInitialFormat.ts';
import { attAnnualAdapter } from './adapters/attAnnual.ts';
import { attInitialAdapter } from './adapters/attInitial.ts';
import { isSipriRegister, sipriRegisterAdapter, type ParsedSipriDelivery } from './adapters/sipriRegister.ts';
import { decodeText } from './kit/csv.ts';
import { readRecords } from './kit/records.ts';
import { asNormalizedSource, normalizeInitial } from './initialNormalize.ts';
import { normalizeSource } from './normalize.ts';
import { REFERENCE } from './reference.ts';
import { suggest } from './suggest.ts';
import type { ParsedSource, Reject, SourceFile } from './types.ts';
import { USER_SOURCE_ID } from '../schema/userSource.ts';

/** The source id of every row read from a reader's file: never a published source. */
export { USER_SOURCE_ID };
/** transfer_id of a reader's rows starts here, far above any published row number. */
export const USER_TRANSFER_ID_BASE = 1_000_000_000;

export type FileFormat = 'att-annual' | 'att-initial' | 'sipri-register';

export interface FileSummary {
  file: string;
  format: FileFormat | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  /** Set when the file as a whole cannot be read (unknown format, bad header, encoding). */
  error: string | null;
}

/** A reject with the nearest known spellings of the name or code it did not know. */
export interface CheckedReject extends Reject {
  hint: string | null;
}

export interface UnknownName {
  name: string;
  lines: number;
  suggestions: string[];
}

export interface UserTables {
  transfers: TransferRow[];
  reports: ReportRow[];
  initial_reports: InitialReportRow[];
  initial_answers: InitialAnswerRow[];
  user_sipri_deliveries: SipriDeliveryRow[];
}

export interface FileCheck {
  files: FileSummary[];
  rejects: CheckedReject[];
  unknownNames: UnknownName[];
  tables: UserTables;
}

export type CheckStage = 'reading' | 'parsing' | 'resolving';

export interface CheckOptions {
  /** Today, for "in the future": injected so that tests do not depend on the clock. */
  now: Date;
  onProgress?: (stage: CheckStage, file: string) => void;
}

/** One line per reject, as the page and the CLI print it: `file line 14: reason — did you mean …?` */
export function rejectText(r: CheckedReject): string {
  return `${r.file} line ${r.line}: ${r.reason}${r.hint ? ` — ${r.hint}` : ''}`;
}

const resolver = REFERENCE.stateResolver(REFERENCE.states);
const lookup = REFERENCE.categoryLookup(REFERENCE.categories);
const STATE_NAMES = [...REFERENCE.states.map((s) => s.name_en), ...STATE_ALIASES.map((a) => a.name)];
const CODES_BY_SCHEME = new Map<string, string[]>();
for (const c of REFERENCE.categories) CODES_BY_SCHEME.set(c.scheme, [...(CODES_BY_SCHEME.get(c.scheme) ?? []), c.code]);

export async function checkFiles(files: readonly SourceFile[], opts: CheckOptions): Promise<FileCheck> {
  const out: FileCheck = { files: [], rejects: [], unknownNames: [], tables: { transfers: [], reports: [], initial_reports: [], initial_answers: [], user_sipri_deliveries: [] } };
  const unknown = new Map<string, number>();
  const nowYear = opts.now.getUTCFullYear();
  for (const file of files) {
    opts.onProgress?.('reading', file.name);
    const summary: FileSummary = { file: file.name, format: null, rowsRead: 0, rowsLoaded: 0, rowsRejected: 0, error: null };
    out.files.push(summary);
    try {
      summary.format = await formatOf(file);
      opts.onProgress?.('parsing', file.name);
      let counts: { rowsRead: number; rowsLoaded: number; rejects: Reject[]; unresolved: Map<string, number>; hints: Map<number, string> };
      if (summary.format === 'att-annual') {
        const parsed = rejectFutureReports(await attAnnualAdapter.parse([file]), nowYear);
        opts.onProgress?.('resolving', file.name);
        const n = normalizeSource(parsed, { sourceId: USER_SOURCE_ID, instrument: 'ATT_ANNUAL', states: resolver, categories: lookup, canonicalCode: REFERENCE.canonicalCode });
        const base = USER_TRANSFER_ID_BASE + out.tables.transfers.length;
        n.transfers.forEach((t, i) => out.tables.transfers.push({ transfer_id: base + i, ...t }));
        for (const r of n.reports) out.tables.reports.push(r);
        counts = { ...n, unresolved: n.unresolvedNames, hints: factHints(parsed, n.rejects, n.unresolvedNames) };
      } else if (summary.format === 'att-initial') {
        const parsed = await attInitialAdapter.parse([file]);
        opts.onProgress?.('resolving', file.name);
        const n = normalizeInitial(parsed, { sourceId: USER_SOURCE_ID, states: resolver, questions: INITIAL_QUESTIONS });
        for (const r of n.reports) out.tables.initial_reports.push(r);
        for (const a of n.answers) out.tables.initial_answers.push(a);
        for (const r of asNormalizedSource(n, { id: USER_SOURCE_ID }).reports) out.tables.reports.push(r);
        counts = { ...n, unresolved: n.unresolvedNames, hints: new Map() };
      } else {
        const parsed = sipriRegisterAdapter.parse([file]);
        opts.onProgress?.('resolving', file.name);
        counts = normalizeSipri(parsed.rows, parsed.rejects, out.tables.user_sipri_deliveries, nowYear);
        counts.rowsRead = parsed.rowsRead;
        counts.rowsLoaded = parsed.rowsRead - counts.rejects.length;
      }
      summary.rowsRead = counts.rowsRead;
      summary.rowsLoaded = counts.rowsLoaded;
      summary.rowsRejected = counts.rejects.length;
      for (const r of [...counts.rejects].sort((a, b) => a.line - b.line)) out.rejects.push({ ...r, hint: counts.hints.get(r.line) ?? null });
      for (const [name, lines] of counts.unresolved) unknown.set(name, (unknown.get(name) ?? 0) + lines);
    } catch (e) {
      // A file the readers refuse as a whole (format, header, encoding) fails alone; the others still load.
      summary.error = e instanceof Error ? e.message : String(e);
    }
  }
  out.unknownNames = [...unknown].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, lines]) => ({ name, lines, suggestions: suggest(name, STATE_NAMES, { names: true }) }));
  return out;
}

/** The format of a file, by its header line; anything else is an error naming the formats known. */
async function formatOf(file: SourceFile): Promise<FileFormat> {
  if (/\.csv$/i.test(file.name) && isSipriRegister(decodeText(file.bytes.subarray(0, 20_000), file.name).replace(/\uFFFD$/, ''))) return 'sipri-register';
  const records = await readRecords(file, 'Your files', 'docs/att-annual-format.md');
  const header = new Set((records[0]?.fields ?? []).map((f) => f.trim()));
  if (ATT_ANNUAL_HEADER.every((c) => header.has(c))) return 'att-annual';
  if (ATT_INITIAL_HEADER.every((c) => header.has(c))) return 'att-initial';
  throw new Error(`${file.name}: the first line is not the header of an ATT annual or initial report transcription (see the templates) nor of a SIPRI trade-register export`);
}

/**
 * A report for a year that has not ended yet cannot exist: its title line and every row of it are
 * rejected (a typing error, as a rule: 2031 for 2021).
 */
function rejectFutureReports(parsed: ParsedSource, nowYear: number): ParsedSource {
  const future = new Map(parsed.reports.filter((r) => r.year !== null && r.year > nowYear).map((r) => [r.reportKey, r]));
  if (future.size === 0) return parsed;
  const rejects = [...parsed.rejects];
  const lines = new Set(rejects.map((r) => `${r.file}\u0000${r.line}`));
  const add = (file: string, line: number, raw: string, year: number) => {
    const key = `${file}\u0000${line}`;
    if (lines.has(key)) return;
    lines.add(key);
    rejects.push({ file, line, raw, reasonCode: 'future_year', reason: `reporting year ${year} is in the future (this is ${nowYear}); a report covers a year that has ended` });
  };
  for (const r of future.values()) add(r.file, r.line, r.raw, r.year!);
  for (const f of parsed.facts) if (future.has(f.reportKey)) add(f.file, f.line, f.raw, f.year);
  return {
    ...parsed,
    facts: parsed.facts.filter((f) => !future.has(f.reportKey)),
    reports: parsed.reports.filter((r) => !future.has(r.reportKey)),
    rejects,
    rowsLoaded: parsed.rowsRead - rejects.length,
  };
}

/** Hints per rejected line: nearest category codes of the scheme, nearest State names. */
function factHints(parsed: ParsedSource, rejects: readonly Reject[], unresolved: ReadonlyMap<string, number>): Map<number, string> {
  const byLine = new Map(parsed.facts.map((f) => [f.line, f]));
  const hints = new Map<number, string>();
  for (const r of rejects) {
    const f = byLine.get(r.line);
    if (!f) continue;
    let options: string[] = [];
    if (r.reasonCode === 'unknown_category') options = suggest(f.categoryCode, CODES_BY_SCHEME.get(f.categoryScheme) ?? []);
    else if (r.reasonCode === 'unknown_country') {
      const name = [f.reporterName, f.partnerName, f.originName].find((n) => n !== null && unresolved.has(n));
      if (name) options = suggest(name, STATE_NAMES, { names: true });
    }
    if (options.length) hints.set(r.line, didYouMean(options));
  }
  return hints;
}

function didYouMean(options: readonly string[]): string {
  return `did you mean ${options.join(' or ')}?`;
}

/** SIPRI rows: supplier and recipient resolved like any name, the category crosswalked (approximately). */
function normalizeSipri(rows: readonly ParsedSipriDelivery[], adapterRejects: readonly Reject[], into: SipriDeliveryRow[], nowYear: number) {
  const rejects: Reject[] = [...adapterRejects];
  const unresolved = new Map<string, number>();
  const hints = new Map<number, string>();
  for (const r of rows) {
    const reject = (reasonCode: string, reason: string, options: string[] = []) => {
      rejects.push({ file: r.file, line: r.line, raw: r.raw, reasonCode, reason });
      if (options.length) hints.set(r.line, didYouMean(options));
    };
    const supplier = resolver.resolve(r.supplierName)?.iso3;
    const recipient = resolver.resolve(r.recipientName)?.iso3;
    const unknownName = !supplier ? r.supplierName : !recipient ? r.recipientName : null;
    if (unknownName !== null) {
      unresolved.set(unknownName, (unresolved.get(unknownName) ?? 0) + 1);
      reject('unknown_country', `${unknownName === r.supplierName ? 'Supplier' : 'Recipient'} '${unknownName}' is not a known State or territory name`, suggest(unknownName, STATE_NAMES, { names: true }));
      continue;
    }
    const cw = sipriCrosswalk(r.armamentCategory, r.description ?? '');
    if (!cw) {
      reject('unknown_category', `Armament category '${r.armamentCategory}' is not one of SIPRI's categories`, suggest(r.armamentCategory, SIPRI_CATEGORIES));
      continue;
    }
    if (r.deliveryYear > nowYear) {
      reject('future_year', `Delivery year ${r.deliveryYear} is in the future (this is ${nowYear})`);
      continue;
    }
    const row = {
      source_file: r.file,
      source_line: r.line,
      deal_id: r.dealId,
      supplier_iso3: supplier!,
      supplier_name: r.supplierName,
      recipient_iso3: recipient!,
      recipient_name: r.recipientName,
      designation: r.designation,
      description: r.description,
      armament_category: r.armamentCategory,
      att_category: cw.attCategory,
      att_match: cw.attMatch,
      order_year: r.orderYear,
      delivery_year: r.deliveryYear,
      numbers_delivered: r.delivered,
      delivered_estimate: r.deliveredEstimate,
      tiv_delivered: r.tivDelivered,
    } satisfies SipriDeliveryRow;
    const v = sipriDeliveries.row.safeParse(row);
    if (!v.success) {
      reject('invalid_value', `${v.error.issues[0]!.path.map(String).join('.')}: ${v.error.issues[0]!.message}`);
      continue;
    }
    into.push(row);
  }
  return { rowsRead: 0, rowsLoaded: 0, rejects, unresolved, hints };
}
