/**
 * Publish stage: each table to `<out>/<table>.parquet` (zstd, sorted by the table's common filters
 * for row-group pruning), written to a temporary name and renamed, so a failed build never leaves a
 * half-written file where the site would serve it.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createTableSql, type AnyTable, type ColumnMeta, type Columns } from '../schema/columns.ts';
import type { PublishedTable } from '../schema/manifest.ts';
import { sha256 } from './sources.ts';

/** Rows per Parquet row group: small enough that a year filter skips most of the transfers file. */
export const ROW_GROUP_SIZE = 16_384;

type Appendable = string | number | boolean | null;

function appendCell(a: DuckDBAppender, c: ColumnMeta, v: Appendable, where: string): void {
  if (v === null || v === undefined) {
    if (!c.nullable) throw new Error(`${where}: NULL in a NOT NULL column`);
    a.appendNull();
    return;
  }
  switch (c.type) {
    case 'VARCHAR':
    case 'DATE':
      a.appendVarchar(String(v));
      return;
    case 'BOOLEAN':
      a.appendBoolean(Boolean(v));
      return;
    case 'DOUBLE':
      a.appendDouble(Number(v));
      return;
    case 'BIGINT':
      a.appendBigInt(BigInt(v as number));
      return;
    case 'INTEGER':
      a.appendInteger(Number(v));
      return;
    case 'SMALLINT':
      a.appendSmallInt(Number(v));
      return;
  }
}

/** Loads rows into a DuckDB table created from the schema definition. */
export async function loadTable(conn: DuckDBConnection, table: AnyTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  await conn.run(createTableSql(table));
  const cols = Object.entries(table.columns as Columns);
  const a = await conn.createAppender(table.name);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (const [name, c] of cols) appendCell(a, c, row[name] as Appendable, `${table.name} row ${i + 1} column ${name}`);
    a.endRow();
  }
  a.flushSync();
  a.closeSync();
}

export async function writeParquet(conn: DuckDBConnection, table: AnyTable, outDir: string): Promise<PublishedTable> {
  const file = join(outDir, `${table.name}.parquet`);
  const tmp = `${file}.tmp-${process.pid}`;
  const order = table.sortBy.map((c: string) => `"${c}" NULLS LAST`).join(', ');
  try {
    await conn.run(
      `COPY (SELECT * FROM "${table.name}" ORDER BY ${order}) TO '${tmp.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
    );
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  const bytes = await readFile(file);
  const count = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM "${table.name}"`);
  return {
    name: table.name,
    file: `${table.name}.parquet`,
    rows: Number(count.getRowObjects()[0]!.n),
    bytes: (await stat(file)).size,
    sha256: sha256(bytes),
  };
}

/** One in-memory DuckDB for a build: load every table, write every file. */
export async function publishTables(outDir: string, tables: { table: AnyTable; rows: readonly Record<string, unknown>[] }[]): Promise<PublishedTable[]> {
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await db.connect();
  try {
    const out: PublishedTable[] = [];
    for (const { table, rows } of tables) {
      await loadTable(conn, table, rows);
      out.push(await writeParquet(conn, table, outDir));
    }
    return out;
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
