/**
 * Every file the page's database needs (DuckDB's worker and wasm, the Parquet decoder, the
 * manifest, each table) arrives through here, so that a failure always ends, and says which file
 * and why: an HTTP status, a network error, no answer within LOAD_TIMEOUT_MS, or a table whose
 * sha256 is not the manifest's (a damaged file, or one from another build). The message is what
 * the page shows; Run (or Try again) starts over.
 */

import { stableFileName } from '../schema/dataLayout.ts';

/** How long one file may take, headers and body together, before the load is given up. */
export const LOAD_TIMEOUT_MS = 30_000;

export class LoadError extends Error {
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'LoadError';
    this.file = file;
  }
}

/**
 * The file name of a URL, as a reader would look for it in the site (`transfers.parquet`): a
 * table's content-named copy (`v/transfers.<sha16>.parquet`) is named by its stable name.
 */
export function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return stableFileName(decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))) || path;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** Rejects with "no answer in N s" when `p` has not settled in time. */
export function withTimeout<T>(p: Promise<T>, ms: number, file: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadError(file, `no answer in ${seconds(ms)}`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * Fetches a whole file with a deadline; an HTTP error, a network failure or the deadline become a
 * LoadError naming the file. Aborting `signal` (Cancel) rejects with its reason, untouched.
 */
export async function fetchBytes(url: string, opts: { signal?: AbortSignal; timeoutMs?: number; cache?: RequestCache } = {}): Promise<Uint8Array> {
  const file = fileName(url);
  const timeoutMs = opts.timeoutMs ?? LOAD_TIMEOUT_MS;
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeoutMs);
  const onAbort = () => ctrl.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await fetch(url, { signal: ctrl.signal, cache: opts.cache });
    if (!res.ok) throw new LoadError(file, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if (timedOut) throw new LoadError(file, `no answer in ${seconds(timeoutMs)}`);
    if (opts.signal?.aborted) throw opts.signal.reason ?? e;
    throw new LoadError(file, `network error (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Why a file the browser itself loaded (a worker, a wasm) failed: its HTTP status when it has one. */
export async function diagnose(url: string, fallback: string): Promise<LoadError> {
  const file = fileName(url);
  try {
    const res = await withTimeout(fetch(url, { method: 'HEAD', cache: 'no-store' }), 10_000, file);
    return new LoadError(file, res.ok ? fallback : `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  } catch (e) {
    return e instanceof LoadError ? e : new LoadError(file, `network error (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Lower-case hex SHA-256 of the bytes (Web Crypto; the manifest lists each table's). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
