/**
 * Provenance: the `transfers` rows behind a figure, each with the source, report, file and line it
 * was read from. A figure is an Explore state (its filters and measure) and, for one row of its
 * result or one mark of its chart, the values of its group columns. The same WHERE conditions as
 * the Explore query (`exploreFilters`) plus one condition per group column, every value bound as a
 * parameter, so summing `value` over these rows gives the figure back.
 */
import { reports, transfers, type TableName } from '../schema/index.ts';
import { DIMENSION_SQL, JOINS, MEASURE_SQL, exploreFilters, type Join } from './explore.ts';
import { splitsBasis, type ExploreState } from './exploreState.ts';
import type { Param, Query } from '../db/query.ts';

type TransferColumn = keyof typeof transfers.columns & string;

/** What a reader needs to find the fact in the source file, then the fact itself. */
export const PROVENANCE_COLUMNS = [
  'source_id',
  'report_id',
  'source_file',
  'source_line',
  'year',
  'reporter_iso3',
  'reporter_name',
  'direction',
  'partner_iso3',
  'partner_name',
  'category_scheme',
  'category_code',
  'basis',
  'value',
  'currency',
  'items',
  'licences',
] as const satisfies readonly TransferColumn[];

/** Values of a result row, by result column name (e.g. `{ year: 2010, basis: 'actual', currency: 'EUR' }`). */
export type RowKey = Record<string, string | number | boolean | null | undefined>;

/**
 * The transfers rows behind a state's result, or behind one row of it when `row` is given.
 * A group column missing from `row` is not filtered on; a null one matches NULL (e.g. "not stated").
 */
export function provenanceQuery(s: ExploreState, row?: RowKey): Query {
  const { conditions, params } = exploreFilters(s);
  const joins = new Set<Join>();
  const keyed: { name: string; expr: string; join?: Join }[] = s.group.flatMap((g) => DIMENSION_SQL[g].columns.map(([name, expr]) => ({ name, expr, join: DIMENSION_SQL[g].join })));
  if (splitsBasis(s)) keyed.push({ name: 'basis', expr: 't."basis"' });
  if (s.measure === 'value') keyed.push({ name: 'currency', expr: 't."currency"' });
  for (const k of keyed) {
    if (!row || !(k.name in row) || row[k.name] === undefined) continue;
    const v = row[k.name];
    if (v === null) conditions.push(`${k.expr} IS NULL`);
    else {
      conditions.push(`${k.expr} = ?`);
      params.push(v as Param);
    }
    if (k.join) joins.add(k.join);
  }
  const notNull = MEASURE_SQL[s.measure].notNull;
  if (notNull) conditions.push(`t."${notNull}" IS NOT NULL`);
  const used = [...joins].sort();
  // Plain lowercase schema names need no quotes in the select list (shorter links to the console).
  const lines = [`SELECT\n  ${PROVENANCE_COLUMNS.map((c) => `t.${c}`).join(', ')}`, `FROM "${transfers.name}" AS t`, ...used.map((j) => JOINS[j].sql)];
  if (conditions.length) lines.push(`WHERE ${conditions.join('\n  AND ')}`);
  lines.push('ORDER BY t.source_id, t.source_file, t.source_line');
  const tables: TableName[] = ['transfers', ...new Set(used.map((j) => JOINS[j].table))];
  return { sql: lines.join('\n'), params, tables };
}

/** The reports behind a count of reports per year and instrument, with the file each was read from. */
export function reportsProvenanceQuery(): Query {
  const cols = ['source_id', 'report_id', 'source_file', 'instrument', 'year', 'reporter_iso3', 'reporter_name', 'version', 'submitted_date'] as const satisfies readonly (keyof typeof reports.columns & string)[];
  return {
    sql: `SELECT\n  ${cols.map((c) => `r.${c}`).join(', ')}\nFROM "${reports.name}" AS r\nORDER BY r.instrument, r.year, r.reporter_iso3, r.version`,
    params: [],
    tables: ['reports'],
  };
}
