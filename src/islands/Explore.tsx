/**
 * The Explore island: state from the URL, the form, the query on the page's DuckDB, the result.
 * The server-rendered HTML shows the default view's result (computed at build time, and checked
 * against the served data: exploreStart.ts); on another link, the first answer may come from a
 * pre-aggregated table before DuckDB is ready (exploreFirstAnswer.ts), and DuckDB's own result
 * replaces it. Once hydrated the island reads the URL, and every change re-runs the query and
 * rewrites the URL.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Row } from '../db/results.ts';
import { t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { engineWarmUp } from '../queries/engineWarmUp.ts';
import { exploreQuery } from '../queries/explore.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { defaultState, parseExploreQuery, serializeExploreState, type ExploreState, type ParamProblem } from '../queries/exploreState.ts';
import { DbStatusLine } from './DbStatusLine.tsx';
import { ExploreForm } from './ExploreForm.tsx';
import { ExploreResult, type ExploreResultData } from './ExploreResult.tsx';
import type { SourceYears } from '../queries/yearCoverage.ts';
import { labeller } from './exploreFormat.ts';
import { currentQuery, replaceQuery } from './store.ts';
import './query.css';
import { ParamNotice } from './ParamNotice.tsx';
import { QueryError } from './QueryError.tsx';
import { staleResultView } from './explorePending.ts';
import { clarity } from '../i18n/strings/clarity.ts';
import { sameRows } from './exploreFirstAnswer.ts';
import { markFirstResult, startExplore } from './exploreStart.ts';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  /** Rows of the default view, computed at build time (shown before the browser's first query). */
  initialRows: Row[];
  /** Years each source covers (src/queries/yearCoverage.ts), computed at build time. */
  yearCoverage?: SourceYears[];
}

