/**
 * A reader's own rows (from the "Your data" page, kept in userStore.ts) added to the page's DuckDB:
 * after a published table is loaded, the rows of the reader's files for that table are appended,
 * with source_id 'your-file' (report ids 'your-file:…'), so that Explore, the SQL console and every
 * query see them beside the published rows, told apart by their source. The SIPRI comparison table
 * exists only here (user_sipri_deliveries); it is never published.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { aggregateSql, columnNames, createTableSql, TABLES, TRANSFER_AGGREGATES, transfers, type AnyTable, type Columns } from '../schema/index.ts';
import { sipriDeliveries } from '../schema/sipriDeliveries.ts';
import { USER_SOURCE_ID as USER_SOURCE } from '../schema/userSource.ts';
import type { Database } from './duckdb.ts';
import { loadUserTables, type StoredTables } from './userStore.ts';

const DEFS = new Map<string, AnyTable>([...TABLES, sipriDeliveries].map((t) => [t.name, t]));

/** Appends the reader's rows for `name` (if any) to the table, which must exist. */
export async function appendUserRows(conn: AsyncDuckDBConnection, name: string, stored?: StoredTables | null, loadedColumns?: ReadonlySet<string> | null): Promise<number> {
  const tables = stored === undefined ? await loadUserTables() : stored;
  const def = DEFS.get(name);
  // Explore answers from the pre-aggregated tables: the reader's transfers are summed into them the
  // same way the pipeline sums the published ones (one INSERT from the schema), so every view counts them.
  const aggregate = TRANSFER_AGGREGATES.find((t) => t.name === name);
  if (aggregate) return appendUserAggregate(conn, aggregate, tables?.[transfers.name]);
  const ipc = tables?.[name];
  if (!ipc || ipc.length === 0 || !def) return 0;
  const staging = `__user_${def.name}`;
  // DuckDB takes the buffer over (it is transferred to its worker): pass a copy, keep the stored one.
  await conn.insertArrowFromIPCStream(ipc.slice(), { name: staging, create: true });
  // Identifiers and types come from the schema; the casts turn dates sent as text into DATEs.
  // A big published table may hold only the columns queries named so far (tables.ts): those only.
  const names = columnNames(def).filter((c) => !loadedColumns || loadedColumns.has(c));
  const cols = names.map((c) => `CAST("${c}" AS ${(def.columns as Columns)[c]!.type}) AS "${c}"`);
  await conn.query(`INSERT INTO "${def.name}" BY NAME SELECT ${cols.join(', ')} FROM "${staging}"`);
  const count = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${staging}"`);
  await conn.query(`DROP TABLE "${staging}"`);
  return Number(count.getChild('n')?.get(0) ?? 0);
}

/** Sums the reader's transfers into one pre-aggregated table; returns the number of rows added. */
async function appendUserAggregate(conn: AsyncDuckDBConnection, aggregate: AnyTable, ipc: Uint8Array | undefined): Promise<number> {
  if (!ipc || ipc.length === 0) return 0;
  const staging = `__user_${transfers.name}_for_${aggregate.name}`;
  await conn.insertArrowFromIPCStream(ipc.slice(), { name: staging, create: true });
  const before = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${aggregate.name}"`);
  await conn.query(aggregateSql(aggregate, staging));
  const after = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${aggregate.name}"`);
  await conn.query(`DROP TABLE "${staging}"`);
  return Number(after.getChild('n')?.get(0) ?? 0) - Number(before.getChild('n')?.get(0) ?? 0);
}

/** Removes the reader's rows from a table (the published rows stay). */
export async function removeUserRows(conn: AsyncDuckDBConnection, name: string): Promise<void> {
  const def = DEFS.get(name);
  if (!def) return;
  if (def === sipriDeliveries) await conn.query(`DELETE FROM "${def.name}"`);
  else if ('source_id' in def.columns) await conn.query(`DELETE FROM "${def.name}" WHERE source_id = '${USER_SOURCE}'`);
  else await conn.query(`DELETE FROM "${def.name}" WHERE report_id LIKE '${USER_SOURCE}:%'`);
}

/**
 * After the reader loads or forgets files on this page: tables this page's DuckDB already holds get
 * the stored rows in place of the earlier ones; tables loaded later get them as they load.
 */
export async function refreshUserRows(d: Database): Promise<void> {
  const stored = await loadUserTables();
  for (const [name, entry] of d.loaded) {
    try {
      await entry.ready;
    } catch {
      continue;
    }
    await removeUserRows(d.loader, name);
    await appendUserRows(d.loader, name, stored, entry.columns);
  }
}

/** The SIPRI table of the reader's file in this page's DuckDB (created and filled on first use). */
export async function ensureSipriTable(d: Database): Promise<void> {
  let p = d.loaded.get(sipriDeliveries.name)?.ready;
  if (!p) {
    p = (async () => {
      await d.loader.query(createTableSql(sipriDeliveries));
      await appendUserRows(d.loader, sipriDeliveries.name);
    })();
    const entry = { columns: null, groups: null, ready: p };
    d.loaded.set(sipriDeliveries.name, entry);
    p.catch(() => {
      if (d.loaded.get(sipriDeliveries.name) === entry) d.loaded.delete(sipriDeliveries.name);
    });
  }
  await p;
}
