/**
 * Publish stage: each table to `<out>/<table>.parquet` (zstd, sorted by the table's common filters
 * for row-group pruning), written to a temporary name and renamed, so a failed build never leaves a
 * half-written file where the site would serve it.
 *
 * A build publishes all or nothing: it writes every table, the manifest and the history into a
 * staging folder beside the output folder, then swaps the staging folder in by renaming. A failure
 * before the swap leaves the previous tables and manifest untouched and matching each other.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createTableSql, type AnyTable, type ColumnMeta, type Columns } from '../schema/columns.ts';
import type { PublishedTable } from '../schema/manifest.ts';
import { transfers } from '../schema/transfers.ts';
import { buildAggregates } from './aggregates.ts';
import { rowGroupIndex } from './rowGroupIndex.ts';
import { sha256 } from './sources.ts';

/**
 * Rows per Parquet row group: small enough that a query bound to one reporter and a few years reads
 * a few groups of a big table (src/pipeline/rowGroupIndex.ts), large enough that the index in the
 * manifest stays small (about 1,000 groups for a SYNTHETIC 100× transfers).
 */
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
    await conn.run(`COPY (SELECT * FROM "${table.name}" ORDER BY ${order}) TO '${tmp.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  const bytes = await readFile(file);
  const count = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM "${table.name}"`);
  const rows = Number(count.getRowObjects()[0]!.n);
  // The browser reads only the row groups a query's filters can match: their key ranges go in the manifest.
  const index = await rowGroupIndex(conn, table, file);
  if (index && index.groups.reduce((n, g) => n + g.rows, 0) !== rows) throw new Error(`publish: ${table.name}.parquet row groups do not add up to its ${rows} rows`);
  return {
    name: table.name,
    file: `${table.name}.parquet`,
    rows,
    bytes: (await stat(file)).size,
    sha256: sha256(bytes),
    ...(index ? { rowGroups: index } : {}),
  };
}

/** One in-memory DuckDB for a build: load every table, write every file (and, with transfers, its aggregates). */
export async function publishTables(outDir: string, tables: { table: AnyTable; rows: readonly Record<string, unknown>[] }[]): Promise<PublishedTable[]> {
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await db.connect();
  try {
    const out: PublishedTable[] = [];
    for (const { table, rows } of tables) {
      await loadTable(conn, table, rows);
      out.push(await writeParquet(conn, table, outDir));
      // The pre-aggregated tables are derived from transfers and published with it.
      if (table.name === transfers.name) for (const agg of await buildAggregates(conn)) out.push(await writeParquet(conn, agg, outDir));
    }
    return out;
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/** A fresh, empty staging folder beside `outDir` (same file system, so that rename can swap it in). */
export async function stagingFolder(outDir: string): Promise<string> {
  const stage = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  return stage;
}

/**
 * Puts `stage` in the place of `outDir`: the old folder is renamed aside, the new one renamed in, the
 * old one removed. Between the two renames (microseconds) the folder is absent, never half-written;
 * if the second rename fails the old folder is put back.
 */
export async function swapIn(stage: string, outDir: string): Promise<void> {
  const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`);
  await rm(previous, { recursive: true, force: true });
  let hadPrevious = true;
  try {
    await rename(outDir, previous);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`publish: cannot move the published folder ${outDir} aside: ${e instanceof Error ? e.message : String(e)}`);
    hadPrevious = false;
  }
  try {
    await rename(stage, outDir);
  } catch (e) {
    if (hadPrevious) await rename(previous, outDir);
    throw new Error(`publish: cannot move the new tables into ${outDir} (the previous ones stay published): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
