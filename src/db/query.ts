/**
 * A named query: SQL text written in this codebase, its bound parameters (one `?` each, in
 * order), and the tables it reads (so the browser loads them first). User input only ever
 * travels in `params`; identifiers come from schema constants.
 */
import type { TableName } from '../schema/index.ts';

export type Param = string | number | boolean;

/** A bound on one column: the value is one of `in` (when given), and at least `min`, at most `max`. */
export interface KeyBound {
  in?: Param[];
  min?: Param;
  max?: Param;
}

/**
 * What the query's WHERE promises about every row it reads of `table`: each listed column is within
 * its bound (conditions joined by AND, so a row outside any one of them is never used). The browser
 * may then load only the row groups that can hold such rows (src/db/rowGroups.ts); a query that
 * states nothing gets the whole table.
 */
export interface RowBounds {
  table: TableName;
  columns: Record<string, KeyBound>;
}

export interface Query {
  sql: string;
  params: Param[];
  tables: TableName[];
  /** Optional: the bounds the WHERE clause holds the rows of one table to (above). */
  bounds?: RowBounds;
}

/**
 * Runs a named query and resolves with plain rows (numbers, never BigInt). One contract, two
 * runtimes: `queryRows` in src/db/run.ts (the browser, DuckDB-WASM) and in src/site-data/db.ts (Node
 * at build time and in tests, DuckDB's Node bindings), so query code is written once for both.
 */
export type Runner = <T extends object = Record<string, unknown>>(q: Query) => Promise<T[]>;
