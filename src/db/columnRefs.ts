/**
 * Which columns of a table a SQL text may use, so a big table is read with only those columns
 * (src/db/tableLoader.ts). Like tableRefs.ts, a whole-word match over-approximates (a column named
 * like another table's column, or a word in a string, loads one column more): that costs bytes,
 * never a wrong answer. A `*` other than `COUNT(*)` (SELECT *, t.*, or a product) asks for every
 * column, and a column that is not loaded makes DuckDB fail loudly, never answer with a gap.
 */
import { columnNames, type AnyTable } from '../schema/index.ts';
import { RANGE_READ_MIN_BYTES } from './constants.ts';
import type { TableFile } from './dataFiles.ts';
import { stripComments } from './tableRefs.ts';

/** Names from `columns` that `sql` may reference, or null when it may reference every column. */
export function referencedColumns(sql: string, columns: readonly string[]): string[] | null {
  const text = stripComments(sql).toLowerCase();
  // String literals cannot name a column; a '*' inside one is no SELECT *.
  const code = text.replace(/'(?:[^']|'')*'/g, "''");
  if (code.replace(/count\s*\(\s*\*\s*\)/g, 'count()').includes('*')) return null;
  return columns.filter((c) => new RegExp(`(^|[^a-z0-9_$])${c.toLowerCase()}($|[^a-z0-9_$])`).test(code));
}

/** Columns a load must bring, or null for all of them. */
export function columnsToLoad(def: AnyTable, file: TableFile, sql: string | undefined, loaded: ReadonlySet<string> | null | undefined): string[] | null {
  const all = columnNames(def);
  if (sql === undefined || file.bytes < RANGE_READ_MIN_BYTES || loaded === null) return null;
  let wanted = referencedColumns(sql, all);
  if (wanted === null) return null;
  // COUNT(*) alone names no column, but a table needs one to hold its rows: the first sort column.
  if (wanted.length === 0) wanted = [def.sortBy[0] ?? all[0]!];
  const union = new Set([...(loaded ?? []), ...wanted]);
  return union.size === all.length ? null : all.filter((c) => union.has(c));
}

/** Whether loaded columns (null: all) hold every wanted one (null: all). */
export function covers(loaded: ReadonlySet<string> | null, wanted: readonly string[] | null): boolean {
  return loaded === null || (wanted?.every((c) => loaded.has(c)) ?? false);
}
