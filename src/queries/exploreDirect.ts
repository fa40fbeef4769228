/**
 * Explore's first answer without SQL: the same rows `exploreQuery(state)` gives, computed in one pass
 * over the columns of the pre-aggregated table it would read (src/schema/transferTotals.ts). The page
 * shows it while DuckDB-WASM is still loading, and DuckDB's own result confirms or replaces it.
 *
 * Everything comes from the blocks the SQL is built from (explore.ts): the filters are
 * `exploreBounds`, the group columns `exploreGroups`, the figure `measureSql(…, true)`. A state
 * the aggregate cannot answer by summing its rows gets no plan (null) and waits for DuckDB.
 *
 * Pure: runs in a Web Worker and in Node (tests/queries/exploreDirect.test.ts compares it with
 * native DuckDB on the published tables).
 */
// The schema's own modules, not its index (see exploreState.ts).
import type { AnyTable } from '../schema/columns.ts';
import type { TableName } from '../schema/index.ts';
import { states } from '../schema/states.ts';
import { transfers } from '../schema/transfers.ts';
import { TRANSFER_AGGREGATES } from '../schema/transferTotals.ts';
import { exploreBounds, exploreGroups, JOINS, measureSql, type GroupColumn } from './explore.ts';
import { countsAllReports } from './exploreReports.ts';
import type { ExploreState } from './exploreState.ts';
import { exploreTable } from './exploreTable.ts';

export interface DirectPlan {
  /** The aggregate to read (exploreTable's choice). */
  table: TableName;
  /** The columns of `table` the answer reads (filters, groups, splits, the figure), in the table's order. */
  columns: string[];
  /** The filters, as bounds per column (the browser may skip row groups outside them). */
  bounds: ReturnType<typeof exploreBounds>;
  /** Whether a region group needs the States' iso3 → region (the `states` table). */
  regions: boolean;
}

/**
 * Column arrays as a Parquet decoder gives them: strings, numbers, bigints (64-bit integers), and null
 * for NULL. Beware Arrow's `Vector.toArray()`: for a number column it returns the raw buffer, a NULL
 * as 0, which would turn a missing value into a zero; iterate the vector (or `get(i)`) instead.
 */
export interface DirectData {
  length: number;
  columns: Record<string, ArrayLike<string | number | bigint | null>>;
}

export type DirectRow = Record<string, string | number | null>;

type Value = string | number | null;

/** Where a group column's value comes from: a column of the table, or the region of the State in one. */
type KeySource = { name: string; column: string; region: boolean };

/** The group column read from the aggregate, or null when it needs a join the evaluator cannot make. */
function keySource(g: GroupColumn): KeySource | null {
  if (g.from === 't') return { name: g.name, column: g.column, region: false };
  // The region of the State in a column: the LEFT JOIN on states' iso3, given as a map.
  const join = JOINS[g.from];
  if (join.table === states.name && join.key === 'iso3' && g.column === 'region') return { name: g.name, column: join.on, region: true };
  return null;
}

interface Reading {
  table: AnyTable;
  keys: KeySource[];
  figure: string;
  notNull: boolean;
  zeroWhenEmpty: boolean;
  bounds: ReturnType<typeof exploreBounds>;
}

function reading(s: ExploreState, aggregates: readonly AnyTable[] = TRANSFER_AGGREGATES): Reading | null {
  // Reports without facts are counted from `reports`; a distinct count does not add up over rows.
  if (countsAllReports(s)) return null;
  const table = exploreTable(s, aggregates);
  if (table.name === transfers.name) return null;
  const m = measureSql(s.measure, true);
  if (m.sums === undefined) return null;
  const keys: KeySource[] = [];
  for (const g of exploreGroups(s)) {
    const k = keySource(g);
    if (!k) return null;
    keys.push(k);
  }
  const bounds = exploreBounds(s);
  const reads = [...Object.keys(bounds), ...keys.map((k) => k.column), m.sums, ...(m.notNull ? [m.notNull] : [])];
  if (!reads.every((c) => c in table.columns)) return null;
  return { table, keys, figure: m.sums, notNull: m.notNull !== undefined, zeroWhenEmpty: m.zeroWhenEmpty === true, bounds };
}

/**
 * What to read to answer the state without SQL, or null when only DuckDB can answer it. `aggregates`
 * as in exploreTable (tests pass fewer to see the state fall back to transfers).
 */
export function directPlan(s: ExploreState, aggregates: readonly AnyTable[] = TRANSFER_AGGREGATES): DirectPlan | null {
  const r = reading(s, aggregates);
  if (!r) return null;
  const reads = new Set([...Object.keys(r.bounds), ...r.keys.map((k) => k.column), r.figure]);
  return { table: r.table.name as TableName, columns: Object.keys(r.table.columns).filter((c) => reads.has(c)), bounds: r.bounds, regions: r.keys.some((k) => k.region) };
}

/**
 * Compares as DuckDB's default (binary) collation does: strings by code point (UTF-8 byte order),
 * numbers by value, NULL last. JavaScript's `<` compares UTF-16 units, which puts characters
 * above U+FFFF (surrogate pairs) before U+E000–U+FFFF; shifting the units fixes that.
 */
