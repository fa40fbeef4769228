/**
 * Which years each source covers, derived from the data (never hard-coded): per source and
 * direction, the years with facts, and for sources that date each decision (UK SIEL), the months
 * their first and last years cover; per source, the years with reports (for "Number of reports").
 * A chart over years a selected source does not cover marks them as not covered: a missing
 * figure there means no data, not zero.
 */
import type { Query } from '../db/query.ts';
import { reports, transfers } from '../schema/index.ts';
import type { ExploreState } from './exploreState.ts';

export interface YearCoverageRow {
  source_id: string;
  /** 'export' / 'import' for facts; null for reports. */
  direction: string | null;
  year: number;
  first_month: number | null;
  last_month: number | null;
}

export function yearCoverageQuery(): Query {
  return {
    sql: `SELECT source_id, direction, year::INTEGER AS year,
       month(min(decision_date))::INTEGER AS first_month, month(max(decision_date))::INTEGER AS last_month
FROM "${transfers.name}" GROUP BY ALL
UNION ALL
SELECT DISTINCT source_id, NULL AS direction, year::INTEGER AS year, NULL::INTEGER AS first_month, NULL::INTEGER AS last_month
FROM "${reports.name}" WHERE year IS NOT NULL
ORDER BY source_id, direction NULLS FIRST, year`,
    params: [],
    tables: [transfers.name, reports.name],
  };
}

export interface SourceYears {
  source: string;
  /** null: the years of the source's reports. */
  direction: string | null;
  years: number[];
  /** First or last year of a dated source that covers only some months (e.g. 2015, months 1–3). */
  partial: { year: number; from: number; to: number }[];
}

export function sourceYears(rows: readonly YearCoverageRow[]): SourceYears[] {
  const by = new Map<string, { source: string; direction: string | null; rows: YearCoverageRow[] }>();
  for (const r of rows) {
    const k = `${r.source_id}|${r.direction ?? ''}`;
    const e = by.get(k) ?? { source: r.source_id, direction: r.direction, rows: [] };
    e.rows.push(r);
    by.set(k, e);
  }
  return [...by.values()].map(({ source, direction, rows: rs }) => {
    const sorted = [...rs].sort((a, b) => a.year - b.year);
    const ends = [sorted[0], sorted.at(-1)].filter((r, i, a): r is YearCoverageRow => r !== undefined && a.indexOf(r) === i);
    const partial = ends.filter((r) => r.first_month !== null && r.last_month !== null && (r.first_month > 1 || r.last_month < 12)).map((r) => ({ year: r.year, from: r.first_month!, to: r.last_month! }));
    return { source, direction, years: sorted.map((r) => r.year), partial };
  });
}

export interface Uncovered {
  source: string;
  /** Years of the span the source has no figures for. */
  years: number[];
  partial: { year: number; from: number; to: number }[];
}

/**
 * For a chart of the state's figures over the years `[min, max]`: each selected source (all
 * sources with facts when none is selected) with the years of the span it does not cover, and its
 * partly covered years. Facts of the state's direction; reports for "Number of reports".
 */
export function uncoveredYears(coverage: readonly SourceYears[], s: Pick<ExploreState, 'source' | 'direction' | 'measure'>, span: [number, number]): Uncovered[] {
  const forReports = s.measure === 'reports';
  const known = [...new Set(coverage.filter((c) => (forReports ? c.direction === null : c.direction !== null)).map((c) => c.source))];
  const sources = s.source.length ? s.source.filter((x) => known.includes(x)) : known;
  const out: Uncovered[] = [];
  for (const source of sources) {
    const cells = coverage.filter((c) => c.source === source && (forReports ? c.direction === null : c.direction !== null && (!s.direction || c.direction === s.direction)));
    const years = new Set(cells.flatMap((c) => c.years));
    const missing: number[] = [];
    for (let y = span[0]; y <= span[1]; y++) if (!years.has(y)) missing.push(y);
    const partial = cells.flatMap((c) => c.partial).filter((p) => p.year >= span[0] && p.year <= span[1]);
    const uniquePartial = partial.filter((p, i) => partial.findIndex((q) => q.year === p.year) === i);
    if (missing.length || uniquePartial.length) out.push({ source, years: missing, partial: uniquePartial });
  }
  return out;
}
