/**
 * Summaries for the Data page: rejected rows by source and reason (with one example each), and
 * reconciliation of printed totals against their lines (counts by status, largest mismatches).
 */
import { dataDir } from './dataDir.ts';
import { hasTable, query } from './db.ts';

export interface RejectSummary {
  source_id: string;
  reason_code: string;
  rows: number;
  /** The reason of the first rejected row (plain English from the pipeline). */
  example_reason: string;
  example_file: string;
  example_line: number;
}

export async function rejectsSummary(dir = dataDir()): Promise<RejectSummary[]> {
  if (!hasTable('rejects', dir)) return [];
  return query<RejectSummary>(
    `SELECT source_id, reason_code, count(*)::INTEGER AS rows,
            arg_min(reason, source_file || lpad(source_line::VARCHAR, 10, '0')) AS example_reason,
            arg_min(source_file, source_file || lpad(source_line::VARCHAR, 10, '0')) AS example_file,
            arg_min(source_line, source_file || lpad(source_line::VARCHAR, 10, '0'))::INTEGER AS example_line
       FROM rejects GROUP BY source_id, reason_code
      ORDER BY source_id, rows DESC, reason_code`,
    [],
    dir,
  );
}

export interface ReconciliationStatusCount {
  source_id: string;
  status: string;
  totals: number;
}

export async function reconciliationByStatus(dir = dataDir()): Promise<ReconciliationStatusCount[]> {
  if (!hasTable('reconciliation', dir)) return [];
  return query<ReconciliationStatusCount>(
    `SELECT source_id, status, count(*)::INTEGER AS totals FROM reconciliation GROUP BY ALL ORDER BY source_id, status`,
    [],
    dir,
  );
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
export async function topMismatches(limit = 10, dir = dataDir()): Promise<Mismatch[]> {
  if (!hasTable('reconciliation', dir)) return [];
  return query<Mismatch>(
    `SELECT source_id, year::INTEGER AS year, reporter_iso3, reporter_name, partner_iso3, partner_name, category_code, measure,
            currency, reported_total, lines_sum, difference, source_file, source_line
       FROM reconciliation
      WHERE status = 'mismatch' AND lines_sum IS NOT NULL
      ORDER BY abs(difference) / greatest(abs(reported_total), abs(lines_sum), 1) DESC, abs(difference) DESC, source_file, source_line
      LIMIT ?`,
    [limit],
    dir,
  );
}
