/**
 * The SQL console island: editor, examples, run and cancel, the result (first rows shown, all of
 * them downloadable), a chart of the result, and the query in the URL fragment (`#q=`, old `?q=`
 * links still open: src/links/sqlFragment.ts) for sharing. What a result may hold is bounded
 * (src/db/resultLimits.ts), so no query can take the tab down. DuckDB's own error messages are
 * shown as they are: they name the problem and its position.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { warmUp } from '../db/duckdb.ts';
import { LoadError } from '../db/fetchGuard.ts';
import { arrowToParquet } from '../db/parquetCodec.ts';
import { type LimitBreach, ResultTooLarge } from '../db/resultLimits.ts';
import { type Row, rowsOf } from '../db/results.ts';
import { type ConsoleResult, consoleSession, QueryCancelled } from '../db/run.ts';
import { toCsv } from '../formats/csv.ts';
import { formatBytes, formatNumber, type Lang, t } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { sql as strings } from '../i18n/strings/sql.ts';
import { sqlLimits } from '../i18n/strings/sqlLimits.ts';
import type { Pins } from '../links/provenance.ts';
import { consoleAddress, type ExpensiveReason, expensiveReason, sharedQuery, sharedQueryFile } from '../links/sqlFragment.ts';
import { basePath } from '../i18n/sitePath.ts';
import { download } from '../ui/download.ts';
import { ChartBuilder } from './ChartBuilder.tsx';
import { DbErrorText } from './DbErrorText.tsx';
import { DbStatusLine } from './DbStatusLine.tsx';
import { ResultTable } from './ResultTable.tsx';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor.tsx';
import { sourceLineLinks } from './sourceLineLinks.ts';
import './query.css';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import type { SqlChartContext } from '../specs/sqlChartCaption.ts';
import type { SourceYears } from '../queries/yearCoverage.ts';

export interface ConsoleExample {
  id: string;
  title: string;
  sql: string;
}

interface Props {
  lang: Lang;
  examples: ConsoleExample[];
  schema: Record<string, string[]>;
  builtAt: string;
  /** Pinned URL of each source file: a source_line cell links to that line (src/links/provenance.ts). */
  pins?: Pins;
  /** Sources of each table and the years each source covers: what a chart of the result says it shows. */
  chartContext?: SqlChartContext & { coverage: readonly SourceYears[] };
}

/** Rows rendered in the page; the rest stay in the Arrow result for downloads. */
export const DISPLAY_CAP = 1000;
/** Characters of one value drawn in a cell; longer text is cut with its full length said. */
export const CELL_CHARS = 10_000;
/** Rows per CSV chunk: the file is assembled from parts, never as one giant string. */
const CSV_CHUNK = 20_000;

type Outcome =
  | { kind: 'none' }
  | { kind: 'result'; r: ConsoleResult; rows: Row[]; sql: string }
  | { kind: 'error'; message: string; retry?: boolean; sql?: string }
  | { kind: 'note'; message: string }
  | { kind: 'limit'; message: string };

