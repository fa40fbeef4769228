/**
 * The "Number of reports" measure of Explore. A report may carry no facts at all (a UN Register
 * participation record, a nil report): counting distinct report ids among the facts would leave
 * those out. So when the state asks only about what a report itself records (source, instrument,
 * reporter and its region, year), the count runs over the `reports` table and includes every
 * report; when it filters or groups by something only facts have (partner, basis, category,
 * currency, direction), a report is counted through its matching facts, and the page says so.
 */
import { reports } from '../schema/reports.ts';
import { states } from '../schema/states.ts';
import type { Dimension, ExploreState } from './exploreState.ts';
import type { Param, Query } from '../db/query.ts';

const r = (c: keyof typeof reports.columns & string) => `r."${c}"`;

/** Dimensions a report records itself, with their SQL over `reports AS r` (and `states AS rs`). */
const REPORT_DIMENSIONS: Partial<Record<Dimension, [string, string]>> = {
  year: ['year', r('year')],
  reporter: ['reporter_iso3', r('reporter_iso3')],
  reporter_region: ['reporter_region', 'rs."region"'],
  source: ['source_id', r('source_id')],
  instrument: ['instrument', r('instrument')],
};

/** Whether every report of the state's sources, reporters and years is counted (facts or not). */
export function countsAllReports(s: ExploreState): boolean {
  const factFilters = s.partner.length + s.basis.length + s.category.length + s.attCategory.length + (s.direction ? 1 : 0) + (s.currency ? 1 : 0) + (s.categoryScheme ? 1 : 0);
  return s.measure === 'reports' && factFilters === 0 && s.group.every((g) => REPORT_DIMENSIONS[g] !== undefined);
}

function inList(expr: string, values: readonly Param[], params: Param[]): string {
  params.push(...values);
  return values.length === 1 ? `${expr} = ?` : `${expr} IN (${values.map(() => '?').join(', ')})`;
}

/** The count of reports over the `reports` table (only for states where countsAllReports holds). */
export function allReportsQuery(s: ExploreState): Query {
  const groups = s.group.map((g) => REPORT_DIMENSIONS[g]!);
  const params: Param[] = [];
  const conditions: string[] = [];
  if (s.source.length) conditions.push(inList(r('source_id'), s.source, params));
  if (s.reporter.length) conditions.push(inList(r('reporter_iso3'), s.reporter, params));
  if (s.yearFrom !== null) {
    conditions.push(`${r('year')} >= ?`);
    params.push(s.yearFrom);
  }
  if (s.yearTo !== null) {
    conditions.push(`${r('year')} <= ?`);
    params.push(s.yearTo);
  }
  const withRegion = s.group.includes('reporter_region');
  const select = [...groups.map(([name, expr]) => `${expr} AS "${name}"`), `CAST(COUNT(DISTINCT ${r('report_id')}) AS INTEGER) AS "reports"`];
  const lines = [`SELECT\n  ${select.join(',\n  ')}`, `FROM "${reports.name}" AS r`];
  if (withRegion) lines.push(`LEFT JOIN "${states.name}" AS rs ON rs."iso3" = ${r('reporter_iso3')}`);
  if (conditions.length) lines.push(`WHERE ${conditions.join('\n  AND ')}`);
  if (groups.length) {
    lines.push(`GROUP BY ${groups.map(([, expr]) => expr).join(', ')}`);
    lines.push(`ORDER BY ${groups.map(([, expr]) => `${expr} NULLS LAST`).join(', ')}`);
  }
  return { sql: lines.join('\n'), params, tables: withRegion ? ['reports', 'states'] : ['reports'] };
}
