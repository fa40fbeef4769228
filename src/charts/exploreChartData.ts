/**
 * From result rows to what a chart draws: panels (one per currency: values in different
 * currencies never share an axis or a stack), series limited to the largest few, bars limited to
 * the largest few, and notes on what was left out (the table always has everything). Pure: no DOM.
 */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ChartPoint {
  x: string | number;
  series: string;
  value: number;
}

export interface ChartPanel {
  /** The panel's label (currency, and basis where bases are kept apart); '' when the result has a single panel. */
  key: string;
  /** Currency of the panel's values, or null when the figures are not money. */
  currency: string | null;
  points: ChartPoint[];
  /** Series in legend order, largest first. */
  series: string[];
  /** Series and bars left out of the chart (kept in the table). */
  hiddenSeries: number;
  totalSeries: number;
  hiddenBars: number;
  totalBars: number;
}

export interface ChartInput {
  rows: readonly Row[];
  /** The x value of a row: a year (number) or a label. */
  x: (r: Row) => string | number;
  /** The series label of a row, or null for a single series. */
  series: ((r: Row) => string) | null;
  /** Column holding the figure. */
  y: string;
  /** The panel of a row (the currency for values, and the basis where bases are kept apart), or null for one panel. */
  panel: ((r: Row) => string) | null;
  /** The currency of a row's figure, for values. */
  currency?: (r: Row) => string;
  /** Years on x: lines are possible and x keeps its numeric order. */
  xIsYear: boolean;
}

export const MAX_SERIES = 8;
export const MAX_BARS = 25;

export function chartPanels(input: ChartInput, limits = { series: MAX_SERIES, bars: MAX_BARS }): ChartPanel[] {
  const byPanel = new Map<string, ChartPoint[]>();
  const currencies = new Map<string, string>();
  for (const r of input.rows) {
    const v = r[input.y];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const key = input.panel ? input.panel(r) : '';
    if (input.currency) currencies.set(key, input.currency(r));
    const list = byPanel.get(key) ?? [];
    list.push({ x: input.x(r), series: input.series ? input.series(r) : '', value: v });
    byPanel.set(key, list);
  }
  return [...byPanel].map(([key, points]) => ({ ...limit(key, points, input.xIsYear, limits), currency: currencies.get(key) ?? null }));
}

function largestKeys(points: readonly ChartPoint[], key: (p: ChartPoint) => string): string[] {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(key(p), (totals.get(key(p)) ?? 0) + Math.abs(p.value));
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

function limit(key: string, points: ChartPoint[], xIsYear: boolean, limits: { series: number; bars: number }): Omit<ChartPanel, 'currency'> {
  const allSeries = largestKeys(points, (p) => p.series);
  const series = allSeries.slice(0, limits.series);
  const keep = new Set(series);
  let kept = points.filter((p) => keep.has(p.series));
  let totalBars = 0;
  let hiddenBars = 0;
  if (xIsYear) kept.sort((a, b) => Number(a.x) - Number(b.x));
  else {
    const bars = largestKeys(kept, (p) => String(p.x));
    totalBars = bars.length;
    const shown = new Set(bars.slice(0, limits.bars));
    hiddenBars = bars.length - shown.size;
    const order = new Map(bars.map((b, i) => [b, i]));
    kept = kept.filter((p) => shown.has(String(p.x))).sort((a, b) => order.get(String(a.x))! - order.get(String(b.x))!);
  }
  return { key, points: kept, series, hiddenSeries: allSeries.length - series.length, totalSeries: allSeries.length, hiddenBars, totalBars };
}
