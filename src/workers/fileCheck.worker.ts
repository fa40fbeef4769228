/**
 * The "Your data" page's worker: reads the reader's files and runs the pipeline's own check on them
 * (src/pipeline/fileCheck.ts, the function `npm run check-file` runs), off the page's main thread,
 * posting progress as it goes. The rows it loads go as Arrow IPC straight into the browser's storage
 * (src/db/userStore.ts); the page gets a small answer: counts, the rejects as a CSV text and the first
 * few hundred to show.
 * Nothing is fetched or sent: the files come from the page, the answer goes back to it.
 */
import { rowsToIpc } from '../db/arrowRows.ts';
import { saveUserFiles } from '../db/userStore.ts';
import { toCsv } from '../formats/csv.ts';
import { checkFiles, type CheckStage } from '../pipeline/fileCheck.ts';
import type { SourceFile } from '../pipeline/types.ts';
import { TABLES } from '../schema/index.ts';
import { sipriDeliveries } from '../schema/sipriDeliveries.ts';
import type { CheckAnswer, CheckRequest } from './fileCheckMessages.ts';

/** Rejects shown on the page; the CSV download holds all of them. */
const SHOWN_REJECTS = 500;

const DEFS = new Map([...TABLES, sipriDeliveries].map((t) => [t.name, t]));

self.onmessage = async (ev: MessageEvent<CheckRequest>) => {
  const post = (m: CheckAnswer, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
  try {
    const files: SourceFile[] = [];
    for (const [i, f] of ev.data.files.entries()) {
      post({ type: 'progress', stage: 'reading', file: f.name, index: i, count: ev.data.files.length });
      files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    }
    const index = (name: string) => files.findIndex((f) => f.name === name);
    const check = await checkFiles(files, {
      now: new Date(ev.data.now),
      onProgress: (stage: CheckStage, file: string) => post({ type: 'progress', stage, file, index: index(file), count: files.length }),
    });
    post({ type: 'progress', stage: 'tables', file: '', index: files.length, count: files.length });
    const tables: Record<string, Uint8Array> = {};
    const rowCounts: Record<string, number> = {};
    for (const [name, rows] of Object.entries(check.tables)) {
      if (rows.length === 0) continue;
      tables[name] = rowsToIpc(DEFS.get(name)!, rows as Record<string, unknown>[]);
      rowCounts[name] = rows.length;
    }
    const rejectsCsv = toCsv(
      ['file', 'line', 'reason_code', 'reason', 'hint', 'raw'],
      check.rejects.map((r) => [r.file, r.line, r.reasonCode, r.reason, r.hint, r.raw]),
    );
    const submissions = check.tables.reports
      .filter((r) => r.instrument === 'ATT_ANNUAL' && r.reporter_iso3 !== null && r.year !== null)
      .map((r) => ({ iso3: r.reporter_iso3!, year: r.year!, submitted: r.submitted_date, isPublic: r.is_public, isNil: r.is_nil, withheld: r.sensitive_withheld }));
    post({ type: 'progress', stage: 'saving', file: '', index: files.length, count: files.length });
    // The worker stores the rows itself: megabytes of them never pass through the page's main thread.
    const meta = { files: check.files.map((f) => ({ file: f.file, format: f.format, rowsLoaded: f.rowsLoaded, rowsRejected: f.rowsRejected })), tables: Object.keys(tables), submissions, keep: ev.data.keep };
    await saveUserFiles(meta, ev.data.session, tables);
    post({
      type: 'done',
      files: check.files,
      rejects: check.rejects.slice(0, SHOWN_REJECTS),
      rejectCount: check.rejects.length,
      rejectsCsv,
      unknownNames: check.unknownNames.slice(0, 200),
      rowCounts,
    });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
