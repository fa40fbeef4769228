/**
 * The published tables inside the page's DuckDB, loaded on the first query that needs each one.
 * A small table loads whole. A big one (RANGE_READ_MIN_BYTES and up) loads only the columns the
 * query's SQL names (columnRefs.ts) and only the row groups its bounds may need (rowGroups.ts,
 * from the manifest's row-group index), read by HTTP range requests where the host serves them.
 *
 * What is loaded is tracked per table (columns and row groups). A later query that needs more
 * columns or other groups reloads the table with the union of both, so the table only ever grows
 * and every query finds a superset of the rows its WHERE keeps: the same answer as on the whole
 * table. (A temporary table per query would reload on every change of filter; the union reuses a
 * load for every query within it, e.g. each grouping of one reporter's years.) Loads of one table
 * run one after another into a staging table that replaces the old one in a single transaction, so
 * a query sees the whole old table or the whole new one, never half a table. A reload drops the old
 * copy before it starts: holding both would double the memory the biggest tables take (at 100× the
 * data, reloads of the 8.2 M-row partner aggregate took the page from 1.2 to 1.67 GB). A named query
 * that finds its table gone meanwhile waits for the reload and runs again (run.ts).
 */
import { RecordBatchReader } from 'apache-arrow';
import { columnNames, TABLES, type AnyTable, type Columns } from '../schema/index.ts';
import { columnsToLoad, covers } from './columnRefs.ts';
import { tableUrl, type TableFile } from './dataFiles.ts';
import type { LoadOutcome } from './tableLoader.ts';
import { database, errorMessage, type Database, type LoadedTable } from './duckdb.ts';
import { LoadError } from './fetchGuard.ts';
import type { RowBounds } from './query.ts';
import { coversGroups, groupsToLoad, rowsIn } from './rowGroups.ts';
import { dbStatus, setDbStatus, type LoadProgress } from './status.ts';
import { appendUserRows } from './userTables.ts';

const SCHEMA_TABLES = new Map<string, AnyTable>(TABLES.map((t) => [t.name, t]));

/**
 * Loads the named tables (unknown names are left for DuckDB to report). With `sql`, a big table
 * gets only the columns that text names, and with `bounds` only the row groups that may hold rows
 * within them; without `sql` (the SQL console), every column and row.
 */
export async function ensureTables(names: readonly string[], sql?: string, bounds?: RowBounds): Promise<void> {
  const d = await database();
  await Promise.all(names.map((name) => ensureTable(d, name, sql, bounds?.table === name ? bounds.columns : undefined)));
}

function ensureTable(d: Database, name: string, sql: string | undefined, bounds: RowBounds['columns'] | undefined): Promise<void> {
  const def = SCHEMA_TABLES.get(name);
  const file = d.files.get(name);
  if (!def || !file) return Promise.resolve();
  const cur = d.loaded.get(name);
  const columns = columnsToLoad(def, file, sql, cur?.columns);
  const groups = groupsToLoad(file, sql, bounds, cur?.groups);
  if (cur && covers(cur.columns, columns) && coversGroups(cur.groups, groups)) return cur.ready;
  const previous = cur?.ready.catch(() => undefined);
  const entry: LoadedTable = { columns: columns && new Set(columns), groups: groups && new Set(groups), ready: Promise.resolve() };
  const ready = (async () => {
    await previous;
    await oneAtATime(d, async () => {
      const out = await loadTable(d, def, file, columns, groups, cur !== undefined);
      // A host without ranges sent the whole file: every column and row is in (no reload later).
      if (out.mode === 'whole') {
        entry.columns = null;
        entry.groups = null;
      }
      // The reader's own rows ("Your data" page, userTables.ts), if any, join the table as it loads.
      await appendUserRows(d.loader, def.name, undefined, entry.columns && new Set(entry.columns));
    });
  })();
  entry.ready = ready;
  d.loaded.set(name, entry);
  ready.catch(() => {
    if (d.loaded.get(name) === entry) d.loaded.delete(name);
  });
  return ready;
}

// Loads share one connection (d.loader), and each ends in a transaction that swaps its table in:
// two at once would open a transaction inside the other's ("cannot start a transaction within a
// transaction", seen when a query names two tables). They run one after another, per database.
const queues = new WeakMap<Database, Promise<unknown>>();