export function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x.charCodeAt(i);
    const q = y.charCodeAt(i);
    if (p !== q) return codePointRank(p) - codePointRank(q);
  }
  return x.length - y.length;
}

const codePointRank = (u: number) => (u >= 0xd800 && u <= 0xdfff ? u + 0x2000 : u >= 0xe000 ? u - 0x800 : u);

interface Acc {
  keys: Value[];
  sum: number;
  seen: boolean;
}

type Column = ArrayLike<string | number | bigint | null>;

/** A filter on one column: the bound exploreFilters puts in the WHERE clause. */
interface Filter {
  values: Column;
  in: Set<unknown> | null;
  min: Value;
  max: Value;
}

/** Whether row `i` passes, as SQL's `IN`, `>=` and `<=` say: NULL never does. */
function passes(f: Filter, i: number): boolean {
  let v = f.values[i];
  if (v === null || v === undefined) return false;
  if (typeof v === 'bigint') v = Number(v);
  if (f.in !== null && !f.in.has(v)) return false;
  if (f.min !== null && compareValues(v, f.min) < 0) return false;
  return f.max === null || compareValues(v, f.max) <= 0;
}

/** A group column: a column's values, or the region of the State each names (`regions`: the LEFT JOIN on states). */
interface KeyReader {
  values: Column;
  regions: ReadonlyMap<string, string | null> | null;
}

function keyAt(k: KeyReader, i: number): Value {
  const v = k.values[i];
  if (v === null || v === undefined) return null;
  if (k.regions !== null) return typeof v === 'string' ? (k.regions.get(v) ?? null) : null;
  return typeof v === 'bigint' ? Number(v) : v;
}

/**
 * The rows `exploreQuery(s).sql` returns, computed from the plan's columns of its table (`data`;
 * other columns are ignored) and, for region groups, the States' iso3 → region. Throws when the
 * state has no plan or a column is missing.
 */
export function directAnswer(s: ExploreState, data: DirectData, regions?: ReadonlyMap<string, string | null>): DirectRow[] {
  const r = reading(s);
  if (!r) throw new Error('directAnswer: this Explore state needs SQL (directPlan is null)');
  const column = (c: string) => {
    const a = data.columns[c];
    if (!a) throw new Error(`directAnswer: column '${c}' of ${r.table.name} is missing`);
    return a;
  };
  if (r.keys.some((k) => k.region) && !regions) throw new Error('directAnswer: a region group needs the iso3 → region map of states');
  const filters: Filter[] = Object.entries(r.bounds).map(([c, b]) => ({
    values: column(c),
    in: b.in ? new Set<unknown>(b.in) : null,
    min: b.min === undefined ? null : (b.min as Value),
    max: b.max === undefined ? null : (b.max as Value),
  }));
  const readers: KeyReader[] = r.keys.map((k) => ({ values: column(k.column), regions: k.region ? regions! : null }));
  const figure = column(r.figure);
  const depth = readers.length;
  const total: Acc = { keys: [], sum: 0, seen: false };
  // Groups in nested maps, one level per group column: exact keys (NULL, numbers and strings apart), no string building.
  const root = new Map<Value, unknown>();
  const groups: Acc[] = [];
  const keys: Value[] = new Array(depth);

  rows: for (let i = 0; i < data.length; i++) {
    for (let f = 0; f < filters.length; f++) if (!passes(filters[f]!, i)) continue rows;
    const v = figure[i];
    const isNull = v === null || v === undefined;
    if (isNull && r.notNull) continue;
    let acc = total;
    if (depth > 0) {
      let node = root;
      for (let g = 0; g < depth - 1; g++) {
        const k = (keys[g] = keyAt(readers[g]!, i));
        let next = node.get(k) as Map<Value, unknown> | undefined;
        if (!next) node.set(k, (next = new Map()));
        node = next;
      }
      const last = (keys[depth - 1] = keyAt(readers[depth - 1]!, i));
      let found = node.get(last) as Acc | undefined;
      if (!found) {
        found = { keys: keys.slice(), sum: 0, seen: false };
        node.set(last, found);
        groups.push(found);
      }
      acc = found;
    }
    // SUM skips NULLs: a group whose figures are all NULL sums to NULL.
    if (!isNull) {
      acc.sum += typeof v === 'bigint' ? Number(v) : (v as number);
      acc.seen = true;
    }
  }

  const measure = (a: Acc): number | null => (a.seen ? a.sum : r.zeroWhenEmpty ? 0 : null);
  const out = (a: Acc): DirectRow => {
    const row: DirectRow = {};
    r.keys.forEach((k, g) => {
      row[k.name] = a.keys[g]!;
    });
    row[s.measure] = measure(a);
    return row;
  };
  // Without GROUP BY a SELECT of aggregates is one row, even over no rows; with it, one row per group.
  if (depth === 0) return [out(total)];
  groups.sort((a, b) => {
    for (let g = 0; g < depth; g++) {
      const c = compareValues(a.keys[g]!, b.keys[g]!);
      if (c !== 0) return c;
    }
    return 0;
  });
  return groups.map(out);
}
