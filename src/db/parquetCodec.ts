/**
 * Parquet in the browser through parquet-wasm: decoding the site's tables into Arrow IPC for
 * DuckDB (whose wasm build has no Parquet reader), and encoding query results for download.
 * The decoder's wasm is served from the site (a Vite `?url` asset) and initialised once.
 */
import init, { readParquet, Table as WasmTable, writeParquet, WriterPropertiesBuilder, Compression } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { RecordBatchReader, tableToIPC, type Table } from 'apache-arrow';
import { diagnose, fileName, LOAD_TIMEOUT_MS, withTimeout } from './fetchGuard.ts';

let ready: Promise<unknown> | undefined;

/** Starts fetching and compiling the decoder early (in parallel with DuckDB's own start). */
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

/**
 * Record batch size for decoding: the reader's default (1,024 rows) makes DuckDB's Arrow scan
 * several times slower on a 100,000-row table than a few big batches do (measured here).
 */
const BATCH_ROWS = 1 << 20;

/** Parquet file bytes → Arrow IPC stream bytes. */
export async function parquetToIpc(bytes: Uint8Array): Promise<Uint8Array> {
  await initOnce();
  // intoIPCStream consumes the wasm-side table, so its memory is released here.
  return readParquet(bytes, { batchSize: BATCH_ROWS }).intoIPCStream();
}

/** Column names of an Arrow IPC stream, read from its schema message only. */
export function ipcColumnNames(ipc: Uint8Array): string[] {
  const reader = RecordBatchReader.from(ipc);
  reader.open();
  return reader.schema.fields.map((f) => f.name);
}

/** An Arrow table (a query result) → Parquet file bytes, zstd-compressed like the site's own files. */
export async function arrowToParquet(table: Table): Promise<Uint8Array> {
  await initOnce();
  const wasmTable = WasmTable.fromIPCStream(tableToIPC(table, 'stream'));
  const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
  return writeParquet(wasmTable, props);
}
