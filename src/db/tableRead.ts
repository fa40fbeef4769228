/**
 * Reads one published table in the table loader's worker (tableLoader.worker.ts): only the columns
 * asked for, by HTTP range requests when the host serves them, else the whole file. Decoded rows
 * leave as Arrow IPC chunks of about CHUNK_ROWS rows, so DuckDB can insert them while the next
 * chunk decodes and no single step holds the page or the memory for long.
 *
 * Whether the host serves ranges is found out, never assumed: the first request asks for the
 * file's first four bytes. A 206 whose Content-Range gives the manifest's byte count means ranges
 * work; a 200 means the host ignores `Range` (GitHub Pages and some CDNs do) and that response is
 * the whole file, read on and checked against the manifest's sha256 as before. A partial read that
 * fails, or yields other than the file's row count, is an error naming the file, never a table
 * with rows missing.
 */
import init, { ParquetFile } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { diagnose, fileName, LoadError, sha256Hex } from './fetchGuard.ts';

export interface ReadRequest {
  id: number;
  /** The file's URL (versioned by its sha256, src/db/dataFiles.ts). */
  url: string;
  /** Byte count and sha256 from the manifest. */
  bytes: number;
  sha256: string;
  /** Columns to read; null for every column. */
  columns: string[] | null;
  /** Row groups to read (ascending), in range mode; null for every group. */
  rowGroups: number[] | null;
  /** Rows of each row group as the manifest's index gives them, checked against the file; null without an index. */
  groupRows: number[] | null;
  /**
   * Fetch the whole file in one request (no probe, no ranges: fewer round trips for a small file),
   * check it against the sha256, and still decode only `columns` and `rowGroups`. Explore's first
   * answer reads this way; DuckDB's loads keep a whole file whole.
   */
  wholeFile?: boolean;
}

export type ReadMessage =
  | { id: number; type: 'progress'; rows: number; totalRows: number; bytes: number; totalBytes: number }
  | { id: number; type: 'chunk'; ipc: Uint8Array; rows: number }
  | { id: number; type: 'done'; mode: 'range' | 'whole'; rows: number; bytes: number; columns: string[] | null; rowGroups: number[] | null }
  | { id: number; type: 'error'; message: string };

/** The page's compiled decoder for a worker that decodes (null: the worker compiles its own). */
export interface DecoderMessage {
  decoder: WebAssembly.Module | null;
}

/** Rows per Arrow chunk handed to DuckDB: big enough that per-insert overhead stays small. */
export const CHUNK_ROWS = 1 << 18;

let decoder: Promise<unknown> | undefined;

/**
 * Instantiates the decoder, once: from the module the page compiled (src/db/decoderModule.ts), when
 * `compiled` gives one, else fetched and compiled here (a site asset). The worker starts it on arrival.
 */
export function warmDecoder(compiled?: Promise<WebAssembly.Module | null>): Promise<unknown> {
  if (!decoder) {
    const p = (async () => init({ module_or_path: (await compiled) ?? parquetWasmUrl }))();
    decoder = p;
    p.catch(() => {
      if (decoder === p) decoder = undefined;
    });
  }
  return decoder;
}

/** Reads the table, posting progress and chunks; resolves once the last chunk is posted. */
export async function readTable(req: ReadRequest, post: (m: ReadMessage, transfer?: Transferable[]) => void): Promise<void> {
  const file = fileName(req.url);
  const ready = warmDecoder().catch(async (e: unknown) => {
    throw await diagnose(parquetWasmUrl, message(e));
  });
  const probe = await fetch(req.url, req.wholeFile ? {} : { headers: { Range: 'bytes=0-3' } }).catch((e: unknown) => {
    throw new LoadError(file, `network error (${e instanceof Error ? e.message : String(e)})`);
  });
  let source: ParquetFile;
  let mode: 'range' | 'whole';
  let fetched = 0;
  if (probe.status === 206 && req.columns) {
    await probe.body?.cancel();
    const total = /\/(\d+)\s*$/.exec(probe.headers.get('Content-Range') ?? '')?.[1];
    if (Number(total) !== req.bytes) throw new LoadError(file, `the host says the file has ${total ?? 'an unknown number of'} bytes, the manifest ${req.bytes}: the file is from another build`);
    await ready;
    source = await ParquetFile.fromUrl(new URL(req.url, self.location.href).href).catch((e: unknown) => {
      throw new LoadError(file, `range read failed: ${message(e)}`);
    });
    mode = 'range';
  } else {
    let whole: Response = probe;
    if (probe.status === 206) {
      // Every column is wanted: one plain request, whose bytes can be checked against the sha256.
      await probe.body?.cancel();
      whole = await fetch(req.url);
    }
    if (!whole.ok) throw new LoadError(file, `HTTP ${whole.status}${whole.statusText ? ` ${whole.statusText}` : ''}`);
    const bytes = await readBody(whole, req, post);
    fetched = bytes.byteLength;
    const sum = await sha256Hex(bytes);
    if (sum !== req.sha256) throw new LoadError(file, `sha256 ${sum.slice(0, 12)}… is not the manifest's ${req.sha256.slice(0, 12)}…: the file is damaged or from another build`);
    await ready;
    source = await ParquetFile.fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    mode = 'whole';
  }
  try {
    const whole = mode === 'whole';
    // A whole file is decoded whole (every column and row), unless the request says otherwise.
    const all = whole && !req.wholeFile;
    const columns = all ? null : req.columns;
    const groups = all ? null : req.rowGroups;
    const { rows, bytes } = await readChunks(source, req, columns, groups, fetched, post);
    post({ id: req.id, type: 'done', mode, rows, bytes: whole ? fetched : bytes, columns, rowGroups: groups });
  } finally {
    source.free();
  }
}

