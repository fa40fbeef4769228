/**
 * Which columns of a table a SQL text may use, so a big table is read with only those columns
 * (src/db/tableLoader.ts). Like tableRefs.ts, a whole-word match over-approximates (a column named
 * like another table's column, or a word in a string, loads one column more): that costs bytes,
 * never a wrong answer. A `*` other than `COUNT(*)` (SELECT *, t.*, or a product) asks for every
 * column, and a column that is not loaded makes DuckDB fail loudly, never answer with a gap.
 */
import { stripComments } from './tableRefs.ts';

/** Names from `columns` that `sql` may reference, or null when it may reference every column. */
export function referencedColumns(sql: string, columns: readonly string[]): string[] | null {
  const text = stripComments(sql).toLowerCase();
  // String literals cannot name a column; a '*' inside one is no SELECT *.
  const code = text.replace(/'(?:[^']|'')*'/g, "''");
  if (code.replace(/count\s*\(\s*\*\s*\)/g, 'count()').includes('*')) return null;
  return columns.filter((c) => new RegExp(`(^|[^a-z0-9_$])${c.toLowerCase()}($|[^a-z0-9_$])`).test(code));
}