function oneAtATime(d: Database, load: () => Promise<void>): Promise<void> {
  const next = (queues.get(d) ?? Promise.resolve()).then(load, load);
  queues.set(
    d,
    next.catch(() => undefined),
  );
  return next;
}

/** Tables being fetched and decoded right now (several islands may ask at once), with their progress. */
const loading = new Map<string, LoadProgress | undefined>();

function showLoading(): void {
  const [first] = loading;
  const { readyMs } = dbStatus();
  setDbStatus(first ? { phase: 'loading', table: first[0], readyMs, ...(first[1] ? { progress: first[1] } : {}) } : { phase: 'ready', readyMs });
}

/** Column names of an Arrow IPC stream, read from its schema message only. */
function ipcColumnNames(ipc: Uint8Array): string[] {
  const reader = RecordBatchReader.from(ipc);
  reader.open();
  return reader.schema.fields.map((f) => f.name);
}

/** DDL of a table holding `names` (in that order), typed from the schema. */
function createSql(def: AnyTable, table: string, names: readonly string[]): string {
  const cols = def.columns as Columns;
  return `CREATE TABLE "${table}" (${names
    .map((n) => {
      const c = cols[n];
      if (!c) throw new LoadError(`${def.name}.parquet`, `column ${n} is not in the schema`);
      return `"${n}" ${c.type}${c.nullable ? '' : ' NOT NULL'}`;
    })
    .join(', ')})`;
}

async function loadTable(d: Database, def: AnyTable, file: TableFile, columns: string[] | null, groups: number[] | null, dropFirst: boolean): Promise<LoadOutcome> {
  // Identifiers below come from the schema, never from the page or the user.
  const staging = `__load_${def.name}`;
  const t0 = performance.now();
  loading.set(def.name, undefined);
  showLoading();
  try {
    await d.loader.query(`DROP TABLE IF EXISTS "${staging}"`);
    if (dropFirst) await d.loader.query(`DROP TABLE IF EXISTS "${def.name}"`);
    let created: string[] | undefined;
    const out = await d.tables.load(
      { url: tableUrl(file), bytes: file.bytes, sha256: file.sha256, columns, rowGroups: groups, groupRows: file.rowGroups?.groups.map((g) => g.rows) ?? null },
      {
        async chunk(ipc) {
          if (!created) {
            created = ipcColumnNames(ipc);
            const missing = (columns ?? []).filter((c) => !created!.includes(c));
            if (missing.length) throw new LoadError(`${def.name}.parquet`, `the file has no column ${missing.join(', ')}`);
            await d.loader.query(createSql(def, staging, created));
          }
          // The staging table has the chunk's columns in the chunk's order: a positional insert.
          await d.loader.insertArrowFromIPCStream(ipc, { name: staging, create: false });
        },
        progress(p) {
          loading.set(def.name, p);
          showLoading();
        },
      },
    );
    // A read that lost rows is an error, never a smaller table.
    const expected = out.mode === 'whole' ? file.rows : rowsIn(file.rowGroups, groups, file.rows);
    if (out.rows !== expected) throw new LoadError(`${def.name}.parquet`, `${out.rows} rows read, the manifest says ${expected}${groups ? ` in ${groups.length} row groups` : ''}`);
    if (!created) await d.loader.query(createSql(def, staging, columns ?? columnNames(def)));
    await d.loader.query('BEGIN TRANSACTION');
    try {
      await d.loader.query(`DROP TABLE IF EXISTS "${def.name}"`);
      await d.loader.query(`ALTER TABLE "${staging}" RENAME TO "${def.name}"`);
      await d.loader.query('COMMIT');
    } catch (e) {
      await d.loader.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
    performance.measure(LOAD_MEASURE, { start: t0, end: performance.now(), detail: { table: def.name, ...out, totalRows: file.rows } });
    return out;
  } catch (e) {
    await d.loader.query(`DROP TABLE IF EXISTS "${staging}"`).catch(() => undefined);
    throw new Error(`${def.name}: ${errorMessage(e)}`);
  } finally {
    loading.delete(def.name);
    showLoading();
  }
}

/** User Timing measure of each table load; its detail says how (range or whole), rows, bytes and columns. */
export const LOAD_MEASURE = 'att:table-load';
