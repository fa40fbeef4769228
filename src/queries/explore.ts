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
import { reports, states, transfers, type AnyTable, type TableName } from '../schema/index.ts';
import { splitsBasis, splitsDirection, type Dimension, type ExploreState, type Measure } from './exploreState.ts';
import { allReportsQuery, countsAllReports } from './exploreReports.ts';
import { exploreTable } from './exploreTable.ts';
import type { KeyBound, Param, Query } from '../db/query.ts';

type TransferColumn = keyof typeof transfers.columns & string;

/** `t."col"` for a column of transfers (checked against the schema at compile time). */
const t = (c: TransferColumn) => `t."${c}"`;
const stateCol = (alias: 'rs' | 'ps', c: keyof typeof states.columns & string) => `${alias}."${c}"`;
const reportCol = (c: keyof typeof reports.columns & string) => `r."${c}"`;

export type Join = 'rs' | 'ps' | 'r';

export const JOINS: Record<Join, { sql: string; table: TableName }> = {
  rs: { sql: `LEFT JOIN "${states.name}" AS rs ON ${stateCol('rs', 'iso3')} = ${t('reporter_iso3')}`, table: 'states' },
  ps: { sql: `LEFT JOIN "${states.name}" AS ps ON ${stateCol('ps', 'iso3')} = ${t('partner_iso3')}`, table: 'states' },
  r: { sql: `LEFT JOIN "${reports.name}" AS r ON ${reportCol('report_id')} = ${t('report_id')}`, table: 'reports' },
};

interface DimensionSql {
  /** Result column name → SQL expression. */
  columns: [string, string][];
  join?: Join;
}

export const DIMENSION_SQL: Record<Dimension, DimensionSql> = {
  year: { columns: [['year', t('year')]] },
  reporter: { columns: [['reporter_iso3', t('reporter_iso3')]] },
  partner: { columns: [['partner_iso3', t('partner_iso3')]] },
  reporter_region: { columns: [['reporter_region', stateCol('rs', 'region')]], join: 'rs' },
  partner_region: { columns: [['partner_region', stateCol('ps', 'region')]], join: 'ps' },
  category: {
    columns: [
      ['category_scheme', t('category_scheme')],
      ['category_code', t('category_code')],
    ],
  },
  att_category: { columns: [['att_category', t('att_category')]] },
  source: { columns: [['source_id', t('source_id')]] },
  instrument: { columns: [['instrument', reportCol('instrument')]], join: 'r' },
  basis: { columns: [['basis', t('basis')]] },
  direction: { columns: [['direction', t('direction')]] },
};

interface MeasureSql {
  expr: string;
  /** Rows without the figure are left out, so they add no empty group. */
  notNull?: TransferColumn;
}

// Sums are cast to DOUBLE and counts to INTEGER: JavaScript gets numbers, never BigInt.
export const MEASURE_SQL: Record<Measure, MeasureSql> = {
  value: { expr: `CAST(SUM(${t('value')}) AS DOUBLE)`, notNull: 'value' },
  items: { expr: `CAST(SUM(${t('items')}) AS DOUBLE)`, notNull: 'items' },
  licences: { expr: `CAST(SUM(${t('licences')}) AS DOUBLE)`, notNull: 'licences' },
  reports: { expr: `CAST(COUNT(DISTINCT ${t('report_id')}) AS INTEGER)` },
  facts: { expr: 'CAST(COUNT(*) AS INTEGER)' },
};

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
  // COUNT(*) of no rows is 0 where a SUM is NULL: COALESCE keeps an empty selection's count at 0.
  const m = s.measure === 'facts' && aggregated ? { expr: `CAST(COALESCE(SUM(t."facts"), 0) AS INTEGER)` } : MEASURE_SQL[s.measure];
  const groups = s.group.flatMap((g) => DIMENSION_SQL[g].columns);
  if (splitsDirection(s)) groups.push(['direction', t('direction')]);
  if (splitsBasis(s)) groups.push(['basis', t('basis')]);
  if (s.measure === 'value') groups.push(['currency', t('currency')]);
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
