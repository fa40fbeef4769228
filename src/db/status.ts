/**
 * What the page's database is doing, for every island to show: a tiny observable value (no
 * framework), so the React store and non-React code can both subscribe.
 */
export type DbPhase = 'idle' | 'starting' | 'loading' | 'ready' | 'error';

export interface DbStatus {
  phase: DbPhase;
  /** Table being fetched and decoded while `phase` is `loading`. */
  table?: string;
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
