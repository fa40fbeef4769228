/**
 * Query results as Parquet for download, through parquet-wasm on the page (the site's tables are
 * decoded in the table loader's worker instead: tableRead.ts). The wasm is served from the site
 * (a Vite `?url` asset) and initialised once, on the first download.
 */
import init, { Table as WasmTable, writeParquet, WriterPropertiesBuilder, Compression } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { tableToIPC, type Table } from 'apache-arrow';
import { diagnose, fileName, LOAD_TIMEOUT_MS, withTimeout } from './fetchGuard.ts';

let ready: Promise<unknown> | undefined;

/** Fetches and compiles the encoder once. */
export function initOnce(): Promise<unknown> {
  if (!ready) {
    // A failed or late download names the file (src/db/fetchGuard.ts).
    ready = withTimeout(
      init({ module_or_path: parquetWasmUrl }).catch(async (e: unknown) => {
        throw await diagnose(parquetWasmUrl, e instanceof Error ? e.message : String(e));
      }),
      LOAD_TIMEOUT_MS,
      fileName(parquetWasmUrl),
    );
    ready.catch(() => (ready = undefined)); // a failed download is retried on the next use
  }
  return ready;
}

/** An Arrow table (a query result) → Parquet file bytes, zstd-compressed like the site's own files. */
export async function arrowToParquet(table: Table): Promise<Uint8Array> {
  await initOnce();
  const wasmTable = WasmTable.fromIPCStream(tableToIPC(table, 'stream'));
  const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
  return writeParquet(wasmTable, props);
}
