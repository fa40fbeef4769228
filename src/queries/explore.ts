/**
 * The Explore query: filters, group-by and measure from `ExploreState` → one SELECT over
 * `transfers`, or over one of its pre-aggregated tables when that can answer (exploreTable.ts),
 * with every user choice bound as a parameter. Column and table names come from the
 * schema; the SQL is readable on its own because the page offers it for download and in the console.
 *
 * Values are always grouped by currency as well: a sum never mixes currencies. Sums are also kept
 * apart by direction (a transfer reported by both sides would count twice) and by basis (authorized,
 * actual, refused) unless the reader groups or filters by them.
 */
// The schema's own modules, not its index (see exploreState.ts).
import type { AnyTable } from '../schema/columns.ts';
import type { TableName } from '../schema/index.ts';
import { reports } from '../schema/reports.ts';
import { states } from '../schema/states.ts';
import { transfers } from '../schema/transfers.ts';
import { splitsBasis, splitsDirection, type Dimension, type ExploreState, type Measure } from './exploreState.ts';
import { allReportsQuery, countsAllReports } from './exploreReports.ts';
import { exploreTable } from './exploreTable.ts';
import type { KeyBound, Param, Query } from '../db/query.ts';

type TransferColumn = keyof typeof transfers.columns & string;
type StateColumn = keyof typeof states.columns & string;
type ReportColumn = keyof typeof reports.columns & string;

/** `t."col"` for a column of transfers (checked against the schema at compile time). */
const t = (c: TransferColumn) => `t."${c}"`;

export type Join = 'rs' | 'ps' | 'r';

interface JoinSpec {
  sql: string;
  table: TableName;
  /** The column of transfers the join matches (to `key` of `table`). */
  on: TransferColumn;
  key: string;
}

function leftJoin(alias: Join, table: typeof states | typeof reports, key: StateColumn | ReportColumn, on: TransferColumn): JoinSpec {
  return { sql: `LEFT JOIN "${table.name}" AS ${alias} ON ${alias}."${key}" = ${t(on)}`, table: table.name, on, key };
}

export const JOINS: Record<Join, JoinSpec> = {
  rs: leftJoin('rs', states, 'iso3', 'reporter_iso3'),
  ps: leftJoin('ps', states, 'iso3', 'partner_iso3'),
  r: leftJoin('r', reports, 'report_id', 'report_id'),
};

/**
 * A result column Explore groups by, and where its value comes from: a column of transfers (`t`,
 * or of the aggregate read instead), or a column of a joined table. The SQL is `from."column"`;
 * the direct evaluator (exploreDirect.ts) reads the same description.
 */
export type GroupColumn = { name: string; from: 't'; column: TransferColumn } | { name: string; from: 'rs' | 'ps'; column: StateColumn } | { name: string; from: 'r'; column: ReportColumn };

/** The SQL expression of a group column. */
export const groupExpr = (g: GroupColumn): string => `${g.from}."${g.column}"`;

const own = (name: string, column: TransferColumn): GroupColumn => ({ name, from: 't', column });

/** The result columns of each dimension, in order. */
export const DIMENSION_GROUPS: Record<Dimension, readonly GroupColumn[]> = {
  year: [own('year', 'year')],
  reporter: [own('reporter_iso3', 'reporter_iso3')],
  partner: [own('partner_iso3', 'partner_iso3')],
  reporter_region: [{ name: 'reporter_region', from: 'rs', column: 'region' }],
  partner_region: [{ name: 'partner_region', from: 'ps', column: 'region' }],
  category: [own('category_scheme', 'category_scheme'), own('category_code', 'category_code')],
  att_category: [own('att_category', 'att_category')],
  source: [own('source_id', 'source_id')],
  instrument: [{ name: 'instrument', from: 'r', column: 'instrument' }],
  basis: [own('basis', 'basis')],
  direction: [own('direction', 'direction')],
};

interface DimensionSql {
  /** Result column name → SQL expression. */
  columns: [string, string][];
  join?: Join;
}

export const DIMENSION_SQL = Object.fromEntries(
  Object.entries(DIMENSION_GROUPS).map(([d, cols]) => {
    const join = cols.find((c) => c.from !== 't')?.from as Join | undefined;
    return [d, { columns: cols.map((c) => [c.name, groupExpr(c)]), ...(join ? { join } : {}) }];
  }),
) as Record<Dimension, DimensionSql>;

/**
 * Every column the state's result is grouped by, in order: its dimensions, then direction and basis
 * when they are kept apart (splitsDirection, splitsBasis) and the currency of a value.
 */
export function exploreGroups(s: ExploreState): GroupColumn[] {
  const groups = s.group.flatMap((g) => DIMENSION_GROUPS[g]);
  if (splitsDirection(s)) groups.push(own('direction', 'direction'));
  if (splitsBasis(s)) groups.push(own('basis', 'basis'));
  if (s.measure === 'value') groups.push(own('currency', 'currency'));
  return groups;
}

export interface MeasureSql {
  expr: string;
  /** Rows without the figure are left out, so they add no empty group. */
  notNull?: TransferColumn;
  /** The column the measure sums, when it is a plain sum of one (the rows of an aggregate then add up). */
  sums?: string;
  /** The measure of an empty selection is 0 rather than NULL (a count). */
  zeroWhenEmpty?: boolean;
}

const sumOf = (c: TransferColumn): MeasureSql => ({ expr: `CAST(SUM(${t(c)}) AS DOUBLE)`, notNull: c, sums: c });

