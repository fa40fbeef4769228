/**
 * Build-time access to the published Parquet tables through DuckDB's Node bindings (the same 1.4.3
 * engine the browser runs). One in-memory database per data folder, each table a view over its
 * file; results come back as plain objects with BigInt turned into number (counts and sums here
 * stay far below 2^53).
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Query } from '../db/query.ts';
import { TABLES } from '../schema/index.ts';
import { dataDir } from './dataDir.ts';

export type Row = Record<string, string | number | boolean | null>;

const connections = new Map<string, Promise<DuckDBConnection>>();

async function open(dir: string): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await db.connect();
  for (const t of TABLES) {
    const file = join(dir, `${t.name}.parquet`);
    // A missing table fails the first query that uses it, with DuckDB naming the file.
    if (!existsSync(file)) continue;
    await conn.run(`CREATE VIEW "${t.name}" AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
  }
  return conn;
}

/** The shared connection for a data folder (views: transfers, reports, states, categories, reconciliation, rejects). */
export function connection(dir = dataDir()): Promise<DuckDBConnection> {
  let c = connections.get(dir);
  if (!c) connections.set(dir, (c = open(dir)));
  return c;
}

/** Whether the folder holds the given table (pages degrade gracefully before the first pipeline run). */
export function hasTable(name: string, dir = dataDir()): boolean {
  return existsSync(join(dir, `${name}.parquet`));
}

/**
 * Runs SQL with bound parameters and returns plain rows. Site code calls `queryRows` with a named
 * builder from src/queries/; this raw form is for tests and scripts that check the data itself.
 */
export async function query<T extends object = Row>(sql: string, params: DuckDBValue[] = [], dir = dataDir()): Promise<T[]> {
  const conn = await connection(dir);
  const reader = await conn.runAndReadAll(sql, params);
  return reader.getRowObjectsJS().map((r) => plain(r)) as T[];
}

function plain(r: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(r)) out[k] = toPlain(v);
  return out;
}

function toPlain(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** The Runner contract (src/db/query.ts) in Node: a named query's rows, from the tables of `dir`. */
export function queryRows<T extends object = Row>(q: Query, dir = dataDir()): Promise<T[]> {
  return query<T>(q.sql, q.params, dir);
}

/** Closes every connection (tests; a build process simply exits). */
export function closeAll(): void {
  for (const c of connections.values()) void c.then((conn) => conn.closeSync());
  connections.clear();
}
