/**
 * The small store the islands share: the page database's status (one DuckDB for every island)
 * and the page's query string, each as a React hook over a plain subscribe/get pair.
 */
import { useSyncExternalStore } from 'react';
import { dbStatus, subscribeDbStatus, type DbStatus } from '../db/status.ts';

const SERVER_STATUS: DbStatus = { phase: 'idle' };

export function useDbStatus(): DbStatus {
  return useSyncExternalStore(subscribeDbStatus, dbStatus, () => SERVER_STATUS);
}

/** Reads the page's query string (without `?`); empty during server rendering. */
export function currentQuery(): string {
  return typeof window === 'undefined' ? '' : window.location.search.replace(/^\?/, '');
}

/**
 * Puts a query string in the address bar without a reload or a new history entry (each filter
 * change would otherwise add one); the URL is then always a permalink of what is shown.
 */
export function replaceQuery(query: string): void {
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
}

/**
 * Sets or removes some keys of the query string, keeping the others (and the fragment), without a
 * reload or a new history entry.
 */
export function replaceQueryParams(values: Record<string, string | null>): void {
  const params = new URLSearchParams(currentQuery());
  for (const [k, v] of Object.entries(values)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  replaceQuery(params.toString().replaceAll('%2C', ','));
}
