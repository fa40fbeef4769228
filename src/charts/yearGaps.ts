/**
 * Years on x, drawn honestly: a year a series skips inside its own span is a gap in its line (a
 * NaN point, which Plot's line mark breaks at), never a straight segment across years with no
 * figure; and small multiples share one span of years, so panels line up year for year.
 */
import type { ChartPoint } from './exploreChartData.ts';

/** The points plus a NaN point for every year each series skips between its first and last year. */
export function withYearGaps(points: readonly ChartPoint[]): ChartPoint[] {
  const bySeries = new Map<string, Set<number>>();
  for (const p of points) {
    const years = bySeries.get(p.series) ?? new Set<number>();
    years.add(Number(p.x));
    bySeries.set(p.series, years);
  }
  const gaps: ChartPoint[] = [];
  for (const [series, years] of bySeries) {
    const min = Math.min(...years);
    const max = Math.max(...years);
    for (let y = min + 1; y < max; y++) if (!years.has(y)) gaps.push({ x: y, series, value: Number.NaN });
  }
  return [...points, ...gaps].sort((a, b) => Number(a.x) - Number(b.x));
}

/** First and last year over all points (one year is widened by a year each side, so it has room). */
export function yearSpan(points: readonly ChartPoint[]): [number, number] {
  if (!points.length) return [0, 1];
  const years = points.map((p) => Number(p.x));
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? [min - 1, max + 1] : [min, max];
}
