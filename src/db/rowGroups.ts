/**
 * Which row groups of a big table a query needs, from the row-group index in the manifest
 * (src/schema/rowGroupIndex.ts) and the bounds the query states for its rows (Query.bounds). Pure:
 * tests/db/rowGroups.test.ts checks the decision on its own.
 *
 * A group is skipped only when the index proves that none of its rows can satisfy a bound: a wanted
 * value outside every key range, or a year range that misses the group's. Keys without a bound,
 * bounds on columns the index does not keep, and groups whose key is all NULL under no bound are
 * read. A NULL never satisfies a bound (SQL's `=`, `IN`, `>=` and `<=` are not true for NULL), so
 * a group whose key is all NULL is skipped under a bound on that key.
 */
import type { KeyValue, RowGroupIndex } from '../schema/rowGroupIndex.ts';
import { RANGE_READ_MIN_BYTES } from './constants.ts';
import type { Param, RowBounds } from './query.ts';

/** Order of two key values as DuckDB orders them: numbers by value, text by code point (UTF-8 byte order). */
export function compareKeys(a: Param, b: KeyValue & {}): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  // Code points, not UTF-16 units: they order like the UTF-8 bytes DuckDB compares.
  const xs = Array.from(x, (ch) => ch.codePointAt(0)!);
  const ys = Array.from(y, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) if (xs[i] !== ys[i]) return xs[i]! - ys[i]!;
  return xs.length - ys.length;
}

/** Whether a group whose key spans [min, max] may hold a row within `bound`. */
function mayHold(min: KeyValue, max: KeyValue, bound: RowBounds['columns'][string]): boolean {
  if (min === null || max === null) return false;
  if (bound.in && !bound.in.some((v) => compareKeys(v, min) >= 0 && compareKeys(v, max) <= 0)) return false;
  if (bound.min !== undefined && compareKeys(bound.min, max) > 0) return false;
  if (bound.max !== undefined && compareKeys(bound.max, min) < 0) return false;
  return true;
}

/**
 * Indexes (ascending) of the row groups that may hold rows within `bounds`, or null when every group
 * must be read: no index, no bound on a key of the index, or no group ruled out.
 */
export function rowGroupsFor(index: RowGroupIndex | undefined, bounds: RowBounds['columns'] | undefined): number[] | null {
  if (!index || !bounds) return null;
  const keyed = index.keys.map((k, i) => [i, bounds[k]] as const).filter((e): e is readonly [number, RowBounds['columns'][string]] => e[1] !== undefined);
  if (keyed.length === 0) return null;
  const out: number[] = [];
  index.groups.forEach((g, i) => {
    if (keyed.every(([k, b]) => mayHold(g.min[k]!, g.max[k]!, b))) out.push(i);
  });
  return out.length === index.groups.length ? null : out;
}

/** Rows of the given groups (null: the whole table). */
export function rowsIn(index: RowGroupIndex | undefined, groups: readonly number[] | null, tableRows: number): number {
  if (!index || groups === null) return tableRows;
  return groups.reduce((n, g) => n + (index.groups[g]?.rows ?? 0), 0);
}

/**
 * Row groups a load must bring (ascending), or null for all: the groups `bounds` may need, joined
 * with those already `loaded` (undefined: nothing loaded yet; null: the whole table), since the
 * table is replaced by the load and earlier queries' rows must stay. A small table, a query with no
 * SQL (the console) or no bounds, loads whole.
 */
export function groupsToLoad(file: { bytes: number; rowGroups?: RowGroupIndex }, sql: string | undefined, bounds: RowBounds['columns'] | undefined, loaded: ReadonlySet<number> | null | undefined): number[] | null {
  if (sql === undefined || file.bytes < RANGE_READ_MIN_BYTES || loaded === null) return null;
  const wanted = rowGroupsFor(file.rowGroups, bounds);
  if (wanted === null) return null;
  const union = new Set([...(loaded ?? []), ...wanted]);
  return union.size === file.rowGroups!.groups.length ? null : [...union].sort((a, b) => a - b);
}

/** Whether loaded groups (null: all) hold every wanted one (null: all). */
export function coversGroups(loaded: ReadonlySet<number> | null, wanted: readonly number[] | null): boolean {
  return loaded === null || (wanted?.every((g) => loaded.has(g)) ?? false);
}
