/**
 * The table loader's Web Worker: fetches and decodes Parquet (src/db/tableRead.ts) off the page's
 * main thread, one request at a time, and hands Arrow IPC chunks back for DuckDB to insert.
 */
import { readTable, warmDecoder, type ReadMessage, type ReadRequest } from './tableRead.ts';

const post = (m: ReadMessage, transfer: Transferable[] = []) => self.postMessage(m, { transfer });

// The decoder compiles while DuckDB starts; a failure here is reported by the first load.
warmDecoder().catch(() => undefined);

self.addEventListener('message', (ev: MessageEvent<ReadRequest>) => {
  const req = ev.data;
  readTable(req, post).catch((e: unknown) => post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) }));
});
