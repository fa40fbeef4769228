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
import type { Basis, CategoryScheme, Direction, Instrument } from '../schema/codes.ts';

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

export interface ParsedSource {
  facts: ParsedFact[];
  totals: ParsedTotal[];
  reports: ParsedReport[];
  rejects: Reject[];
  /** Data rows read (header lines excluded). Must equal rowsLoaded + rejects.length. */
  rowsRead: number;
  /** Data rows that produced at least one fact, total, report or category. */
  rowsLoaded: number;
  /** Categories defined by the source itself (e.g. the UK ratings list), added to the categories table. */
  categories?: CategoryRow[];
}

/** An adapter reads the files of one source format. */
export interface Adapter {
  id: string;
  /** Default instrument for reports implied by facts (reports not given explicitly). */
  instrument: Instrument;
  parse(files: SourceFile[]): ParsedSource | Promise<ParsedSource>;
}