export default function Explore({ lang, options, initialRows, yearCoverage }: Props) {
  const s = (k: keyof typeof explore, v?: Record<string, string | number>) => t(lang, explore, k, v);
  const [state, setState] = useState<ExploreState>(defaultState);
  const [problems, setProblems] = useState<ParamProblem[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [result, setResult] = useState<ExploreResultData>(() => ({ state: defaultState(), rows: initialRows, table: null, from: 'build' }));
  // The build-time result was computed from other data than the host serves now: never shown as an answer.
  const [buildStale, setBuildStale] = useState(false);
  // Whether DuckDB's first result had the same rows as the first answer computed without it.
  const [firstCheck, setFirstCheck] = useState<'same' | 'differs' | undefined>();
  const directRows = useRef<ExploreResultData['rows'] | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | undefined>();
  // How the first answer was computed, said in the status line until DuckDB's result replaces it.
  const [firstNote, setFirstNote] = useState<{ rows: number; ms: number } | undefined>();
  const [attempt, setAttempt] = useState(0);
  // Finished browser queries; tests and the benchmark wait on it (data-runs).
  const [runs, setRuns] = useState(0);
  const latest = useRef(0);
  const runsRef = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const labels = useMemo(() => labeller(lang, options), [lang, options]);
  const query = useMemo(() => exploreQuery(state), [state]);
  const queryKey = `${query.sql}|${JSON.stringify(query.params)}`;

  useEffect(() => {
    const parsed = parseExploreQuery(currentQuery());
    setState(parsed.state);
    setProblems(parsed.problems);
    setHydrated(true);
    const start = startExplore();
    const key = serializeExploreState(start.state);
    void start.buildRows.then((b) => b === 'stale' && setBuildStale(true));
    void start.first.then((a) => {
      // Shown only while DuckDB has no result yet and the form still asks for that state.
      if (!a || runsRef.current > 0 || serializeExploreState(stateRef.current) !== key) return;
      directRows.current = a.rows;
      setResult({ state: start.state, rows: a.rows, table: null, from: 'direct' });
      setFirstNote({ rows: a.rows.length, ms: a.ms });
    });
  }, []);

  // The first result is marked when the frame that paints its rows begins: they are in the document
  // now, and anything that runs before that frame delays their paint too (charts draw after it:
  // ChartView). A result replaced before then never reached the screen, and is not marked.
  useLayoutEffect(() => {
    const from = result.from;
    if (from === 'build') return;
    const frame = requestAnimationFrame(() => markFirstResult(from));
    return () => cancelAnimationFrame(frame);
  }, [result]);

  useEffect(() => {
    if (hydrated) replaceQuery(serializeExploreState(state));
  }, [hydrated, state]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the query re-runs only when its SQL or parameters change (queryKey) or on Try again (attempt), not on sort or chart changes, which change `state`.
  useEffect(() => {
    if (!hydrated) return;
    const id = ++latest.current;
    const snapshot = state;
    const timer = setTimeout(async () => {
      setError(null);
      try {
        // The page's first answer (if any) is computed before DuckDB starts (exploreStart.ts).
        await startExplore().first;
        if (id !== latest.current) return;
        setRunning(true);
        // DuckDB's code (and Arrow's) loads with the first query, not with the island: the page's
        // first figures (build-time, or computed without DuckDB) do not wait for it.
        const [{ runQuery, runWhenIdle }, { rowsOf }] = await Promise.all([import('../db/run.ts'), import('../db/results.ts')]);
        const r = await runQuery(query);
        // DuckDB-WASM compiles each part of its code on first use: the operators of the next
        // queries (a join, say) are compiled while the reader looks at this result.
        if (runsRef.current === 0) runWhenIdle(engineWarmUp());
        if (id !== latest.current) return;
        const rows = rowsOf(r.table);
        if (directRows.current && runsRef.current === 0) setFirstCheck(sameRows(directRows.current, rows) ? 'same' : 'differs');
        runsRef.current++;
        setFirstNote(undefined);
        setResult({ state: snapshot, rows, table: r.table, from: 'duckdb' });
        setDone(s('statusDone', { rows: r.numRows, ms: r.ms }));
      } catch (e) {
        if (id === latest.current) setError(e instanceof Error ? e.message : String(e));
      } finally {
        if (id === latest.current) {
          setRunning(false);
          setRuns((n) => n + 1);
        }
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [hydrated, queryKey, attempt]);

  // Chart kind and sort apply to the result already there.
  const shown: ExploreResultData = { ...result, state: { ...result.state, chart: state.chart, view: state.view } };
  // A figure on screen must belong to the query the form shows. Until the link's own result
  // arrives, the build-time default result is hidden; after a change, the previous one is dimmed.
  const resultQuery = exploreQuery(result.state);
  const stale = hydrated && (`${resultQuery.sql}|${JSON.stringify(resultQuery.params)}` !== queryKey || (buildStale && result.from === 'build'));
  const firstLoad = stale && !result.table;
  const staleView = staleResultView({ stale, firstLoad, failed: error !== null });
  return (
    <div className="explore" data-hydrated={hydrated ? 'true' : 'false'}>
      <ParamNotice lang={lang} problems={problems} />
      <div className="explore-layout">
        <ExploreForm lang={lang} options={options} state={state} onChange={setState} />
        <section
          id="explore-result"
          tabIndex={-1}
          className="explore-result"
          aria-labelledby="explore-result-heading"
          aria-busy={running || stale}
          data-result-state={running || runs === 0 ? 'pending' : error ? 'error' : 'done'}
          data-stale={staleView}
          data-runs={runs}
          data-result-from={result.from}
          data-first-check={firstCheck}
        >
          <h2 id="explore-result-heading" className="visually-hidden">
            {s('resultHeading')}
          </h2>
          <DbStatusLine lang={lang} running={running} done={done} lead={firstNote && s('statusFirstAnswer', firstNote)} />
          <p className={stale && !error ? 'explore-pending-note is-shown' : 'explore-pending-note'}>{s(stale && !firstLoad ? 'pendingUpdate' : 'pendingLink')}</p>
          {error && (
            <QueryError
              heading={s('errorHeading')}
              message={error}
              note={staleView === 'hidden' && !firstLoad && <p data-previous-hidden>{t(lang, clarity, 'previousHidden')}</p>}
              retry={{ label: s('retry'), onClick: () => setAttempt((n) => n + 1) }}
            />
          )}
          <div className="explore-result-body" inert={stale}>
            <ExploreResult
              lang={lang}
              labels={labels}
              result={shown}
              sort={state.sort}
              onSort={(sort) => setState({ ...state, sort })}
              coverage={options.coverage}
              onMeasure={(measure) => setState({ ...state, measure, sort: null })}
              yearCoverage={yearCoverage}
              sources={options.sources}
              onView={(view, group) => setState({ ...state, view, ...(group ? { group, sort: null } : {}) })}
            />
          </div>
        </section>
      </div>
    </div>
  );
}
