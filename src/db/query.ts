/**
 * A named query: SQL text written in this codebase, its bound parameters (one `?` each, in
 * order), and the tables it reads (so the browser loads them first). User input only ever
 * travels in `params`; identifiers come from schema constants.
 */
import type { TableName } from '../schema/index.ts';

export type Param = string | number | boolean;

export interface Query {
  sql: string;
  params: Param[];
  tables: TableName[];
}

/**
 * Runs a named query and resolves with plain rows (numbers, never BigInt). One contract, two
 * runtimes: `queryRows` in src/db/run.ts (the browser, DuckDB-WASM) and in src/site-data/db.ts (Node
 * at build time and in tests, DuckDB's Node bindings), so query code is written once for both.
 */
export type Runner = <T extends object = Record<string, unknown>>(q: Query) => Promise<T[]>;
