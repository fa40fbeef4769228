/**
 * What "Chart this result" draws by default, chosen from the result's column types, and how the
 * choice is written in the URL. A year (or date) column goes on x, a numeric measure on y, and the
 * other text columns become the series — the fewest-valued first — until no two rows share an x
 * within a series: a line never zig-zags through rows of different series (actual and authorized
 * values, two sources). A `currency` column is never an axis: it splits the chart into panels.
 */
import type { ResultColumn, Row } from '../db/results.ts';
import type { ExploreChartKind } from './exploreChart.ts';

export const CHART_SETTING_KINDS: readonly ExploreChartKind[] = ['line', 'bar', 'stacked', 'multiples'];

export interface ChartSettings {
  x: string;
  y: string;
  series: string[];
  kind: ExploreChartKind;
}

/** Integers between 1900 and 2100 only: a year, not a measure. */
export function isYearColumn(c: ResultColumn, rows: readonly Row[]): boolean {
  return c.kind === 'number' && rows.length > 0 && rows.every((r) => r[c.name] === null || (Number.isInteger(r[c.name]) && Number(r[c.name]) >= 1900 && Number(r[c.name]) <= 2100));
}

/** Numbers that identify rather than measure (ids, line numbers, years). */
function isKeyLike(c: ResultColumn, rows: readonly Row[]): boolean {
  return /(^|_)(id|line|year|iso3|code)$/i.test(c.name) || isYearColumn(c, rows);
}

function distinct(rows: readonly Row[], names: readonly string[]): number {
  return new Set(rows.map((r) => JSON.stringify(names.map((n) => r[n] ?? null)))).size;
}

export function defaultChartSettings(columns: readonly ResultColumn[], rows: readonly Row[]): ChartSettings | null {
  const measures = columns.filter((c) => c.kind === 'number' && !isKeyLike(c, rows));
  const y = measures.at(-1) ?? columns.find((c) => c.kind === 'number' && !isYearColumn(c, rows));
  if (!y) return null;
  const x =
    columns.find((c) => c.name === 'year' && c.name !== y.name) ??
    columns.find((c) => c !== y && isYearColumn(c, rows)) ??
    columns.find((c) => c.kind === 'date') ??
    columns.find((c) => c !== y && c.kind !== 'number' && c.name !== 'currency') ??
    columns.find((c) => c !== y);
  if (!x) return null;
  const panel = columns.some((c) => c.name === 'currency') && x.name !== 'currency' ? ['currency'] : [];
  const candidates = columns
    .filter((c) => c !== x && c !== y && c.name !== 'currency' && (c.kind !== 'number' || isKeyLike(c, rows)))
    .map((c) => ({ name: c.name, n: distinct(rows, [c.name]) }))
    .sort((a, b) => a.n - b.n);
  const series: string[] = [];
  const unique = () => distinct(rows, [x.name, ...series, ...panel]) === rows.length;
  for (const c of candidates) {
    if (unique()) break;
    if (c.n > 1) series.push(c.name);
  }
  const ordered = x.kind === 'date' || isYearColumn(x, rows);
  return { x: x.name, y: y.name, series, kind: ordered ? 'line' : 'bar' };
}

/** URL keys of the chart settings (next to the console's own keys). */
export const CHART_PARAMS = { x: 'chart_x', y: 'chart_y', series: 'chart_series', kind: 'chart_kind' } as const;

export function chartSettingsParams(s: ChartSettings): Record<string, string | null> {
  return { [CHART_PARAMS.x]: s.x, [CHART_PARAMS.y]: s.y, [CHART_PARAMS.series]: s.series.length ? s.series.join(',') : null, [CHART_PARAMS.kind]: s.kind };
}

/** Settings from a URL, if they name columns of this result (otherwise null: use the defaults). */
export function parseChartSettings(params: URLSearchParams, columns: readonly ResultColumn[]): ChartSettings | null {
  const names = new Set(columns.map((c) => c.name));
  const x = params.get(CHART_PARAMS.x);
  const y = params.get(CHART_PARAMS.y);
  const kind = params.get(CHART_PARAMS.kind) as ExploreChartKind | null;
  const series = (params.get(CHART_PARAMS.series) ?? '').split(',').filter(Boolean);
  const yCol = columns.find((c) => c.name === y);
  if (!x || !names.has(x) || !yCol || yCol.kind !== 'number' || !kind || !CHART_SETTING_KINDS.includes(kind) || !series.every((s) => names.has(s))) return null;
  return { x, y: yCol.name, series, kind };
}
