/**
 * Which sources fill each published table: the distinct source ids of every table with a
 * `source_id` column, one query for all, so a chart of any SQL result can name the sources of the
 * tables its query read (src/specs/sqlChartCaption.ts).
 */
import type { Query } from '../db/query.ts';
import { TABLES, type TableName } from '../schema/index.ts';

export interface TableSourceRow {
  table_name: string;
  source_id: string;
}

/** Tables among `published` whose schema has a source_id column. */
export function tablesWithSources(published: readonly string[]): TableName[] {
  return TABLES.filter((tb) => published.includes(tb.name) && 'source_id' in tb.columns).map((tb) => tb.name);
}

export function tableSourcesQuery(tables: readonly TableName[]): Query {
  if (!tables.length) throw new Error('tableSourcesQuery: no table with a source_id column');
  return {
    sql: `${tables.map((tb) => `SELECT DISTINCT '${tb}' AS table_name, source_id FROM "${tb}" WHERE source_id IS NOT NULL`).join('\nUNION ALL\n')}\nORDER BY table_name, source_id`,
    params: [],
    tables: [...tables],
  };
}

export function tableSources(rows: readonly TableSourceRow[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.table_name] ??= []).push(r.source_id);
  return out;
}
