/** Puts the reader's stored rows into this page's DuckDB, if the page has started one. */
import { database } from '../db/duckdb.ts';
import { refreshUserRows } from '../db/userTables.ts';
import { dbStatus } from '../db/status.ts';

export async function refreshThisPage(): Promise<void> {
  // A page that has not started DuckDB yet gets the rows when it does (ensureTables appends them).
  if (dbStatus().phase === 'idle' || dbStatus().phase === 'error') return;
  await refreshUserRows(await database());
}
