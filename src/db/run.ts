/**
 * Running queries on the page's DuckDB: named queries as prepared statements with bound
 * parameters, and the SQL console's free text on its own connection so it can be cancelled.
 */
import { Table, type RecordBatch } from 'apache-arrow';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Query, Runner } from './query.ts';
import { availableTables, connect, database, errorMessage, QUERY_MEASURE, resetDatabase, type Database } from './duckdb.ts';
import { ensureTables } from './tables.ts';
import { LoadError } from './fetchGuard.ts';
import { ResultBudget, ResultTooLarge } from './resultLimits.ts';
import { columnsOf, rowsOf, type ResultColumn } from './results.ts';
import { referencedTables } from './tableRefs.ts';

export interface QueryResult {
  table: Table;
  columns: ResultColumn[];
  numRows: number;
  /** Time DuckDB took, tables already loaded (what a reader waits for on the next query). */
  ms: number;
  /** Set when the console stopped the query at its row bound: `numRows` rows were kept, more existed. */
  truncatedAt?: number;
}

// One connection per instance for named queries; the worker runs them one after another.
const shared = new WeakMap<Database, Promise<AsyncDuckDBConnection>>();

async function sharedConnection(): Promise<AsyncDuckDBConnection> {
  const d = await database();
  let c = shared.get(d);
  if (!c) shared.set(d, (c = connect()));
  return c;
}

/** Runs a named query with its parameters bound (never interpolated). */
export async function runQuery(q: Query): Promise<QueryResult> {
  try {
    return await runLoaded(q);
  } catch (e) {
    // Another island's reload dropped a table this query had just made sure of (tables.ts drops
    // before it reloads): the query makes sure of its tables again (waiting for that load) and
    // runs once more. A table that is not there at all fails the same way again.
    const gone = /Table with name "?(\w+)"? does not exist/.exec(errorMessage(e))?.[1];
    if (!gone || !q.tables.some((t) => t === gone)) throw e;
    return runLoaded(q);
  }
}

async function runLoaded(q: Query): Promise<QueryResult> {
  // Only the columns the query's text names: a big table then loads a fraction of its bytes.
  // Only the row groups its bounds may need (src/db/rowGroups.ts), where the manifest indexes them.
  await ensureTables(q.tables, q.sql, q.bounds);
  const conn = await sharedConnection();
  const t0 = performance.now();
  let table: Table;
  if (q.params.length === 0) table = await conn.query(q.sql);
  else {
    const stmt = await conn.prepare(q.sql);
    try {
      table = await stmt.query(...q.params);
    } finally {
      // Not awaited: the rows are here, and the worker closes the statement before it runs the
      // connection's next message anyway (one round trip less before the reader sees them).
      stmt.close().catch(() => undefined);
    }
  }
  performance.measure(QUERY_MEASURE, { start: t0, end: performance.now() });
  return result(table, performance.now() - t0);
}

/**
 * Runs a named query when the page is next idle, on the shared connection, for its side effects
 * only (e.g. src/queries/engineWarmUp.ts): not timed as a query (QUERY_MEASURE is what a reader
 * waits for), its rows and any error dropped.
 */
export function runWhenIdle(q: Query): void {
  const run = () => {
    sharedConnection()
      .then((conn) => conn.prepare(q.sql))
      .then((stmt) => stmt.query(...q.params).finally(() => stmt.close()))
      .catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

function result(table: Table, ms: number): QueryResult {
  return { table, columns: columnsOf(table), numRows: table.numRows, ms: Math.round(ms) };
}

/** The Runner contract in the browser: a named query's rows as plain objects. */
export const queryRows: Runner = async <T extends object>(q: Query) => rowsOf((await runQuery(q)).table) as unknown as T[];

export interface ConsoleResult extends QueryResult {
  undone: boolean;
  restored: boolean;
}

/** Whether a result is what DuckDB returns for a statement that changes something. */
export function looksLikeWrite(columns: readonly { name: string }[], numRows: number): boolean {
  const names = columns.map((c) => c.name).join(',');
  return (names === 'Success' && numRows === 0) || (names === 'Count' && numRows <= 1);
}

export class QueryCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'QueryCancelled';
  }
}

/**
 * Undoes whatever the console's statements changed. When there is no transaction left to roll
 * back, the text committed (or rolled back) on its own: changes may have reached the tables, so
 * the database is restarted and the tables reload as published. Returns whether it was restarted.
 */
async function rollBack(c: AsyncDuckDBConnection): Promise<boolean> {
  try {
    await c.query('ROLLBACK');
    return false;
  } catch {
    await resetDatabase();
    return true;
  }
}

/** How long a cancel may take before the worker is stopped and DuckDB restarted. */
const CANCEL_GRACE_MS = 1500;

