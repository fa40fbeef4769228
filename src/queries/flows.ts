/**
 * Flows: exporter → importer. One row per pair of States for the chosen source, reporting side,
 * basis, years and category, with the chosen figure summed over the pair's facts, largest first;
 * and the facts behind one flow, with their source file and line.
 *
 * Who is exporter and who importer follows from the reporting direction: in an export report the
 * reporter exports to the partner, in an import report the partner exports to the reporter. The
 * view shows one side's reports at a time (`reported_by`), and one source: a transfer reported by
 * both sides, or in two instruments, would otherwise count twice. Values are summed in one currency
 * only (the state names it), never across currencies. Every user choice is a bound parameter;
 * column names come from the schema.
 */
import { categories, transfers } from '../schema/index.ts';
import type { Param, Query } from '../db/query.ts';
import type { FactFilters } from './filterParams.ts';
import type { FlowKey, FlowMeasure, FlowsState } from './flowsState.ts';

type TransferColumn = keyof typeof transfers.columns & string;
const c = (name: TransferColumn) => `t."${name}"`;
const T = `"${transfers.name}"`;

/** Exporter and importer of a fact, from its reporter, partner and direction. */
export const EXPORTER_SQL = `CASE WHEN ${c('direction')} = 'export' THEN ${c('reporter_iso3')} ELSE ${c('partner_iso3')} END`;
export const IMPORTER_SQL = `CASE WHEN ${c('direction')} = 'export' THEN ${c('partner_iso3')} ELSE ${c('reporter_iso3')} END`;

/** The figure summed per flow; sums cast to DOUBLE, counts to INTEGER (JavaScript gets numbers). */
const MEASURE: Record<FlowMeasure, { expr: string; notNull?: TransferColumn }> = {
  value: { expr: `CAST(SUM(${c('value')}) AS DOUBLE)`, notNull: 'value' },
  items: { expr: `CAST(SUM(${c('items')}) AS DOUBLE)`, notNull: 'items' },
  licences: { expr: `CAST(SUM(${c('licences')}) AS DOUBLE)`, notNull: 'licences' },
  facts: { expr: 'CAST(COUNT(*) AS DOUBLE)' },
};

/** The column of a fact that the measure sums (null for facts: each counts 1). */
export function measureColumn(m: FlowMeasure): TransferColumn | null {
  return MEASURE[m].notNull ?? null;
}

/** WHERE conditions of a state's filters (without the selected flow), with their parameters. */
export function flowsFilters(s: FlowsState): { conditions: string[]; params: Param[] } {
  const conditions = [`${c('source_id')} = ?`, `${c('direction')} = ?`, `${c('basis')} = ?`];
  const params: Param[] = [s.source, s.reportedBy, s.basis];
  const notNull = MEASURE[s.measure].notNull;
  if (notNull) conditions.push(`${c(notNull)} IS NOT NULL`);
  if (s.measure === 'value') {
    // A state asking for values without a currency matches nothing rather than adding currencies up.
    conditions.push(`${c('currency')} = ?`);
    params.push(s.currency ?? '');
  }
  factFilterConditions(s, conditions, params);
  return { conditions, params };
}

/** Adds the conditions (on `t`) of the filters the flows view and the register share: years, category, ATT category. */
export function factFilterConditions(s: FactFilters, conditions: string[], params: Param[]): void {
  const eq = (name: TransferColumn, v: Param) => {
    conditions.push(`${c(name)} = ?`);
    params.push(v);
  };
  if (s.yearFrom !== null) {
    conditions.push(`${c('year')} >= ?`);
    params.push(s.yearFrom);
  }
  if (s.yearTo !== null) {
    conditions.push(`${c('year')} <= ?`);
    params.push(s.yearTo);
  }
  if (s.category) {
    eq('category_scheme', s.category.scheme);
    eq('category_code', s.category.code);
  }
  if (s.attCategory) eq('att_category', s.attCategory);
}

export interface FlowRow {
  exporter: string | null;
  importer: string | null;
  /** The chosen figure, summed over the flow's facts. */
  amount: number;
  facts: number;
  year_min: number;
  year_max: number;
}

