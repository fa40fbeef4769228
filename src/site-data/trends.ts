/**
 * Build-time queries behind the trend charts: values per year grouped by one dimension, kept
 * apart per source and currency (values in different currencies are never added together), and
 * the number of reporting States per year and instrument.
 */
import { groupBy } from '../specs/series.ts';
import { dataDir } from './dataDir.ts';
import { reportingByYearQuery, valueByYearQuery, type ReportingRow, type TrendDim, type TrendRow } from '../queries/trends.ts';
import { queryRows } from './db.ts';

/** Export values per source, currency, basis, year and `dim` (src/queries/trends.ts). */
export function valueByYear(dim: TrendDim, dir = dataDir()): Promise<TrendRow[]> {
  return queryRows<TrendRow>(valueByYearQuery(dim), dir);
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

/** Number of distinct reporting States per year and instrument (src/queries/trends.ts). */
export function reportingByYear(dir = dataDir()): Promise<ReportingRow[]> {
  return queryRows<ReportingRow>(reportingByYearQuery(), dir);
}
