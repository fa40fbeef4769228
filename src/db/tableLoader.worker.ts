/**
 * The table loader's Web Worker: fetches and decodes Parquet (src/db/tableRead.ts) off the page's
 * main thread, one request at a time, and hands Arrow IPC chunks back for DuckDB to insert.
 */
import { readTable, warmDecoder, type DecoderMessage, type ReadMessage, type ReadRequest } from './tableRead.ts';

const post = (m: ReadMessage, transfer: Transferable[] = []) => self.postMessage(m, { transfer });

// The page's first message is its compiled decoder (src/db/decoderModule.ts), or null: the decoder
// is then compiled here, while DuckDB starts. A failure is reported by the first load.
let handed: (m: WebAssembly.Module | null) => void = () => undefined;
warmDecoder(new Promise<WebAssembly.Module | null>((resolve) => (handed = resolve))).catch(() => undefined);

self.addEventListener('message', (ev: MessageEvent<ReadRequest | DecoderMessage>) => {
  if ('decoder' in ev.data) {
    handed(ev.data.decoder);
    return;
  }
  const req = ev.data;
  readTable(req, post).catch((e: unknown) => post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) }));
});
