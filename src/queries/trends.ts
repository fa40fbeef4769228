/**
 * The queries behind the trend charts: values per year grouped by one dimension, kept apart per
 * source and currency (values in different currencies are never added together), and the number of
 * reporting States per year and instrument.
 */
import type { Query } from '../db/query.ts';
import { reports, states, transfers } from '../schema/index.ts';

/** Dimensions a trend can be split by; each maps to a fixed SQL expression (never user text). */
export const TREND_DIMS = {
  basis: 't.basis',
  att_category: 't.att_category',
  category: "t.category_scheme || ':' || t.category_code",
  reporter: 't.reporter_iso3',
  partner: 't.partner_iso3',
  region: 'p.region',
} as const;
export type TrendDim = keyof typeof TREND_DIMS;

export interface TrendRow {
  source_id: string;
  currency: string;
  basis: string;
  year: number;
  key: string | null;
  value: number;
  facts: number;
}

/** Export values per source, currency, basis, year and `dim`. */
export function valueByYearQuery(dim: TrendDim): Query {
  const join = dim === 'region' ? `LEFT JOIN ${states.name} p ON p.iso3 = t.partner_iso3` : '';
  return {
    sql: `SELECT t.source_id, t.currency, t.basis, t.year::INTEGER AS year, ${TREND_DIMS[dim]} AS key,
            sum(t.value)::DOUBLE AS value, count(*)::INTEGER AS facts
       FROM ${transfers.name} t ${join}
      WHERE t.direction = 'export' AND t.value IS NOT NULL AND t.currency IS NOT NULL
      GROUP BY ALL
      ORDER BY t.source_id, t.currency, t.basis, year, key`,
    params: [],
    tables: dim === 'region' ? [transfers.name, states.name] : [transfers.name],
  };
}

export interface ReportingRow {
  instrument: string;
  year: number;
  states: number;
}

/** Number of distinct reporting States per year and instrument (reports with a year). */
export function reportingByYearQuery(): Query {
  return {
    sql: `SELECT instrument, year::INTEGER AS year, count(DISTINCT reporter_iso3)::INTEGER AS states
       FROM ${reports.name}
      WHERE year IS NOT NULL AND reporter_iso3 IS NOT NULL
      GROUP BY ALL
      ORDER BY instrument, year`,
    params: [],
    tables: [reports.name],
  };
}
