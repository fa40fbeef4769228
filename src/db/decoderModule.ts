/**
 * The Parquet decoder's WebAssembly (parquet-wasm, about 5 MB), compiled once by the page and
 * handed to the workers that decode (a compiled WebAssembly.Module can be posted to a worker of the
 * same page). The Explore page's first script starts this while its first-answer worker starts:
 * that worker's own script takes a few hundred milliseconds to arrive and run on this machine, and
 * the decoder is then ready when the worker's data is. The table loader gets the same module, so a
 * page compiles the decoder once, not once per worker.
 */
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { fileName, LOAD_TIMEOUT_MS, withTimeout } from './fetchGuard.ts';

let compiled: Promise<WebAssembly.Module | null> | undefined;

/**
 * The compiled decoder, or null where the page could not compile it (no streaming compilation, an
 * HTTP error, a wrong content type, no answer in time). A worker given null fetches and compiles
 * it itself, as before, and reports any error with the file's name.
 */
export function decoderModule(): Promise<WebAssembly.Module | null> {
  compiled ??= typeof WebAssembly?.compileStreaming === 'function' ? withTimeout(WebAssembly.compileStreaming(fetch(parquetWasmUrl)), LOAD_TIMEOUT_MS, fileName(parquetWasmUrl)).catch(() => null) : Promise.resolve(null);
  return compiled;
}
