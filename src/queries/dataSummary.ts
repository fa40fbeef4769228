/**
 * Summaries for the Data page: rejected rows by source and reason (with one example each), and
 * reconciliation of printed totals against their lines (counts by status, largest mismatches).
 */
import type { Query } from '../db/query.ts';
import { reconciliation, rejects } from '../schema/index.ts';

export interface RejectSummary {
  source_id: string;
  reason_code: string;
  rows: number;
  /** The reason of the first rejected row (plain English from the pipeline). */
  example_reason: string;
  example_file: string;
  example_line: number;
}

export function rejectsSummaryQuery(): Query {
  return {
    sql: `SELECT source_id, reason_code, count(*)::INTEGER AS rows,
            arg_min(reason, source_file || lpad(source_line::VARCHAR, 10, '0')) AS example_reason,
            arg_min(source_file, source_file || lpad(source_line::VARCHAR, 10, '0')) AS example_file,
            arg_min(source_line, source_file || lpad(source_line::VARCHAR, 10, '0'))::INTEGER AS example_line
       FROM ${rejects.name} GROUP BY source_id, reason_code
      ORDER BY source_id, rows DESC, reason_code`,
    params: [],
    tables: [rejects.name],
  };
}

export interface ReconciliationStatusCount {
  source_id: string;
  status: string;
  totals: number;
}

export function reconciliationByStatusQuery(): Query {
  return { sql: `SELECT source_id, status, count(*)::INTEGER AS totals FROM ${reconciliation.name} GROUP BY ALL ORDER BY source_id, status`, params: [], tables: [reconciliation.name] };
}

export interface Mismatch {
  source_id: string;
  year: number;
  reporter_iso3: string | null;
  reporter_name: string;
  partner_iso3: string | null;
  partner_name: string | null;
  category_code: string;
  measure: string;
  currency: string | null;
  reported_total: number;
  lines_sum: number;
  difference: number;
  source_file: string;
  source_line: number;
}

/**
 * The largest mismatches, ranked by difference relative to the printed total: absolute
 * differences in different currencies (or counts) cannot be ranked against each other.
 */
export function topMismatchesQuery(limit: number): Query {
  return {
    sql: `SELECT source_id, year::INTEGER AS year, reporter_iso3, reporter_name, partner_iso3, partner_name, category_code, measure,
            currency, reported_total, lines_sum, difference, source_file, source_line
       FROM ${reconciliation.name}
      WHERE status = 'mismatch' AND lines_sum IS NOT NULL
      ORDER BY abs(difference) / greatest(abs(reported_total), abs(lines_sum), 1) DESC, abs(difference) DESC, source_file, source_line
      LIMIT ?`,
    params: [limit],
    tables: [reconciliation.name],
  };
}
