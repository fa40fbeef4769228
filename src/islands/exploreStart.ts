/**
 * The Explore page's start, loaded by its first script (exploreEarly.ts) before the island hydrates,
 * so that the slow parts begin at once instead of after hydration:
 *   - on the default view, the server-rendered result (computed at build time) is checked against
 *     the data the host serves now: the checksums of the tables it was computed from, written into
 *     the page, must be the manifest's. If not (the data was republished without a rebuild), it is
 *     hidden like a link's, and the page waits for a result computed on the served data;
 *   - on any other link (or a stale default), the first answer is computed from a pre-aggregated
 *     table without DuckDB, where one can give it exactly (exploreFirstAnswer.ts; exploreEarly.ts
 *     has already asked for it);
 *   - DuckDB starts (fetching and compiling its 34 MB wasm takes longest of all) as soon as no first
 *     answer is being computed: on a machine with two cores, its download and compilation would
 *     otherwise slow that answer's worker down more than they gain (scripts/benchScale.ts).
 * The island calls startExplore() again on hydration and gets the same promises; its first query
 * waits for `first` to settle, so DuckDB is not started early by the island either.
 */
import { FIRST_RESULT_MARK, RESULT_TABLE_TIMING } from '../db/constants.ts';
import { loadManifest } from '../db/dataFiles.ts';
import { parseExploreQuery, type ExploreState } from '../queries/exploreState.ts';
import { firstAnswer, type FirstAnswer } from './exploreFirstAnswer.ts';
import { isDefaultView } from './explorePending.ts';
import { currentQuery } from './store.ts';

/** Which path gave the page's first result (the `detail.from` of FIRST_RESULT_MARK). */
export type FirstResultFrom = 'build' | 'direct' | 'duckdb';

export interface ExploreStart {
  /** The state the address asked for when the page loaded. */
  state: ExploreState;
  /** The server-rendered result: the answer to the address on the served data ('valid'), not its answer ('stale'), or not the address's view at all ('other'). */
  buildRows: Promise<'valid' | 'stale' | 'other'>;
  /** The first answer without DuckDB, when the build-time result does not give it. */
  first: Promise<FirstAnswer | null>;
}

let started: ExploreStart | undefined;
let marked = false;

/** Marks the page's first result once (later calls do nothing), at `startTime` (default: now). */
export function markFirstResult(from: FirstResultFrom, startTime?: number): void {
  if (marked) return;
  marked = true;
  performance.mark(FIRST_RESULT_MARK, { detail: { from }, ...(startTime !== undefined ? { startTime } : {}) });
}

/**
 * When the server-rendered result table was first painted (Element Timing, RESULT_TABLE_TIMING on
 * its caption), or undefined where the browser does not report it. Its figures were on screen from
 * then; the manifest check only confirms, later, that they answer the served data.
 */
function paintedAt(checked: Promise<unknown>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const seen = new PerformanceObserver((list) => {
      const e = list.getEntries().find((x) => (x as PerformanceEntry & { identifier?: string }).identifier === RESULT_TABLE_TIMING) as (PerformanceEntry & { renderTime?: number }) | undefined;
      if (!e) return;
      seen.disconnect();
      resolve(e.renderTime || e.startTime);
    });
    seen.observe({ type: 'element', buffered: true });
    // Not painted (or not reported) by two frames after the check: the mark says "now" instead.
    void checked.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          seen.disconnect();
          resolve(undefined);
        }),
      ),
    );
  });
}

export function startExplore(): ExploreStart {
  if (started) return started;
  const search = currentQuery();
  const { state } = parseExploreQuery(search);
  const hosts = [...document.querySelectorAll<HTMLElement>('[data-explore-host]')];
  const pending = (on: boolean) => {
    for (const host of hosts) host.classList.toggle('link-pending', on);
  };
  const isDefault = isDefaultView(search);
  if (!isDefault) pending(true);
  const buildRows: Promise<'valid' | 'stale' | 'other'> = isDefault
    ? checkedAndPainted(builtOnServedData(hosts[0])).then(([valid, painted]) => {
        // Shown (again, on an address whose settings are all defaults) only once vouched for.
        pending(!valid);
        if (valid) markFirstResult('build', painted);
        return valid ? 'valid' : 'stale';
      })
    : Promise.resolve('other');
  const first = buildRows.then((b) => (b === 'valid' ? null : firstAnswer(isDefault ? '' : search)));
  // Loaded on demand: the page's first figures do not wait for DuckDB's JavaScript either. An error
  // is the island's to report, on its first query.
  void first.then(() => import('../db/duckdb.ts')).then((m) => m.database().catch(() => undefined));
  started = { state, buildRows, first };
  return started;
}

function checkedAndPainted(check: Promise<boolean>): Promise<[boolean, number | undefined]> {
  return Promise.all([check, paintedAt(check)]);
}

/** Whether every table the build-time result was computed from has, on the host now, the checksum it had at build time. */
async function builtOnServedData(host: HTMLElement | undefined): Promise<boolean> {
  let built: Record<string, string>;
  try {
    built = JSON.parse(host?.dataset.buildTables ?? '{}') as Record<string, string>;
  } catch {
    return false;
  }
  const names = Object.keys(built);
  if (names.length === 0) return false;
  try {
    const { tables } = await loadManifest();
    return names.every((n) => tables.find((t) => t.name === n)?.sha256 === built[n]);
  } catch {
    // No manifest: no figure can be vouched for; the island's query will say why.
    return false;
  }
}
