/**
 * Build-time queries behind the trend charts: values per year grouped by one dimension, kept
 * apart per source and currency (values in different currencies are never added together), and
 * the number of reporting States per year and instrument.
 */
import { groupBy } from '../specs/series.ts';
import { dataDir } from './dataDir.ts';
import { query } from './db.ts';

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
export async function valueByYear(dim: TrendDim, dir = dataDir()): Promise<TrendRow[]> {
  const join = dim === 'region' ? 'LEFT JOIN states p ON p.iso3 = t.partner_iso3' : '';
  return query<TrendRow>(
    `SELECT t.source_id, t.currency, t.basis, t.year::INTEGER AS year, ${TREND_DIMS[dim]} AS key,
            sum(t.value)::DOUBLE AS value, count(*)::INTEGER AS facts
       FROM transfers t ${join}
      WHERE t.direction = 'export' AND t.value IS NOT NULL AND t.currency IS NOT NULL
      GROUP BY ALL
      ORDER BY t.source_id, t.currency, t.basis, year, key`,
    [],
    dir,
  );
}

export interface MoneyGroup {
  sourceId: string;
  currency: string;
  /** The basis the group's charts use: the one with most valued facts, authorized first on ties. */
  basis: string;
  bases: string[];
  yearMin: number;
  yearMax: number;
  facts: number;
  rows: TrendRow[];
}

const BASIS_PREFERENCE = ['authorized', 'actual', 'refused'];

/** Splits rows into (source, currency) groups, largest first. */
export function moneyGroups(rows: readonly TrendRow[]): MoneyGroup[] {
  const groups = groupBy(rows, (r) => `${r.source_id}|${r.currency}`);
  return [...groups.values()]
    .map((rs) => {
      const factsByBasis = new Map<string, number>();
      for (const r of rs) factsByBasis.set(r.basis, (factsByBasis.get(r.basis) ?? 0) + r.facts);
      const bases = [...factsByBasis.keys()].sort((a, b) => BASIS_PREFERENCE.indexOf(a) - BASIS_PREFERENCE.indexOf(b));
      const usable = bases.filter((b) => b !== 'refused');
      const candidates = usable.length ? usable : bases;
      const basis = candidates.reduce((best, b) => (factsByBasis.get(b)! > factsByBasis.get(best)! ? b : best), candidates[0]!);
      const years = rs.map((r) => r.year);
      return {
        sourceId: rs[0]!.source_id,
        currency: rs[0]!.currency,
        basis,
        bases,
        yearMin: Math.min(...years),
        yearMax: Math.max(...years),
        facts: rs.reduce((n, r) => n + r.facts, 0),
        rows: rs,
      };
    })
    .sort((a, b) => b.facts - a.facts || a.sourceId.localeCompare(b.sourceId));
}

export interface ReportingRow {
  instrument: string;
  year: number;
  states: number;
}

/** Number of distinct reporting States per year and instrument (reports with a year). */
export async function reportingByYear(dir = dataDir()): Promise<ReportingRow[]> {
  return query<ReportingRow>(
    `SELECT instrument, year::INTEGER AS year, count(DISTINCT reporter_iso3)::INTEGER AS states
       FROM reports
      WHERE year IS NOT NULL AND reporter_iso3 IS NOT NULL
      GROUP BY ALL
      ORDER BY instrument, year`,
    [],
    dir,
  );
}