export default function SqlConsole({ lang, examples, schema, builtAt, pins, chartContext }: Props) {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(lang, strings, k, v);
  const sl = (k: keyof typeof sqlLimits, v?: Record<string, string | number>) => t(lang, sqlLimits, k, v);
  const editor = useRef<SqlEditorHandle>(null);
  const session = useMemo(() => consoleSession(), []);
  const [text, setText] = useState(examples[0]?.sql ?? '');
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [hydrated, setHydrated] = useState(false);
  // Finished runs (results, errors or cancels); tests wait on it (data-runs).
  const [runs, setRuns] = useState(0);
  const runId = useRef(0);
  // The last run that settled on its own (result, error or its own cancel note).
  const settledId = useRef(0);
  const textRef = useRef(text);
  textRef.current = text;

  const run = async (sqlText = textRef.current) => {
    if (!sqlText.trim()) return setOutcome({ kind: 'error', message: s('emptySql') });
    const id = ++runId.current;
    const address = consoleAddress(window.location, sqlText);
    if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', address);
    setRunning(true);
    try {
      const r = await session.run(sqlText);
      if (id === runId.current) setOutcome({ kind: 'result', r, rows: rowsOf(r.table, 0, DISPLAY_CAP), sql: sqlText });
    } catch (e) {
      if (id !== runId.current) return;
      if (e instanceof ResultTooLarge) setOutcome({ kind: 'limit', message: limitMessage(e.breach) });
      else if (e instanceof LoadError) setOutcome({ kind: 'error', message: e.message, retry: true });
      else setOutcome(e instanceof QueryCancelled ? { kind: 'note', message: s('cancelled') } : { kind: 'error', message: e instanceof Error ? e.message : String(e), sql: sqlText });
    } finally {
      if (id === runId.current) {
        settledId.current = id;
        setRunning(false);
        setRuns((n) => n + 1);
      }
    }
  };

  const cancel = async () => {
    const id = runId.current;
    const how = await session.cancel();
    // The cancelled run may have settled while the cancel was under way (it then said so itself,
    // and the reader may already have started the next run): nothing is left to report.
    if (settledId.current === id || runId.current !== id) return;
    if (how === 'cancelled') {
      // Stop waiting for the cancelled run (see consoleSession.cancel).
      runId.current++;
      setRunning(false);
      setRuns((n) => n + 1);
      setOutcome({ kind: 'note', message: s('cancelled') });
    } else if (how === 'restarted') {
      // The hung query's promise may never settle: drop it and say what happened.
      runId.current++;
      setRunning(false);
      setRuns((n) => n + 1);
      setOutcome({ kind: 'note', message: s('restarted') });
    }
  };

  const limitMessage = (b: LimitBreach): string =>
    b.bound === 'valueBytes'
      ? sl('limitValue', { column: b.column, size: formatBytes(lang, b.size), limit: formatBytes(lang, b.limit) })
      : b.bound === 'bytes'
        ? sl('limitBytes', { limit: formatBytes(lang, b.limit) })
        : sl('truncated', { rows: b.limit });
  const reasonText = (r: ExpensiveReason): string => (r.kind === 'length' ? sl('reasonLength', { chars: r.chars }) : sl('reasonGenerator', { fn: r.fn }));

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on hydration, with the link's query; later runs are the reader's.
  useEffect(() => {
    setHydrated(true);
    warmUp();
    const open = (q: string) => {
      editor.current?.setText(q);
      setText(q);
      // A linked query that looks expensive waits for a click (why: src/links/sqlFragment.ts).
      const reason = expensiveReason(q);
      if (reason) setOutcome({ kind: 'note', message: sl('notRun', { reason: reasonText(reason) }) });
      else void run(q);
    };
    const q = sharedQuery(window.location);
    // Or a query kept in one of the site's chart files (`#qf=`, e.g. a Home chart's source rows).
    const file = q === null ? sharedQueryFile(window.location, basePath()) : null;
    if (q) open(q);
    else if (file) {
      fetch(file)
        .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`${file}: HTTP ${res.status}`))))
        .then(open)
        .catch((e: unknown) => setOutcome({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    }
  }, []);

  const result = outcome.kind === 'result' ? outcome : null;
  const csv = () => {
    if (!result) return;
    const cols = result.r.columns.map((c) => c.name);
    const parts: string[] = [`\uFEFF${toCsv(cols, [])}`];
    for (let from = 0; from < result.r.numRows; from += CSV_CHUNK) {
      const rows = rowsOf(result.r.table, from, from + CSV_CHUNK).map((row) => cols.map((c) => (typeof row[c] === 'boolean' ? String(row[c]) : (row[c] as string | number | null))));
      // Each chunk is the rows only: toCsv's header line is cut off.
      const text = toCsv(cols, rows);
      parts.push(text.slice(text.indexOf('\r\n') + 2));
    }
    download('att-query.csv', new Blob(parts, { type: 'text/csv;charset=utf-8' }), 'text/csv;charset=utf-8');
  };
  const parquet = async () => {
    if (!result) return;
    try {
      download('att-query.parquet', (await arrowToParquet(result.r.table)) as Uint8Array<ArrayBuffer>, 'application/vnd.apache.parquet');
    } catch (e) {
      setOutcome({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="sql-console" data-hydrated={hydrated ? 'true' : 'false'}>
      <form className="sql-console-form" onSubmit={(e) => (e.preventDefault(), void run())}>
        <div className="sql-toolbar">
          <label>
            {s('examplePick')}
            <select
              value=""
              onChange={(e) => {
                const ex = examples.find((x) => x.id === e.target.value);
                if (ex) {
                  editor.current?.setText(ex.sql);
                  setText(ex.sql);
                }
              }}
            >
              <option value="">{s('examplePlaceholder')}</option>
              {examples.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </select>
          </label>
        </div>
        <SqlEditor ref={editor} id="sql-editor" label={s('editorLabel')} describedBy="sql-editor-hint" initial={text} schema={schema} onChange={setText} onRun={() => void run()} />
        <p className="sql-hint small muted" id="sql-editor-hint">
          {s('editorHint')}
        </p>
        <div className="button-row">
          <button type="submit" className="button" disabled={running || !hydrated}>
            {s('run')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void cancel()} disabled={!running}>
            {s('cancel')}
          </button>
        </div>
      </form>

      <section className="sql-result" aria-labelledby="sql-result-heading" aria-busy={running} data-result-state={running ? 'pending' : outcome.kind} data-runs={runs}>
        <h2 id="sql-result-heading">{s('resultHeading')}</h2>
        <DbStatusLine lang={lang} running={running} done={result ? s('resultSummary', { rows: result.r.numRows, columns: result.r.columns.length, ms: result.r.ms }) : undefined} />
        {outcome.kind === 'error' && (
          <div className="error-box" role="alert">
            <p>
              <strong>{s('errorHeading')}</strong>
            </p>
            <DbErrorText lang={lang} message={outcome.message} sql={outcome.sql} />
            {outcome.retry && (
              <p>
                <button type="button" className="button-secondary" onClick={() => void run()} data-retry>
                  {t(lang, explore, 'retry')}
                </button>
              </p>
            )}
          </div>
        )}
        {result && (result.r.undone || result.r.restored) && (
          <p className="note sql-read-only" role="status">
            {s(result.r.restored ? 'readOnlyRestored' : 'readOnlyUndone')}
          </p>
        )}
        {outcome.kind === 'note' && (
          <p className="note" role="status">
            {outcome.message}
          </p>
        )}
        {outcome.kind === 'limit' && (
          <div className="error-box" role="alert" data-limit="true">
            <p>
              <strong>{sl('limitHeading')}</strong>
            </p>
            <p>{outcome.message}</p>
          </div>
        )}
        {result && result.r.numRows === 0 && <p>{s('noRows')}</p>}
        {result && result.r.numRows > 0 && (
          <>
            {result.r.truncatedAt ? (
              <p className="note" role="status" data-truncated="true">
                {sl('truncated', { rows: result.r.truncatedAt })}
              </p>
            ) : (
              result.r.numRows > DISPLAY_CAP && <p className="note">{s('rowCap', { shown: formatNumber(lang, DISPLAY_CAP), total: formatNumber(lang, result.r.numRows) })}</p>
            )}
            <ResultTable
              caption={s('resultCaption')}
              columns={result.r.columns.map((c) => ({ name: c.name, label: c.name, numeric: c.kind === 'number' }))}
              rows={result.rows.map((row) => result.r.columns.map((c) => cellText(lang, row[c.name] ?? null, c.name, (chars) => sl('valueCut', { chars }))))}
              initialRows={DISPLAY_CAP}
              cellLink={
                pins
                  ? sourceLineLinks(
                      lang,
                      pins,
                      result.r.columns.map((c) => c.name),
                      result.rows,
                    )
                  : undefined
              }
            />
            <section aria-labelledby="sql-downloads-heading">
              <h3 id="sql-downloads-heading">{s('downloadsHeading')}</h3>
              <ul className="button-row">
                <li>
                  <button type="button" className="button-secondary" onClick={csv} data-download="csv" disabled={Boolean(result.r.truncatedAt)}>
                    {s('downloadCsv')}
                  </button>
                </li>
                <li>
                  <button type="button" className="button-secondary" onClick={() => void parquet()} data-download="parquet" disabled={Boolean(result.r.truncatedAt)}>
                    {s('downloadParquet')}
                  </button>
                </li>
                <li>
                  <button type="button" className="button-secondary" onClick={() => download('att-query.sql', `${textRef.current.trim()}\n`, 'application/sql;charset=utf-8')} data-download="sql">
                    {s('downloadSql')}
                  </button>
                </li>
                <li>
                  <CopyLinkButton key={runs} label={s('copyLink')} copiedLabel={s('copied')} />
                </li>
              </ul>
            </section>
            <ChartBuilder key={`${runs}:${result.r.columns.map((c) => c.name).join('|')}`} lang={lang} columns={result.r.columns} rows={result.rows} builtAt={builtAt} sql={result.sql} context={chartContext} />
          </>
        )}
      </section>
    </div>
  );
}

/** Cell text: numbers per locale (years and ids unformatted), text as it is (never HTML), cut past CELL_CHARS. */
function cellText(lang: Lang, v: string | number | boolean | null, column: string, cutNote: (chars: number) => string): string {
  if (v === null) return '';
  if (typeof v === 'number') return /(^|_)(year|id|line)$/.test(column) ? String(v) : formatNumber(lang, v);
  const text = String(v);
  return text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS)}${cutNote(text.length)}` : text;
}
