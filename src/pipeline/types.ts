/**
 * The contract between the pipeline's stages.
 *
 *   fetch (sources.ts)  → bytes of each pinned file, sha256 verified
 *   parse (adapters/*)  → ParsedSource: facts, totals and reports with names as written, plus rejects
 *   normalize (normalize.ts) → names resolved to ISO codes, categories crosswalked; unresolvable rows rejected
 *     and every row checked against the zod schema of its table (normalize.ts, `validate`)
 *   publish (publish.ts)     → Parquet + manifest
 *
 * Adapters are pure: (files, options) → ParsedSource. They never resolve names or look up categories,
 * so that one shared, tested resolver does it for every source.
 */
import type { CategoryRow } from '../schema/categories.ts';
import type { InitialAnswer } from '../schema/initialAnswers.ts';
import type { Basis, CategoryScheme, Direction, Instrument } from '../schema/codes.ts';
import type { ParsedTreatyStatus } from './adapters/untcAttStatus.ts';

/** One input file as handed to an adapter. `name` is the file name used in provenance columns. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** A row that could not be loaded. `line` is 1-based and counts the header line. */
export interface Reject {
  file: string;
  line: number;
  reasonCode: string;
  reason: string;
  raw: string;
}

/** A reported fact with names and codes as written in the source (not yet resolved). */
export interface ParsedFact {
  file: string;
  line: number;
  /** Groups facts into reports: same key → same report. Usually reporter + year (+ version). */
  reportKey: string;
  reporterName: string;
  year: number;
  direction: Direction;
  partnerName: string | null;
  categoryScheme: CategoryScheme;
  categoryCode: string;
  basis: Basis;
  licences: number | null;
  items: number | null;
  value: number | null;
  currency: string | null;
  decisionDate: string | null;
  originName: string | null;
  intermediate: string | null;
  description: string | null;
  comments: string | null;
}

/** A total printed in a report, kept apart from facts and reconciled against them. */
export interface ParsedTotal {
  file: string;
  line: number;
  /** Reporter name as written, or null for a total over all reporters. */
  reporterName: string | null;
  /** Text the source used for the reporter column (kept for provenance even when reporterName is null). */
  reporterLabel: string;
  partnerName: string | null;
  year: number;
  /** 'Total' or a category code. */
  categoryCode: string;
  measure: 'licences' | 'licence_value' | 'export_value';
  currency: string | null;
  value: number;
  direction: Direction;
  basis: Basis;
  /**
   * A total over a set of lines rather than one partner (SECO's year Total line, its continent
   * subtotals): the lines of `file` it covers. partnerName is then null and partnerLabel says what
   * the source printed instead (e.g. 'Total', 'Europa').
   */
  coversLines?: number[];
  partnerLabel?: string;
}

/** Report-level metadata (title page of an ATT report, a UN Register participation year, …). */
export interface ParsedReport {
  file: string;
  line: number;
  reportKey: string;
  reporterName: string;
  instrument: Instrument;
  reportType: 'annual' | 'initial' | 'participation';
  year: number | null;
  version: number;
  submittedDate: string | null;
  isPublic: boolean | null;
  isNil: boolean | null;
  sensitiveWithheld: boolean | null;
}

/**
 * One item of a granted licence with its control-list entries, names and codes as written
 * (table licence_items; never a transfer). Each key of `controls` is one control list.
 */
export interface ParsedLicenceItem {
  file: string;
  line: number;
  reporterName: string;
  licenceNumber: string;
  decisionDate: string;
  partnerName: string;
  controls: Record<'ag' | 'mtcr' | 'nsg1' | 'nsg2' | 'wa' | 'ml' | 'gkvAnnex5' | 'chkv', string | null>;
  value: number;
  currency: string;
}

export interface ParsedSource {
  facts: ParsedFact[];
  totals: ParsedTotal[];
  reports: ParsedReport[];
  rejects: Reject[];
  /**
   * Data rows read (header lines excluded). Must equal rowsLoaded + rejects.length + the structural
   * lines counted below.
   */
  rowsRead: number;
  /**
   * Lines read that carry no data by design, by kind (title, repeated header, blank separator), for
   * sources that count every line of a flattened spreadsheet as read. Neither loaded nor rejected.
   */
  structural?: Record<string, number>;
  /** Data rows that produced at least one fact, total, report or category. */
  rowsLoaded: number;
  /** Licence items (licence_items table), for sources that list licences item by item. */
  licenceItems?: ParsedLicenceItem[];
  /** Categories defined by the source itself (e.g. the UK ratings list), added to the categories table. */
  categories?: CategoryRow[];
}

/** The title columns of a report version, as written (the State is not resolved yet). */
export interface ParsedInitialReport {
  file: string;
  /** The first data row, which carries the title columns. */
  line: number;
  /** Unique per file: groups the answers of one report. */
  reportKey: string;
  reporterName: string;
  version: number;
  reportDate: string | null;
  isPublic: boolean | null;
  raw: string;
}

export interface ParsedInitialAnswer {
  file: string;
  line: number;
  reportKey: string;
  /** As written (trimmed); the catalogue lookup happens in normalize. */
  questionId: string;
  answer: InitialAnswer;
  /** Untrusted text from the report: kept as written, rendered as text only. */
  text: string | null;
  raw: string;
}

export interface ParsedInitialSource {
  reports: ParsedInitialReport[];
  answers: ParsedInitialAnswer[];
  rejects: Reject[];
  /** Data rows read (header lines and empty rows excluded). Equals rowsLoaded + rejects.length. */
  rowsRead: number;
  rowsLoaded: number;
}

/** An adapter reads the files of one source format. */
interface AdapterBase {
  id: string;
  /** Default instrument for reports implied by facts (reports not given explicitly). */
  instrument: Instrument;
}

/** Sources of transfers, totals and reports (the default kind). */
export interface TransferAdapter extends AdapterBase {
  kind?: 'transfers';
  parse(files: SourceFile[]): ParsedSource | Promise<ParsedSource>;
}

/** Sources of initial reports: answers to the question catalogue, with tables of their own. */
export interface InitialReportAdapter extends AdapterBase {
  kind: 'initial';
  parse(files: SourceFile[]): ParsedInitialSource | Promise<ParsedInitialSource>;
}

/** The depositary's treaty status: participation facts that rebuild the ATT columns of `states`. */
export interface TreatyStatusAdapter extends AdapterBase {
  kind: 'treaty-status';
  parse(files: SourceFile[]): ParsedTreatyStatus | Promise<ParsedTreatyStatus>;
}

export type Adapter = TransferAdapter | InitialReportAdapter | TreatyStatusAdapter;
