/**
 * Publish stage: the row-group index of a written Parquet file (src/schema/rowGroupIndex.ts), read
 * back from the file's own metadata with DuckDB's `parquet_metadata`, so the index describes the
 * bytes published and nothing else. The keys are the first columns of the table's sort order:
 * sorted, each row group holds a narrow range of them, and a query bound to a few values of the
 * first key (one reporter, say) and a range of the second (years) touches a few groups.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnyTable, Columns } from '../schema/columns.ts';
import type { KeyValue, RowGroupIndex } from '../schema/rowGroupIndex.ts';

/** How many of the sort columns the index keeps: two answer Explore's common links (one State, a year range). */
export const INDEX_KEYS = 2;

const NUMERIC = new Set(['SMALLINT', 'INTEGER', 'BIGINT', 'DOUBLE']);

interface StatRow {
  row_group_id: string;
  row_group_num_rows: string;
  path_in_schema: string;
  stats_min_value: string | null;
  stats_max_value: string | null;
  stats_null_count: string | null;
}

/**
 * The index of `file` (a table written sorted by `table.sortBy`), or null when the file has a single
 * row group (nothing to skip). A key whose statistics are missing in a group that holds values of it
 * stops the build: an index that guessed could make the browser skip rows a query needs.
 */
export async function rowGroupIndex(conn: DuckDBConnection, table: AnyTable, file: string): Promise<RowGroupIndex | null> {
  const keys = table.sortBy.slice(0, INDEX_KEYS);
  const cols = table.columns as Columns;
  if (keys.length === 0) return null;
  const list = keys.map((k) => `'${k}'`).join(', ');
  const res = await conn.runAndReadAll(
    `SELECT row_group_id, row_group_num_rows, path_in_schema, stats_min_value, stats_max_value, stats_null_count
     FROM parquet_metadata('${file.replaceAll("'", "''")}') WHERE path_in_schema IN (${list}) ORDER BY row_group_id`,
  );
  const rows = res.getRowObjectsJson() as unknown as StatRow[];
  const groups = new Map<number, RowGroupIndex['groups'][number]>();
  for (const r of rows) {
    const id = Number(r.row_group_id);
    const n = Number(r.row_group_num_rows);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { rows: n, min: keys.map(() => null), max: keys.map(() => null) }));
    const k = keys.indexOf(r.path_in_schema);
    const nulls = Number(r.stats_null_count ?? Number.NaN);
    if (r.stats_min_value === null || r.stats_max_value === null) {
      if (nulls === n) continue; // every value of the key is NULL in this group: min and max stay null
      throw new Error(`publish: ${table.name}.parquet row group ${id} has no statistics for ${r.path_in_schema}`);
    }
    const cast = (v: string): KeyValue => (NUMERIC.has(cols[r.path_in_schema]!.type) ? Number(v) : v);
    g.min[k] = cast(r.stats_min_value);
    g.max[k] = cast(r.stats_max_value);
  }
  if (groups.size <= 1) return null;
  const ordered = [...groups.keys()].sort((a, b) => a - b);
  if (ordered.some((id, i) => id !== i)) throw new Error(`publish: ${table.name}.parquet row groups are not numbered 0…${groups.size - 1}`);
  return { keys, groups: ordered.map((id) => groups.get(id)!) };
}
