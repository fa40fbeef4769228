/**
 * Every ATT reporting deadline of every State Party, for the calendar feeds: the initial report
 * (within one year of entry into force: the day before the anniversary, as in compliance.ts) and,
 * for each full calendar year of membership up to `throughYear`, the annual report due 31 May of the
 * next year and the end of the Secretariat's grace period. Same rules as the compliance analysis.
 */
import { GRACE_DAYS } from './compliance.ts';
import type { Query } from '../db/query.ts';

export interface DeadlineRow {
  iso3: string;
  kind: 'initial' | 'annual';
  /** The year an annual report covers; null for the initial report. */
  report_year: number | null;
  entry_into_force: string;
  due: string;
  /** Last day of the grace period (annual reports); null for the initial report. */
  grace_end: string | null;
}

/** Deadlines for reports covering years up to `throughYear` (the last due on 31 May of the year after). */
export function deadlinesQuery(throughYear: number): Query {
  const sql = `WITH parties AS (
  SELECT iso3, CAST(att_entry_into_force AS DATE) AS eif FROM states WHERE att_entry_into_force IS NOT NULL
),
annual AS (
  SELECT iso3, eif, year::INTEGER AS report_year FROM (
    SELECT p.iso3, p.eif, unnest(generate_series(year(p.eif), CAST(? AS INTEGER))) AS year FROM parties p
  ) WHERE eif <= make_date(year::INTEGER, 1, 1)
)
SELECT iso3, 'initial' AS kind, NULL::INTEGER AS report_year, CAST(eif AS VARCHAR) AS entry_into_force,
       CAST(CAST(eif + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE) AS VARCHAR) AS due, NULL::VARCHAR AS grace_end
  FROM parties
UNION ALL
SELECT iso3, 'annual', report_year, CAST(eif AS VARCHAR),
       CAST(make_date(report_year + 1, 5, 31) AS VARCHAR),
       CAST(CAST(make_date(report_year + 1, 5, 31) + INTERVAL ${GRACE_DAYS} DAY AS DATE) AS VARCHAR)
  FROM annual
 ORDER BY iso3, due, kind`;
  return { sql, params: [throughYear], tables: ['states'] };
}
