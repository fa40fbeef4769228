/*
 * DuckDB's Web Worker, started through this classic worker script so that the browser can keep
 * DuckDB's compiled wasm for the next visit.
 *
 * Why: when `TransformStream` exists, DuckDB-wasm (1.32) re-wraps the wasm's fetch response in
 * `new Response(body.pipeThrough(progress), response)` to report download progress (the site
 * passes no progress callback). A constructed Response has no URL, and Chromium stores and reuses
 * compiled wasm code (V8's wasm code cache) only for a streamed response that has one: DuckDB's
 * 34 MB module was compiled again on every visit, while parquet-wasm's came from the cache. Without
 * `TransformStream` DuckDB hands `fetch(url)` to `WebAssembly.instantiateStreaming` as it is.
 * Nothing else in DuckDB's worker uses `TransformStream`.
 *
 * The URL of DuckDB's own worker script comes in this script's fragment (src/db/duckdbWorkerUrl.ts).
 */
self.TransformStream = undefined;
// DuckDB says once that it has no progress handler: the site asked for none, so that is expected.
const warn = console.warn;
console.warn = (...args) => {
  if (String(args[0]).startsWith('instantiating without progress handler')) return;
  warn.apply(console, args);
};
importScripts(decodeURIComponent(self.location.hash.slice(1)));
