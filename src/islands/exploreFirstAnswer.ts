/**
 * Explore's first answer for a state, before DuckDB is ready: when a pre-aggregated table can give the
 * state's rows exactly (src/queries/exploreDirect.ts `directPlan`), a worker of its own
 * (src/workers/firstAnswer.worker.ts) reads only the columns and row groups the plan needs and
 * computes them. DuckDB starts at the same time and its result replaces this one; the island checks
 * that both agree. The worker stops after its answer, so its memory is given back.
 *
 * Why a second worker and not the table loader's: the loader belongs to the DuckDB instance (it is
 * stopped and restarted with it) and queues its loads; this read must not wait behind one.
 */
import { loadManifest, tableUrl, type TableFile } from '../db/dataFiles.ts';
import { RANGE_READ_MIN_BYTES } from '../db/constants.ts';
import { groupsToLoad, rowsIn } from '../db/rowGroups.ts';
import { directPlan } from '../queries/exploreDirect.ts';
import { serializeExploreState, type ExploreState } from '../queries/exploreState.ts';
import type { FirstAnswerReply, FirstAnswerRequest, TableToRead } from '../workers/firstAnswerMessages.ts';

export interface FirstAnswer {
  rows: Record<string, string | number | null>[];
  /** From the request to the rows, in the page's clock. */
  ms: number;
  rowsRead: number;
  bytesRead: number;
}

/** One answer per state: the page script asks first (src/islands/exploreStart.ts), the island gets the same promise. */
const answers = new Map<string, Promise<FirstAnswer | null>>();

/** The state's rows computed without DuckDB, or null when no aggregate can give them exactly or the read failed (DuckDB then answers, and reports any error). */
export function firstAnswer(state: ExploreState): Promise<FirstAnswer | null> {
  const key = serializeExploreState(state);
  let p = answers.get(key);
  if (!p) {
    p = compute(state).catch(() => null);
    answers.set(key, p);
  }
  return p;
}

async function compute(state: ExploreState): Promise<FirstAnswer | null> {
  const plan = directPlan(state);
  if (!plan || typeof Worker === 'undefined') return null;
  const t0 = performance.now();
  const { tables } = await loadManifest();
  const file = tables.find((t) => t.name === plan.table);
  const states = tables.find((t) => t.name === 'states');
  if (!file || (plan.regions && !states)) return null;
  const groups = groupsToLoad(file, '', { ...plan.bounds }, undefined);
  const request: FirstAnswerRequest = {
    state,
    table: toRead(file, plan.columns, groups),
    states: plan.regions && states ? toRead(states, ['iso3', 'region'], null) : null,
  };
  const reply = await ask(request);
  if (reply.type === 'error') throw new Error(reply.message);
  return { rows: reply.rows, ms: Math.round(performance.now() - t0), rowsRead: reply.rowsRead, bytesRead: reply.bytesRead };
}

/** A small file is read whole in one request (fewer round trips than ranges); a big one by its columns and groups. */
function toRead(file: TableFile, columns: string[], groups: number[] | null): TableToRead {
  return {
    url: tableUrl(file),
    bytes: file.bytes,
    sha256: file.sha256,
    columns: file.bytes < RANGE_READ_MIN_BYTES ? null : columns,
    want: columns,
    rowGroups: groups,
    groupRows: file.rowGroups?.groups.map((g) => g.rows) ?? null,
    expectedRows: rowsIn(file.rowGroups, groups, file.rows),
    fileRows: file.rows,
  };
}

function ask(request: FirstAnswerRequest): Promise<FirstAnswerReply> {
  const worker = new Worker(new URL('../workers/firstAnswer.worker.ts', import.meta.url), { type: 'module', name: 'att-first-answer' });
  return new Promise<FirstAnswerReply>((resolve) => {
    worker.addEventListener('message', (ev: MessageEvent<FirstAnswerReply>) => resolve(ev.data));
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      resolve({ type: 'error', message: 'the first-answer worker did not start' });
    });
    worker.postMessage(request);
  }).finally(() => worker.terminate());
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