/** A console: free SQL on a connection of its own, one query at a time, cancellable. */
export interface ConsoleSession {
  /**
   * Runs the text inside a transaction that is always rolled back, so no statement can change the
   * published tables for the rest of the page. `undone` says whether the result looks like a write
   * (DuckDB answers DDL with a `Success` column and writes with a `Count` column); `restored` that
   * the text ended the transaction itself (COMMIT, ROLLBACK) and the tables were reloaded.
   */
  run(sql: string): Promise<ConsoleResult>;
  /** Asks DuckDB to stop; if it does not within a moment, restarts the database. */
  cancel(): Promise<'cancelled' | 'restarted' | 'idle'>;
}

export function consoleSession(): ConsoleSession {
  let conn: Promise<AsyncDuckDBConnection> | undefined;
  let running = false;
  // The run in progress. Each run keeps its own cancelled flag and connection: a cancelled run may
  // settle after the next one has started, and must then neither reset the database nor drop the
  // next run's connection.
  let current: { cancelled: boolean } | undefined;
  // Set while DuckDB starts or tables load: Cancel must work then too (a file may never arrive).
  let loading: AbortController | undefined;
  return {
    async run(sql) {
      const me = { cancelled: false };
      current = me;
      running = true;
      const abort = new AbortController();
      loading = abort;
      const aborted = new Promise<never>((_, reject) => abort.signal.addEventListener('abort', () => reject(new QueryCancelled()), { once: true }));
      let c: AsyncDuckDBConnection | undefined;
      let used: Promise<AsyncDuckDBConnection> | undefined;
      let restored = false;
      try {
        const prepare = async () => {
          await ensureTables(referencedTables(sql, await availableTables()));
          conn ??= connect();
          used = conn;
          return conn;
        };
        c = await Promise.race([prepare(), aborted]);
        if (current === me) loading = undefined;
        await c.query('BEGIN TRANSACTION');
        const t0 = performance.now();
        const reader = await c.send(sql);
        const batches: RecordBatch[] = [];
        // Each batch is measured before it is kept (src/db/resultLimits.ts): past a bound the
        // query is stopped, and nothing of an oversized value is ever decoded or drawn.
        const budget = new ResultBudget();
        let truncatedAt: number | undefined;
        for await (const b of reader) {
          const breach = budget.add(b);
          if (!breach) {
            batches.push(b);
            continue;
          }
          await c.cancelSent().catch(() => undefined);
          if (breach.bound !== 'rows') throw new ResultTooLarge(breach);
          // Too many rows: keep the first ones, up to the bound, and say the result is cut.
          const room = breach.limit - budget.rows;
          if (room > 0) batches.push(b.slice(0, room));
          truncatedAt = breach.limit;
          break;
        }
        const table = batches.length ? new Table(batches) : new Table(reader.schema);
        const r = result(table, performance.now() - t0);
        restored = await rollBack(c);
        if (restored && conn === used) conn = undefined;
        return { ...r, ...(truncatedAt ? { truncatedAt } : {}), undone: looksLikeWrite(r.columns, r.numRows), restored };
      } catch (e) {
        if (me.cancelled) {
          // A cancelled connection may not answer a ROLLBACK at once: leave it (closing it undoes
          // its transaction) and take a fresh one for the next query.
          if (conn === used) conn = undefined;
          if (c) void c.close().catch(() => undefined);
          throw new QueryCancelled();
        }
        if (c && !restored && (await rollBack(c).catch(() => false)) && conn === used) conn = undefined;
        if (e instanceof ResultTooLarge || e instanceof LoadError) throw e;
        throw new Error(errorMessage(e));
      } finally {
        if (current === me) {
          running = false;
          loading = undefined;
        }
      }
    },
    async cancel() {
      if (!running) return 'idle';
      if (current) current.cancelled = true;
      if (loading) {
        // Still starting or loading: give up on it, and stop the worker so a start or a load
        // that hangs cannot block the next Run.
        loading.abort();
        conn = undefined;
        await resetDatabase();
        return 'cancelled';
      }
      if (!conn) return 'idle';
      const c = await conn;
      const timeout = new Promise<'timeout'>((ok) => setTimeout(() => ok('timeout'), CANCEL_GRACE_MS));
      const r = await Promise.race([c.cancelSent().then(() => 'sent' as const), timeout]);
      if (r === 'sent') {
        // The cancelled run may not settle at once inside its transaction: the console stops
        // waiting for it, and the next query takes a fresh connection (closing this one undoes it).
        conn = undefined;
        void c.close().catch(() => undefined);
        return 'cancelled';
      }
      conn = undefined;
      await resetDatabase();
      return 'restarted';
    },
  };
}