/** The whole body, posting byte progress as it arrives. */
async function readBody(res: Response, req: ReadRequest, post: (m: ReadMessage) => void): Promise<Uint8Array> {
  const file = fileName(req.url);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const parts: Uint8Array[] = [];
  let n = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      n += value.byteLength;
      post({ id: req.id, type: 'progress', rows: 0, totalRows: 0, bytes: n, totalBytes: req.bytes });
    }
  } catch (e) {
    throw new LoadError(file, `the transfer broke off after ${n} bytes (${message(e)})`);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Decodes the chosen row groups (null: all) in runs of about CHUNK_ROWS rows, each posted as one
 * Arrow IPC stream. Returns the rows read and the compressed bytes of the columns read. The file's
 * row groups must be the ones the manifest's index describes, or the choice could miss rows.
 */
async function readChunks(
  source: ParquetFile,
  req: ReadRequest,
  columns: string[] | null,
  chosen: number[] | null,
  fetched: number,
  post: (m: ReadMessage, transfer?: Transferable[]) => void,
): Promise<{ rows: number; bytes: number }> {
  const file = fileName(req.url);
  const meta = source.metadata();
  const groups = meta.rowGroups();
  const wanted = columns ? new Set(columns) : null;
  const sizes = groups.map((g) => ({
    rows: g.numRows(),
    bytes: g.columns().reduce((n, c) => n + (!wanted || wanted.has(c.columnPath().join('.')) ? c.compressedSize() : 0), 0),
  }));
  meta.free();
  if (req.groupRows && (req.groupRows.length !== sizes.length || req.groupRows.some((n, i) => n !== sizes[i]!.rows))) {
    throw new LoadError(file, `its ${sizes.length} row groups are not the ${req.groupRows.length} of the manifest's index: the file is from another build`);
  }
  const order = chosen ?? sizes.map((_, i) => i);
  if (order.some((g) => !sizes[g])) throw new LoadError(file, `row group ${order.find((g) => !sizes[g])} is not in the file`);
  const totalRows = order.reduce((n, g) => n + sizes[g]!.rows, 0);
  const totalBytes = fetched || order.reduce((n, g) => n + sizes[g]!.bytes, 0);
  let rows = 0;
  let bytes = 0;
  for (let at = 0; at < order.length; ) {
    const run: number[] = [];
    let runRows = 0;
    while (at < order.length && (run.length === 0 || runRows + sizes[order[at]!]!.rows <= CHUNK_ROWS)) {
      const g = order[at]!;
      run.push(g);
      runRows += sizes[g]!.rows;
      bytes += sizes[g]!.bytes;
      at++;
    }
    const table = await source.read({ rowGroups: run, batchSize: runRows, ...(columns ? { columns } : {}) }).catch((e: unknown) => {
      throw new LoadError(file, `reading rows ${rows + 1}–${rows + runRows} failed: ${message(e)}`);
    });
    let got = 0;
    for (let i = 0; i < table.numBatches; i++) {
      const b = table.recordBatch(i);
      got += b?.numRows ?? 0;
      b?.free();
    }
    const ipc = table.intoIPCStream();
    if (got !== runRows) throw new LoadError(file, `rows ${rows + 1}–${rows + runRows}: ${got} rows arrived, the file's metadata says ${runRows}`);
    rows += got;
    post({ id: req.id, type: 'chunk', ipc, rows: got }, [ipc.buffer]);
    post({ id: req.id, type: 'progress', rows, totalRows, bytes: fetched || bytes, totalBytes });
  }
  return { rows, bytes };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