// Sums are cast to DOUBLE and counts to INTEGER: JavaScript gets numbers, never BigInt.
export const MEASURE_SQL: Record<Measure, MeasureSql> = {
  value: sumOf('value'),
  items: sumOf('items'),
  licences: sumOf('licences'),
  reports: { expr: `CAST(COUNT(DISTINCT ${t('report_id')}) AS INTEGER)` },
  facts: { expr: 'CAST(COUNT(*) AS INTEGER)', zeroWhenEmpty: true },
};

/**
 * The measure's SQL over transfers or over an aggregate. An aggregate row stands for several facts,
 * so facts are counted by summing its `facts`; COUNT(*) of no rows is 0 where a SUM is NULL, so
 * COALESCE keeps an empty selection's count at 0.
 */
export function measureSql(m: Measure, aggregated: boolean): MeasureSql {
  if (m === 'facts' && aggregated) return { expr: 'CAST(COALESCE(SUM(t."facts"), 0) AS INTEGER)', sums: 'facts', zeroWhenEmpty: true };
  return MEASURE_SQL[m];
}

/** `col IN (?, ?, …)` with one placeholder per value. */
function inList(expr: string, values: readonly Param[], params: Param[]): string {
  params.push(...values);
  return values.length === 1 ? `${expr} = ?` : `${expr} IN (${values.map(() => '?').join(', ')})`;
}

/** The WHERE conditions of the state's filters, with their parameters. */
export function exploreFilters(s: ExploreState): { conditions: string[]; params: Param[] } {
  const conditions: string[] = [];
  const params: Param[] = [];
  if (s.source.length) conditions.push(inList(t('source_id'), s.source, params));
  if (s.reporter.length) conditions.push(inList(t('reporter_iso3'), s.reporter, params));
  if (s.partner.length) conditions.push(inList(t('partner_iso3'), s.partner, params));
  if (s.direction) conditions.push(inList(t('direction'), [s.direction], params));
  if (s.basis.length) conditions.push(inList(t('basis'), s.basis, params));
  if (s.currency) conditions.push(inList(t('currency'), [s.currency], params));
  if (s.categoryScheme) conditions.push(inList(t('category_scheme'), [s.categoryScheme], params));
  if (s.category.length) conditions.push(inList(t('category_code'), s.category, params));
  if (s.attCategory.length) conditions.push(inList(t('att_category'), s.attCategory, params));
  if (s.yearFrom !== null) {
    conditions.push(`${t('year')} >= ?`);
    params.push(s.yearFrom);
  }
  if (s.yearTo !== null) {
    conditions.push(`${t('year')} <= ?`);
    params.push(s.yearTo);
  }
  return { conditions, params };
}

/**
 * The bounds exploreFilters puts on every row read, column by column (the same conditions, as data):
 * the browser loads only the row groups of a big table that can hold such rows (src/db/rowGroups.ts).
 */
export function exploreBounds(s: ExploreState): Record<string, KeyBound> {
  const b: Record<string, KeyBound> = {};
  const list = (c: TransferColumn, values: readonly Param[]) => {
    if (values.length > 0) b[c] = { in: [...values] };
  };
  list('source_id', s.source);
  list('reporter_iso3', s.reporter);
  list('partner_iso3', s.partner);
  list('direction', s.direction ? [s.direction] : []);
  list('basis', s.basis);
  list('currency', s.currency ? [s.currency] : []);
  list('category_scheme', s.categoryScheme ? [s.categoryScheme] : []);
  list('category_code', s.category);
  list('att_category', s.attCategory);
  if (s.yearFrom !== null || s.yearTo !== null) b.year = { ...(s.yearFrom !== null ? { min: s.yearFrom } : {}), ...(s.yearTo !== null ? { max: s.yearTo } : {}) };
  return b;
}

/**
 * The Explore query for a state, over the smallest pre-aggregated table that can answer it
 * (exploreTable.ts) or over transfers. An aggregate row stands for several facts with the same
 * keys: sums of its sums are the facts' sums, and facts are counted by summing its `facts`.
 * `from` picks the table (tests pass transfers to compare both).
 */
export function exploreQuery(s: ExploreState, from: AnyTable = exploreTable(s)): Query {
  // Reports without facts count too, whenever the state asks nothing only facts can answer.
  if (countsAllReports(s)) return allReportsQuery(s);
  const aggregated = from.name !== transfers.name;
  const m = measureSql(s.measure, aggregated);
  const groups = exploreGroups(s).map((g): [string, string] => [g.name, groupExpr(g)]);
  const joins = [...new Set(s.group.map((g) => DIMENSION_SQL[g].join).filter((j): j is Join => j !== undefined))].sort();
  const { conditions, params } = exploreFilters(s);
  if (m.notNull) conditions.push(`${t(m.notNull)} IS NOT NULL`);

  const select = [...groups.map(([name, expr]) => `${expr} AS "${name}"`), `${m.expr} AS "${s.measure}"`];
  const lines = [`SELECT\n  ${select.join(',\n  ')}`, `FROM "${from.name}" AS t`, ...joins.map((j) => JOINS[j].sql)];
  if (conditions.length) lines.push(`WHERE ${conditions.join('\n  AND ')}`);
  if (groups.length) {
    lines.push(`GROUP BY ${groups.map(([, expr]) => expr).join(', ')}`);
    lines.push(`ORDER BY ${groups.map(([, expr]) => `${expr} NULLS LAST`).join(', ')}`);
  }
  const tables: TableName[] = [from.name as TableName, ...new Set(joins.map((j) => JOINS[j].table))];
  const bounds = exploreBounds(s);
  return { sql: lines.join('\n'), params, tables, ...(Object.keys(bounds).length ? { bounds: { table: from.name as TableName, columns: bounds } } : {}) };
}
