/**
 * The Explore page's first answer, off the main thread and before DuckDB is ready: from the page's
 * query string, the state (src/queries/exploreState.ts) and whether a pre-aggregated table gives its
 * rows exactly (src/queries/exploreDirect.ts `directPlan`); if so, the manifest, then only the
 * columns and row groups the plan needs, read by the table loader's own reader
 * (src/db/tableRead.ts, with the same checks of bytes, sha256 and row counts), and the rows
 * computed directly. The page starts this worker first thing (src/islands/exploreFirstAnswer.ts),
 * so nothing here waits for the page's own scripts. DuckDB's result replaces this one when ready;
 * the two are the same by test (tests/queries/exploreDirectDuckdb.test.ts, and the page checks).
 * The page fetches the manifest and compiles the decoder while this worker starts, and hands both
 * over (src/islands/exploreFirstAnswer.ts); without them, the worker fetches its own.
 */
import { tableFromIPC } from 'apache-arrow';
import { columnValues, type Plain } from '../db/arrowColumns.ts';
import { RANGE_READ_MIN_BYTES } from '../db/constants.ts';
import { loadManifest, tableUrl, type TableFile } from '../db/dataFiles.ts';
import { adoptManifestText } from '../db/manifestText.ts';
import { fileName, LoadError } from '../db/fetchGuard.ts';
import { rowGroupsFor, rowsIn } from '../db/rowGroups.ts';
import { readTable, warmDecoder, type ReadMessage, type ReadRequest } from '../db/tableRead.ts';
import { directAnswer, directPlan } from '../queries/exploreDirect.ts';
import { parseExploreQuery } from '../queries/exploreState.ts';
import type { FirstAnswerReply, FirstAnswerRequest } from './firstAnswerMessages.ts';

/** One table to read: what the table loader reads, the rows it must yield, and the columns wanted. */
interface TableToRead extends Omit<ReadRequest, 'id'> {
  /** Rows of the chosen row groups, and of the whole file (a host without ranges sends all of it, and it is decoded whole). */
  expectedRows: number;
  fileRows: number;
}

/** What the page hands over (null: fetch it here). */
function fromPage<T>(): { value: Promise<T | null>; give(v: T | null): void } {
  let give: (v: T | null) => void = () => undefined;
  const value = new Promise<T | null>((resolve) => (give = resolve));
  return { value, give };
}
const manifest = fromPage<string>();
const decoder = fromPage<WebAssembly.Module>();

self.addEventListener('message', (ev: MessageEvent<FirstAnswerRequest>) => {
  const m = ev.data;
  if (m.type === 'manifest') manifest.give(m.text);
  else if (m.type === 'decoder') decoder.give(m.module);
  else {
    const post = (r: FirstAnswerReply) => self.postMessage(r);
    answer(m.search).then(post, (e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
  }
});

async function answer(search: string): Promise<FirstAnswerReply> {
  const { state } = parseExploreQuery(search);
  const plan = directPlan(state);
  // No plan, no request: the page stops this worker on its reply, and a fetch still under way
  // then would never finish (test harnesses waiting for the network to settle would wait forever).
  if (!plan) return { type: 'none' };
  // The page's compiled decoder, or one compiled here while the manifest arrives.
  warmDecoder(decoder.value).catch(() => undefined);
  const text = await manifest.value;
  if (text !== null) adoptManifestText(text);
  const { tables } = await loadManifest();
  const file = tables.find((t) => t.name === plan.table);
  const states = tables.find((t) => t.name === 'states');
  if (!file) throw new LoadError('manifest.json', `no table ${plan.table}`);
  if (plan.regions && !states) throw new LoadError('manifest.json', 'no table states');
  const data = await readColumns(toRead(file, plan.columns, rowGroupsFor(file.rowGroups, { ...plan.bounds })));
  let regions: Map<string, string | null> | undefined;
  if (plan.regions && states) {
    const st = await readColumns(toRead(states, ['iso3', 'region'], null));
    const iso3 = st.columns.iso3!;
    const region = st.columns.region!;
    regions = new Map();
    for (let i = 0; i < st.length; i++) regions.set(String(iso3[i]), region[i] === null ? null : String(region[i]));
  }
  return { type: 'rows', rows: directAnswer(state, data, regions), rowsRead: data.length, bytesRead: data.bytes };
}

/** Only the columns and row groups the answer needs; a small file is fetched whole in one request (fewer round trips than ranges), a big one by ranges. */
function toRead(file: TableFile, columns: string[], groups: number[] | null): TableToRead {
  return {
    url: tableUrl(file),
    bytes: file.bytes,
    sha256: file.sha256,
    columns,
    rowGroups: groups,
    groupRows: file.rowGroups?.groups.map((g) => g.rows) ?? null,
    wholeFile: file.bytes < RANGE_READ_MIN_BYTES,
    expectedRows: rowsIn(file.rowGroups, groups, file.rows),
    fileRows: file.rows,
  };
}

/** The table's wanted columns as plain arrays (NULL as null), after the reader's checks and a row count check. */
async function readColumns(t: TableToRead): Promise<{ length: number; columns: Record<string, Plain[]>; bytes: number }> {
  const chunks: Uint8Array[] = [];
  let done: Extract<ReadMessage, { type: 'done' }> | undefined;
  await readTable({ ...t, id: 0 }, (m) => {
    if (m.type === 'chunk') chunks.push(m.ipc);
    else if (m.type === 'done') done = m;
  });
  const file = fileName(t.url);
  const expected = done?.rowGroups === null && t.rowGroups !== null ? t.fileRows : t.expectedRows;
  const batches = chunks.map((c) => tableFromIPC(c));
  const length = batches.reduce((n, b) => n + b.numRows, 0);
  if (!done || length !== done.rows || length !== expected) throw new LoadError(file, `${length} rows read, the manifest says ${expected}`);
  const columns: Record<string, Plain[]> = {};
  for (const name of t.columns ?? []) {
    const parts = batches.map((b) => {
      const v = b.getChild(name);
      if (!v) throw new LoadError(file, `the file has no column ${name}`);
      return columnValues(v);
    });
    columns[name] = parts.length === 1 ? parts[0]! : parts.flat();
  }
  return { length, columns, bytes: done.bytes };
}
