/**
 * The page's DuckDB-WASM: one lazy instance behind an init promise, shared by every island, in a
 * Web Worker. Only the exception-handling (EH) bundle is used; its wasm and worker are assets of
 * the site (Vite `?url`), so nothing is fetched from a CDN.
 *
 * The wasm has no Parquet reader and would download one from extensions.duckdb.org; instead the
 * extension repository is pointed at the site's own origin with autoloading off, and tables are
 * decoded with parquet-wasm and inserted as Arrow IPC. Each table is fetched once per page, on
 * the first query that needs it, into a table created from the schema's DDL (exact types).
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { columnNames, createTableSql, TABLES, type AnyTable } from '../schema/index.ts';
import { EXTENSION_REPOSITORY_PATH } from './constants.ts';
import { fetchTable, loadManifest, siteUrl, type TableFile } from './dataFiles.ts';
import { diagnose, LOAD_TIMEOUT_MS, withTimeout, fileName } from './fetchGuard.ts';
import { initOnce as initParquet, ipcColumnNames, parquetToIpc } from './parquetCodec.ts';
import { dbStatus, setDbStatus } from './status.ts';
import { appendUserRows } from './userTables.ts';

export interface Database {
  db: AsyncDuckDB;
  worker: Worker;
  /** Connection used to create and fill tables; queries get their own connections. */
  loader: AsyncDuckDBConnection;
  loaded: Map<string, Promise<void>>;
  files: Map<string, TableFile>;
}

let instance: Promise<Database> | undefined;

/** User Timing names (performance.getEntriesByName) for DuckDB being ready and each named query. */
export const READY_MARK = 'att:duckdb-ready';
export const QUERY_MEASURE = 'att:query';

/** The shared instance, started on first use. */
export function database(): Promise<Database> {
  if (!instance) {
    instance = start();
    instance.catch((e: unknown) => {
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
  setDbStatus({ phase: 'starting' });
  const worker = new Worker(duckdbWorkerUrl);
  // A worker script that fails to load only fires 'error' (no status): ask the server why.
  const workerFailed = new Promise<never>((_, reject) =>
    worker.addEventListener(
      'error',
      (ev) => {
        ev.preventDefault();
        void diagnose(duckdbWorkerUrl, 'the worker did not start').then(reject);
      },
      { once: true },
    ),
  );
  // The Parquet decoder compiles while DuckDB does; tables need both.
  initParquet().catch(() => undefined);
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
    const manifest = await loadManifest();
    const files = new Map(manifest.tables.map((t) => [t.name, t]));
    setDbStatus({ phase: 'ready', readyMs: Math.round(performance.now() - t0) });
    // A standard User Timing mark: scripts/benchSite.ts reads it, so can any browser profiler.
    performance.mark(READY_MARK);
    return { db, worker, loader, loaded: new Map(), files };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

/**
 * Session settings: extensions may only come from the site's origin and are never installed or
 * loaded behind the user's back, SQL may not read files or URLs (a console query could otherwise
 * reach another origin), and the configuration is locked so no query can change it.
 */
export function settingsSql(repositoryUrl: string): string[] {
  return [
    `SET custom_extension_repository = '${repositoryUrl.replaceAll("'", "''")}'`,
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    // No file or URL access from SQL: tables arrive as Arrow from this module, never by path.
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

const SCHEMA_TABLES = new Map<string, AnyTable>(TABLES.map((t) => [t.name, t]));

/** Names of the tables the page can query (published and defined in the schema). */
export async function availableTables(): Promise<string[]> {
  const d = await database();
  return [...d.files.keys()].filter((n) => SCHEMA_TABLES.has(n));
}

/** Loads the named tables (once each per page); unknown names are left for DuckDB to report. */
export async function ensureTables(names: readonly string[]): Promise<void> {
  const d = await database();
  await Promise.all(
    names.map((name) => {
      let p = d.loaded.get(name);
      if (!p) {
        const def = SCHEMA_TABLES.get(name);
        const file = d.files.get(name);
        if (!def || !file) return Promise.resolve();
        // The reader's own rows ("Your data" page), if any, join each table as it loads.
        p = loadTable(d, def, file).then(() => appendUserRows(d.loader, def.name).then(() => undefined));
        d.loaded.set(name, p);
        p.catch(() => d.loaded.delete(name));
      }
      return p;
    }),
  );
}

/** Tables being fetched and decoded right now (several islands may ask at once). */
const loading = new Set<string>();

function showLoading(): void {
  const [first] = loading;
  const { readyMs } = dbStatus();
  setDbStatus(first ? { phase: 'loading', table: first, readyMs } : { phase: 'ready', readyMs });
}

async function loadTable(d: Database, def: AnyTable, file: TableFile): Promise<void> {
  loading.add(def.name);
  showLoading();
  try {
    const ipc = await parquetToIpc(await fetchTable(file));
    // Identifiers below come from the schema, never from the page or the user.
    await d.loader.query(createTableSql(def));
    if (ipcColumnNames(ipc).join('\n') === columnNames(def).join('\n')) {
      // The file has the schema's columns in the schema's order (the pipeline writes it so):
      // insert straight into the typed table, a positional INSERT.
      await d.loader.insertArrowFromIPCStream(ipc, { name: def.name, create: false });
    } else {
      // Otherwise match columns by name through a staging table (slower: one more copy).
      const staging = `__load_${def.name}`;
      await d.loader.insertArrowFromIPCStream(ipc, { name: staging, create: true });
      await d.loader.query(`INSERT INTO "${def.name}" BY NAME SELECT * FROM "${staging}"`);
      await d.loader.query(`DROP TABLE "${staging}"`);
    }
  } catch (e) {
    await d.loader.query(`DROP TABLE IF EXISTS "${def.name}"`).catch(() => undefined);
    throw new Error(`${def.name}: ${errorMessage(e)}`);
  } finally {
    loading.delete(def.name);
    showLoading();
  }
}

/** A new connection on the shared instance (one per island, so a cancel affects only its own query). */
export async function connect(): Promise<AsyncDuckDBConnection> {
  return (await database()).db.connect();
}

/**
 * Stops the worker outright (the last resort when a query ignores cancellation) and forgets the
 * instance; the next query starts a fresh one and reloads the tables it needs.
 */
export async function resetDatabase(): Promise<void> {
  const p = instance;
  instance = undefined;
  setDbStatus({ phase: 'idle' });
  if (!p) return;
  try {
    (await p).worker.terminate();
  } catch {
    // The instance never started: nothing to stop.
  }
}

/** DuckDB's own message (they are clear: "Catalog Error: Table with name x does not exist!"). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
