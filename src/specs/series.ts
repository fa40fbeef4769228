/**
 * Pure helpers that turn grouped query rows into chart series and tables: pick the top keys,
 * pivot years into rows, compress year lists. No SQL, no formatting: easy to test.
 */
import type { YearPoint } from '../charts/lineChart.ts';

export interface KeyedValue {
  key: string | null;
  year: number;
  value: number;
}

/** Keys ranked by their total over all years (ties by key), the first `n`. */
export function topKeys(rows: readonly { key: string | null; value: number }[], n: number): (string | null)[] {
  const totals = new Map<string | null, number>();
  for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + r.value);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .slice(0, n)
    .map(([k]) => k);
}

/**
 * Points of the top `n` keys, labelled by `label`. Keys outside the top are left out (not summed
 * into "other": the chart says it shows the top n, and the table lists the same series).
 */
export function topSeries(rows: readonly KeyedValue[], n: number, label: (key: string | null) => string): { series: string[]; points: YearPoint[] } {
  const keys = topKeys(rows, n);
  const keep = new Set(keys);
  const points = rows.filter((r) => keep.has(r.key)).map((r) => ({ year: r.year, series: label(r.key), value: r.value }));
  return { series: keys.map(label), points: points.sort((a, b) => a.year - b.year) };
}

/** Years as rows, series as columns; null where a series has no value that year. */
export function pivotByYear(points: readonly YearPoint[], series: readonly string[]): { years: number[]; cells: (number | null)[][] } {
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const at = new Map(points.map((p) => [`${p.year}|${p.series}`, p.value]));
  return { years, cells: years.map((y) => series.map((s) => at.get(`${y}|${s}`) ?? null)) };
}

/** `[2008, 2009, 2010, 2012]` → `[[2008, 2010], [2012, 2012]]`. */
export function yearRanges(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const y of sorted) {
    const last = out[out.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else out.push([y, y]);
  }
  return out;
}

/** `"2008–2010, 2012"`: years as written (no digit grouping), ranges with an en dash. */
export function formatYearRanges(years: readonly number[]): string {
  return yearRanges(years)
    .map(([a, b]) => (a === b ? String(a) : `${a}–${b}`))
    .join(', ');
}

export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}
