/**
 * The URL to start DuckDB's Web Worker with: the shim (duckdbWorkerShim.js), which lets Chromium
 * cache DuckDB's compiled wasm between visits, with DuckDB's worker script in its fragment. Both
 * files are named by content hash under `_astro/`, so both are cached for good.
 */
import duckdbBrowserWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { diagnose, type LoadError } from './fetchGuard.ts';
import shimUrl from './duckdbWorkerShim.js?url';

export const duckdbWorkerUrl = workerUrlWithScript(shimUrl, duckdbBrowserWorkerUrl);

/** `shim#<script, encoded>`: the fragment is never sent to the server, the shim reads it. */
export function workerUrlWithScript(shim: string, script: string): string {
  return `${shim}#${encodeURIComponent(script)}`;
}

/**
 * Why the worker did not start, naming the file at fault: DuckDB's script if the server refuses
 * it (the shim loads it), else the shim if that is refused, else DuckDB's script with `detail`.
 */
export async function workerLoadError(detail: string, script = duckdbBrowserWorkerUrl, shim = shimUrl): Promise<LoadError> {
  const fromScript = await diagnose(script, detail);
  if (fromScript.message !== `${fromScript.file}: ${detail}`) return fromScript;
  const fromShim = await diagnose(shim, detail);
  return fromShim.message !== `${fromShim.file}: ${detail}` ? fromShim : fromScript;
}
