/**
 * The page's side of the table loader: a Web Worker (tableLoader.worker.ts) fetches and decodes
 * Parquet off the main thread and sends Arrow IPC chunks, which go straight on to DuckDB's own
 * worker. The main thread only passes buffers along (transferred, not copied), so a table of
 * millions of rows loads without a long task on the page.
 *
 * A load with no news from the worker for LOAD_TIMEOUT_MS fails with the file named, like every
 * other file the database needs (src/db/fetchGuard.ts).
 */
import loaderWorkerUrl from './tableLoader.worker.ts?worker&url';
import { diagnose, fileName, LOAD_TIMEOUT_MS, LoadError } from './fetchGuard.ts';
import type { LoadProgress } from './status.ts';
import { decoderModule } from './decoderModule.ts';
import type { DecoderMessage, ReadMessage, ReadRequest } from './tableRead.ts';

export interface LoadOutcome {
  mode: 'range' | 'whole';
  rows: number;
  /** Bytes of the file that were read (compressed column chunks in range mode, the file when whole). */
  bytes: number;
  /** The columns now loaded; null for every column of the file. */
  columns: string[] | null;
  /** The row groups now loaded; null for every group. */
  rowGroups: number[] | null;
}

export interface LoadCallbacks {
  /** Called with each chunk in order; the next chunk waits until the promise settles. */
  chunk(ipc: Uint8Array): Promise<void>;
  progress(p: LoadProgress): void;
}

export interface TableLoader {
  load(req: Omit<ReadRequest, 'id'>, cb: LoadCallbacks): Promise<LoadOutcome>;
  terminate(): void;
}

/** Starts the loader's worker (it compiles its Parquet decoder on the first load). */
export function startTableLoader(): TableLoader {
  const worker = new Worker(loaderWorkerUrl, { type: 'module', name: 'att-table-loader' });
  // The page's compiled decoder, shared with the first-answer worker; the worker waits for it (or null) before its first decode.
  void decoderModule().then((decoder) => worker.postMessage({ decoder } satisfies DecoderMessage));
  const pending = new Map<number, (m: ReadMessage) => void>();
  let failed: LoadError | undefined;
  let next = 1;
  worker.addEventListener('message', (ev: MessageEvent<ReadMessage>) => pending.get(ev.data.id)?.(ev.data));
  worker.addEventListener('error', (ev) => {
    ev.preventDefault();
    void diagnose(loaderWorkerUrl, 'the worker did not start').then((e) => {
      failed = e;
      for (const settle of pending.values()) settle({ id: 0, type: 'error', message: e.message });
    });
  });
  return {
    load(req, cb) {
      if (failed) return Promise.reject(failed);
      const id = next++;
      const file = fileName(req.url);
      return new Promise<LoadOutcome>((resolve, reject) => {
        let inserting: Promise<void> = Promise.resolve();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = (err: unknown, ok?: LoadOutcome) => {
          clearTimeout(timer);
          pending.delete(id);
          if (err) reject(err);
          else resolve(ok!);
        };
        const watchdog = () => {
          clearTimeout(timer);
          timer = setTimeout(() => finish(new LoadError(file, `no answer in ${Math.round(LOAD_TIMEOUT_MS / 1000)} s`)), LOAD_TIMEOUT_MS);
        };
        watchdog();
        pending.set(id, (m) => {
          watchdog();
          if (m.type === 'progress') cb.progress(m);
          else if (m.type === 'chunk') {
            const ipc = m.ipc;
            inserting = inserting.then(() => cb.chunk(ipc));
            inserting.catch((e: unknown) => finish(e));
          } else if (m.type === 'error') finish(m.message.startsWith(`${file}:`) ? new LoadError(file, m.message.slice(file.length + 2)) : new LoadError(file, m.message));
          else {
            const { mode, rows, bytes, columns, rowGroups } = m;
            inserting.then(
              () => finish(null, { mode, rows, bytes, columns, rowGroups }),
              (e: unknown) => finish(e),
            );
          }
        });
        worker.postMessage({ ...req, id } satisfies ReadRequest);
      });
    },
    terminate() {
      worker.terminate();
      for (const settle of pending.values()) settle({ id: 0, type: 'error', message: 'stopped' });
    },
  };
}
