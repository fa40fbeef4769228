/**
 * The page's DuckDB-WASM: one lazy instance behind an init promise, shared by every island, in a
 * Web Worker. Only the exception-handling (EH) bundle is used; its wasm and worker are assets of
 * the site (Vite `?url`), so nothing is fetched from a CDN.
 *
 * The wasm has no Parquet reader and would download one from extensions.duckdb.org; instead the
 * extension repository is pointed at the site's own origin with autoloading off, and tables are
 * decoded by parquet-wasm in a second worker (tableLoader.ts) and inserted as Arrow IPC, each on
 * the first query that needs it (tables.ts).
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { duckdbWorkerUrl, workerLoadError } from './duckdbWorkerUrl.ts';
import { TABLES } from '../schema/index.ts';
import { EXTENSION_REPOSITORY_PATH } from './constants.ts';
import { loadManifest, siteUrl, type TableFile } from './dataFiles.ts';
import { diagnose, LOAD_TIMEOUT_MS, withTimeout, fileName } from './fetchGuard.ts';
import { startTableLoader, type TableLoader } from './tableLoader.ts';
import { setDbStatus } from './status.ts';

export interface Database {
  db: AsyncDuckDB;
  worker: Worker;
  /** Connection used to create and fill tables; queries get their own connections. */
  loader: AsyncDuckDBConnection;
  /** Each table loaded so far: its columns and row groups (null: all of them) and the load that brings them. */
  loaded: Map<string, LoadedTable>;
  files: Map<string, TableFile>;
  /** The worker that fetches and decodes Parquet (tableLoader.ts). */
  tables: TableLoader;
}

export interface LoadedTable {
  columns: ReadonlySet<string> | null;
  groups: ReadonlySet<number> | null;
  ready: Promise<void>;
}

let instance: Promise<Database> | undefined;
/** Counts resets, so an instance dropped while it started does not report itself ready. */
let generation = 0;

/** User Timing names (performance.getEntriesByName) for DuckDB being ready and each named query. */
export const READY_MARK = 'att:duckdb-ready';
export const QUERY_MEASURE = 'att:query';

/** The shared instance, started on first use. */
export function database(): Promise<Database> {
  if (!instance) {
    const p = start();
    instance = p;
    p.catch((e: unknown) => {
      // An instance already dropped (resetDatabase) must not clear or overwrite its successor.
      if (instance !== p) return;
      setDbStatus({ phase: 'error', error: errorMessage(e) });
      instance = undefined;
    });
  }
  return instance;
}

/** Starts DuckDB once the browser is idle after first paint (pages that will query it for sure). */
export function warmUp(): void {
  const go = () => void database().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 2000 });
  else setTimeout(go, 200);
}

async function start(): Promise<Database> {
  const t0 = performance.now();
  const gen = generation;
  setDbStatus({ phase: 'starting' });
  const worker = new Worker(duckdbWorkerUrl);
  // A worker script that fails to load only fires 'error' (no status): ask the server why.
  const workerFailed = new Promise<never>((_, reject) =>
    worker.addEventListener(
      'error',
      (ev) => {
        ev.preventDefault();
        void workerLoadError('the worker did not start').then(reject);
      },
      { once: true },
    ),
  );
  // The table loader's worker compiles its Parquet decoder while DuckDB starts; tables need both.
  const tables = startTableLoader();
  try {
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    // DuckDB waits forever on a wasm the server refuses: on an error or the deadline, ask the
    // server for the file's status so the message says why.
    const instantiated = withTimeout(db.instantiate(duckdbWasmUrl), LOAD_TIMEOUT_MS, fileName(duckdbWasmUrl)).catch(async (e: unknown) => {
      throw await diagnose(duckdbWasmUrl, errorMessage(e).replace(/^[^:]*: /, ''));
    });
    await Promise.race([instantiated, workerFailed]);
    // JavaScript must never see BigInt where a number is meant: counts and sums arrive as doubles.
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const loader = await db.connect();
    const repo = new URL(siteUrl(EXTENSION_REPOSITORY_PATH), window.location.origin).href;
    for (const stmt of settingsSql(repo)) await loader.query(stmt);
    await loader.query(USE_TABLES_SQL);
    const manifest = await loadManifest();
    const files = new Map(manifest.tables.map((t) => [t.name, t]));
    if (gen === generation) {
      setDbStatus({ phase: 'ready', readyMs: Math.round(performance.now() - t0) });
      // A standard User Timing mark: scripts/benchSite.ts reads it, so can any browser profiler.
      performance.mark(READY_MARK);
    }
    return { db, worker, loader, loaded: new Map(), files, tables };
  } catch (e) {
    worker.terminate();
    tables.terminate();
    throw e;
  }
}

/** The in-memory database the published tables are loaded into (see settingsSql). */
const TABLES_DATABASE = 'att_tables';
const USE_TABLES_SQL = `USE ${TABLES_DATABASE}`;

/**
 * Session settings: extensions may only come from the site's origin and are never installed or
 * loaded behind the user's back, SQL may not read files or URLs (a console query could otherwise
 * reach another origin), and the configuration is locked so no query can change it.
 */
export function settingsSql(repositoryUrl: string): string[] {
  return [
    // The tables live in a compressed in-memory database: a table takes about an eighth of the
    // memory it takes uncompressed (8.2 M rows of the partner aggregate at 100×, nine columns:
    // 766 → 95 MB in native DuckDB 1.4.3), and scans are no slower. Every connection uses it
    // (USE_TABLES_SQL), so queries name tables as before.
    `ATTACH ':memory:' AS ${TABLES_DATABASE} (COMPRESS)`,
    `SET custom_extension_repository = '${repositoryUrl.replaceAll("'", "''")}'`,
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    // No file or URL access from SQL: tables arrive as Arrow from this module, never by path.
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

const SCHEMA_TABLES = new Set(TABLES.map((t) => t.name));

/** Names of the tables the page can query (published and defined in the schema). */
export async function availableTables(): Promise<string[]> {
  const d = await database();
  return [...d.files.keys()].filter((n) => SCHEMA_TABLES.has(n));
}

/** A new connection on the shared instance (one per island, so a cancel affects only its own query), on the tables' database. */
export async function connect(): Promise<AsyncDuckDBConnection> {
  const c = await (await database()).db.connect();
  await c.query(USE_TABLES_SQL);
  return c;
}

/**
 * Stops the worker outright (the last resort when a query ignores cancellation) and forgets the
 * instance; the next query starts a fresh one and reloads the tables it needs.
 */
export async function resetDatabase(): Promise<void> {
  const p = instance;
  instance = undefined;
  generation++;
  setDbStatus({ phase: 'idle' });
  if (!p) return;
  // Not awaited: an instance still starting is stopped once it has started, and the caller (Cancel)
  // answers at once instead of after that start, which could otherwise land on the next run.
  p.then(
    (d) => {
      d.worker.terminate();
      d.tables.terminate();
    },
    () => undefined, // the instance never started: nothing to stop
  );
}

/** DuckDB's own message (they are clear: "Catalog Error: Table with name x does not exist!"). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
