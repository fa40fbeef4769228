/**
 * What the page's database is doing, for every island to show: a tiny observable value (no
 * framework), so the React store and non-React code can both subscribe.
 */
export type DbPhase = 'idle' | 'starting' | 'loading' | 'ready' | 'error';

/** How far a table load has got: rows decoded and bytes read, each of its total (0 when not yet known). */
export interface LoadProgress {
  rows: number;
  totalRows: number;
  bytes: number;
  totalBytes: number;
}

export interface DbStatus {
  phase: DbPhase;
  /** Table being fetched and decoded while `phase` is `loading`. */
  table?: string;
  /** How far the load of `table` has got (long loads show it). */
  progress?: LoadProgress;
  /** DuckDB's or the network's message while `phase` is `error`. */
  error?: string;
  /** Milliseconds from the start until DuckDB answered its first query (set once ready). */
  readyMs?: number;
}

let current: DbStatus = { phase: 'idle' };
const listeners = new Set<() => void>();

export function dbStatus(): DbStatus {
  return current;
}

export function setDbStatus(next: DbStatus): void {
  current = next;
  for (const l of listeners) l();
}

export function subscribeDbStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
