/**
 * The Explore page's first answer, off the main thread: reads the pre-aggregated table a state needs
 * (only its columns and the row groups its filters may hit, by the table loader's own reader,
 * src/db/tableRead.ts, with the same checks of bytes, sha256 and row counts) and computes the
 * state's rows directly (src/queries/exploreDirect.ts), while DuckDB is still starting. DuckDB's own
 * result replaces it when ready; the two are the same by test (tests/queries/exploreDirect.test.ts).
 */
import { tableFromIPC, type Vector } from 'apache-arrow';
import { LoadError } from '../db/fetchGuard.ts';
import { readTable, warmDecoder, type ReadMessage } from '../db/tableRead.ts';
import { directAnswer } from '../queries/exploreDirect.ts';
import type { FirstAnswerReply, FirstAnswerRequest, TableToRead } from './firstAnswerMessages.ts';

type Value = string | number | bigint | null;

interface Columns {
  length: number;
  columns: Record<string, ArrayLike<Value>>;
  bytes: number;
}

// The decoder compiles as soon as the worker starts; the request usually arrives after.
warmDecoder().catch(() => undefined);

self.addEventListener('message', (ev: MessageEvent<FirstAnswerRequest>) => {
  const post = (m: FirstAnswerReply) => self.postMessage(m);
  answer(ev.data).then(post, (e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
});

async function answer(req: FirstAnswerRequest): Promise<FirstAnswerReply> {
  const data = await readColumns(req.table);
  let regions: Map<string, string | null> | undefined;
  if (req.states) {
    const st = await readColumns(req.states);
    const iso3 = st.columns.iso3;
    const region = st.columns.region;
    if (!iso3 || !region) throw new LoadError('states.parquet', 'no iso3 or region column');
    regions = new Map();
    for (let i = 0; i < st.length; i++) regions.set(String(iso3[i]), region[i] === null ? null : String(region[i]));
  }
  const rows = directAnswer(req.state, data, regions);
  return { type: 'rows', rows, rowsRead: data.length, bytesRead: data.bytes };
}

/** The table's columns as plain arrays (NULL as null), after the reader's checks and a row count check. */
async function readColumns(t: TableToRead): Promise<Columns> {
  const chunks: Uint8Array[] = [];
  let done: Extract<ReadMessage, { type: 'done' }> | undefined;
  await readTable({ ...t, id: 0 }, (m) => {
    if (m.type === 'chunk') chunks.push(m.ipc);
    else if (m.type === 'done') done = m;
  });
  const file = t.url.split(/[?#]/)[0]!.split('/').pop()!;
  const expected = done?.mode === 'whole' ? t.fileRows : t.expectedRows;
  const batches = chunks.map((c) => tableFromIPC(c));
  const length = batches.reduce((n, b) => n + b.numRows, 0);
  if (!done || length !== done.rows || length !== expected) throw new LoadError(file, `${length} rows read, the manifest says ${expected}`);
  const columns: Record<string, Value[]> = {};
  for (const name of t.want) {
    const out: Value[] = new Array(length);
    let k = 0;
    for (const b of batches) {
      const v = b.getChild(name) as Vector | null;
      if (!v) throw new LoadError(file, `the file has no column ${name}`);
      for (let i = 0; i < v.length; i++) out[k++] = v.get(i) as Value;
    }
    columns[name] = out;
  }
  return { length, columns, bytes: done.bytes };
}
