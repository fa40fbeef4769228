/**
 * Which Explore choices have figures behind them in this build. One small table, computed at build
 * time: per source, basis and direction, how many facts there are and how many carry a value, a
 * number of items or a number of licences. The form uses it to disable or annotate measures and
 * directions that cannot return data, and the result to say why it is empty and which measure has
 * figures instead.
 */
import { transfers, type Basis, type Direction } from '../schema/index.ts';
import type { ExploreState, Measure } from './exploreState.ts';
import type { Query } from '../db/query.ts';

export interface CoverageCell {
  source: string;
  basis: Basis;
  direction: Direction;
  facts: number;
  value: number;
  items: number;
  licences: number;
}

export function coverageQuery(): Query {
  return {
    sql: `SELECT source_id AS source, basis, direction, CAST(COUNT(*) AS INTEGER) AS facts,
  CAST(COUNT(value) AS INTEGER) AS value, CAST(COUNT(items) AS INTEGER) AS items, CAST(COUNT(licences) AS INTEGER) AS licences
FROM "${transfers.name}"
GROUP BY source_id, basis, direction
ORDER BY source_id, basis, direction`,
    params: [],
    tables: ['transfers'],
  };
}

/** The figure a measure needs on a fact (null: any fact counts). */
const NEEDS: Record<Measure, 'value' | 'items' | 'licences' | null> = { value: 'value', items: 'items', licences: 'licences', facts: null, reports: null };

/** Facts that carry the measure's figure in the cells. */
function count(cells: readonly CoverageCell[], m: Measure): number {
  const need = NEEDS[m];
  return cells.reduce((n, c) => n + (need ? c[need] : c.facts), 0);
}

/** The cells the state's source, basis and direction filters keep. */
function selected(cells: readonly CoverageCell[], s: Pick<ExploreState, 'source' | 'basis' | 'direction'>): CoverageCell[] {
  return cells.filter((c) => (!s.source.length || s.source.includes(c.source)) && (!s.basis.length || s.basis.includes(c.basis)) && (!s.direction || s.direction === c.direction));
}

/** Whether any fact of the build has the measure's figure ("Number of reports" always has: it counts the reports table). */
export function measureHasData(cells: readonly CoverageCell[], m: Measure): boolean {
  return m === 'reports' || count(cells, m) > 0;
}

/** Whether the facts the state's source, basis and direction select have the measure's figure. */
export function measureHasDataFor(cells: readonly CoverageCell[], m: Measure, s: Pick<ExploreState, 'source' | 'basis' | 'direction'>): boolean {
  return m === 'reports' || count(selected(cells, s), m) > 0;
}

/** Whether any fact of the build has this direction. */
export function directionHasData(cells: readonly CoverageCell[], d: Direction): boolean {
  return cells.some((c) => c.direction === d && c.facts > 0);
}

/** Measures of sums that the selected facts do carry, in the order given (for "show … instead"). */
export function measuresWithData(cells: readonly CoverageCell[], s: Pick<ExploreState, 'source' | 'basis' | 'direction'>, order: readonly Measure[]): Measure[] {
  return order.filter((m) => NEEDS[m] !== null && count(selected(cells, s), m) > 0);
}
