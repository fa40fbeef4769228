/**
 * Explore's first answer before DuckDB is ready: a worker of its own (src/workers/firstAnswer.worker.ts)
 * takes the page's query string and, when a pre-aggregated table gives that state's rows exactly,
 * reads only what it needs and computes them. This module is light on purpose: the page's first
 * script (exploreEarly.ts) starts the worker before anything else loads, and the worker stops after
 * its answer, so its memory is given back.
 *
 * Why a second worker and not the table loader's: the loader belongs to the DuckDB instance (it is
 * stopped and restarted with it) and queues its loads; this read must not wait behind one.
 */
import { decoderModule } from '../db/decoderModule.ts';
import { manifestText } from '../db/manifestText.ts';
import type { FirstAnswerReply, FirstAnswerRequest } from '../workers/firstAnswerMessages.ts';

export interface FirstAnswer {
  rows: Record<string, string | number | null>[];
  /** From the request to the rows, in the page's clock. */
  ms: number;
  rowsRead: number;
  bytesRead: number;
}

/** One answer per query string: the page's first script asks, the island gets the same promise. */
const answers = new Map<string, Promise<FirstAnswer | null>>();

/** The rows for the state in `search` (a query string without `?`), or null when no aggregate gives them exactly or the read failed (DuckDB then answers, and reports any error). */
export function firstAnswer(search: string): Promise<FirstAnswer | null> {
  let p = answers.get(search);
  if (!p) {
    p = ask(search).catch(() => null);
    answers.set(search, p);
  }
  return p;
}

async function ask(search: string): Promise<FirstAnswer | null> {
  if (typeof Worker === 'undefined') return null;
  const t0 = performance.now();
  const worker = new Worker(new URL('../workers/firstAnswer.worker.ts', import.meta.url), { type: 'module', name: 'att-first-answer' });
  const send = (m: FirstAnswerRequest) => worker.postMessage(m);
  const reply = await new Promise<FirstAnswerReply>((resolve) => {
    worker.addEventListener('message', (ev: MessageEvent<FirstAnswerReply>) => resolve(ev.data));
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      resolve({ type: 'error', message: 'the first-answer worker did not start' });
    });
    send({ type: 'ask', search });
    // The worker's own script takes a few hundred ms to arrive and run: meanwhile the page fetches
    // the manifest (it needs it too) and compiles the decoder (the table loader gets it later).
    manifestText().then(
      (text) => send({ type: 'manifest', text }),
      () => send({ type: 'manifest', text: null }),
    );
    void decoderModule().then((module) => send({ type: 'decoder', module }));
  }).finally(() => worker.terminate());
  if (reply.type === 'none') return null;
  if (reply.type === 'error') throw new Error(reply.message);
  return { rows: reply.rows, ms: Math.round(performance.now() - t0), rowsRead: reply.rowsRead, bytesRead: reply.bytesRead };
}

/** Whether two results have the same rows in the same order: same columns, text equal, numbers equal to 1e-9 (sums may add in another order). */
export function sameRows(a: readonly Record<string, unknown>[], b: readonly Record<string, unknown>[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((ra, i) => {
    const rb = b[i]!;
    const keys = Object.keys(ra);
    if (keys.length !== Object.keys(rb).length) return false;
    return keys.every((k) => {
      const x = ra[k];
      const y = rb[k];
      if (typeof x === 'number' && typeof y === 'number') return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
      return x === y;
    });
  });
}