/** Every flow of the state, largest first (ties by exporter, then importer; States not stated last). */
export function flowsQuery(s: FlowsState): Query {
  const { conditions, params } = flowsFilters(s);
  const sql = `SELECT
  ${EXPORTER_SQL} AS exporter,
  ${IMPORTER_SQL} AS importer,
  ${MEASURE[s.measure].expr} AS amount,
  CAST(COUNT(*) AS INTEGER) AS facts,
  CAST(MIN(${c('year')}) AS INTEGER) AS year_min,
  CAST(MAX(${c('year')}) AS INTEGER) AS year_max
FROM ${T} AS t
WHERE ${conditions.join('\n  AND ')}
GROUP BY ALL
ORDER BY amount DESC, exporter NULLS LAST, importer NULLS LAST`;
  // The WHERE holds every row to the source and the years: the browser reads only the row groups that can match.
  const year = { ...(s.yearFrom !== null ? { min: s.yearFrom } : {}), ...(s.yearTo !== null ? { max: s.yearTo } : {}) };
  return { sql, params, tables: ['transfers'], bounds: { table: 'transfers', columns: { source_id: { in: [s.source] }, ...(Object.keys(year).length ? { year } : {}) } } };
}

/** Columns of a flow's facts: what was reported, and where it was read. */
export const FACT_COLUMNS = [
  'transfer_id',
  'year',
  'reporter_iso3',
  'reporter_name',
  'partner_iso3',
  'partner_name',
  'category_scheme',
  'category_code',
  'att_category',
  'basis',
  'items',
  'items_as_written',
  'licences',
  'value',
  'currency',
  'description',
  'source_id',
  'report_id',
  'source_file',
  'source_line',
] as const satisfies readonly TransferColumn[];

/** `expr IS NOT DISTINCT FROM ?`: a State not stated (NULL) selects the facts without one. */
function sameState(expr: string, iso3: string | null, params: Param[]): string {
  if (iso3 === null) return `${expr} IS NULL`;
  params.push(iso3);
  return `${expr} = ?`;
}

/** Where a flow's facts are: the state's filters and the flow's exporter and importer. */
function flowWhere(s: FlowsState, flow: FlowKey): { where: string; params: Param[] } {
  const { conditions, params } = flowsFilters(s);
  conditions.push(sameState(`(${EXPORTER_SQL})`, flow.exporter, params), sameState(`(${IMPORTER_SQL})`, flow.importer, params));
  return { where: conditions.join('\n  AND '), params };
}

export type FlowFactRow = Record<(typeof FACT_COLUMNS)[number], string | number | null> & { category_label: string | null };

type Lang = 'en' | 'fr' | 'es';
const LABEL: Record<Lang, keyof typeof categories.columns & string> = { en: 'label_en', fr: 'label_fr', es: 'label_es' };

/** The facts of one flow, by year then row, with the category's name in `lang`; `limit` rows from `offset`. */
export function flowFactsQuery(s: FlowsState, flow: FlowKey, lang: Lang, limit = 100, offset = 0): Query {
  const { where, params } = flowWhere(s, flow);
  const sql = `SELECT ${FACT_COLUMNS.map((name) => c(name)).join(', ')}, k."${LABEL[lang]}" AS category_label
FROM ${T} AS t
LEFT JOIN "${categories.name}" AS k ON k.scheme = ${c('category_scheme')} AND k.code = ${c('category_code')}
WHERE ${where}
ORDER BY ${c('year')}, ${c('transfer_id')}
LIMIT ? OFFSET ?`;
  return { sql, params: [...params, limit, offset], tables: ['transfers', 'categories'] };
}

export interface FlowFactsSummary {
  facts: number;
  amount: number | null;
}

/** How many facts a flow has and their figure summed: the flows table's row, recomputed from the facts. */
export function flowFactsSummaryQuery(s: FlowsState, flow: FlowKey): Query {
  const { where, params } = flowWhere(s, flow);
  const sql = `SELECT CAST(COUNT(*) AS INTEGER) AS facts, ${MEASURE[s.measure].expr} AS amount
FROM ${T} AS t
WHERE ${where}`;
  return { sql, params, tables: ['transfers'] };
}

export interface FlowsDefaultRow {
  source_id: string;
  currency: string;
}

/**
 * The flows page's default view: among sources with values, the one whose flows have the most
 * exporters (a chart of one exporter says little), in its most used currency.
 */
export function flowsDefaultQuery(): Query {
  const sql = `SELECT ${c('source_id')} AS source_id, mode(${c('currency')}) AS currency
FROM ${T} AS t
WHERE ${c('value')} IS NOT NULL AND ${c('currency')} IS NOT NULL
GROUP BY ALL
ORDER BY COUNT(DISTINCT ${EXPORTER_SQL}) DESC, source_id
LIMIT 1`;
  return { sql, params: [], tables: ['transfers'] };
}
