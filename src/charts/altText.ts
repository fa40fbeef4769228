/**
 * Text alternatives for charts, in the page language: what the chart shows and its main figures,
 * so a reader who cannot see the chart gets the same headline (the table has every figure).
 */
import { formatList, formatNumber, t, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import type { BarDatum } from './barChart.ts';
import type { YearPoint } from './lineChart.ts';

export type ValueFormat = (n: number) => string;

export function describeLines(lang: Lang, o: { title: string; unit: string; series: readonly string[]; points: readonly YearPoint[]; format: ValueFormat; maxSeries?: number }): string {
  if (!o.points.length) return t(lang, common, 'noData');
  const years = o.points.map((p) => p.year);
  const parts = [t(lang, common, 'altLine', { title: o.title, unit: o.unit, from: String(Math.min(...years)), to: String(Math.max(...years)) })];
  for (const s of o.series.slice(0, o.maxSeries ?? 5)) {
    const ps = o.points.filter((p) => p.series === s).sort((a, b) => a.year - b.year);
    if (!ps.length) continue;
    const first = ps[0]!;
    const last = ps[ps.length - 1]!;
    const max = ps.reduce((m, p) => (p.value > m.value ? p : m), first);
    parts.push(
      t(lang, common, 'altLineSeries', {
        series: s,
        first: o.format(first.value),
        firstYear: String(first.year),
        last: o.format(last.value),
        lastYear: String(last.year),
        max: o.format(max.value),
        maxYear: String(max.year),
      }),
    );
  }
  parts.push(t(lang, common, 'altMore'));
  return parts.join(' ');
}

export function describeBars(lang: Lang, o: { title: string; unit: string; rows: readonly BarDatum[]; format: ValueFormat; top?: number }): string {
  if (!o.rows.length) return t(lang, common, 'noData');
  const top = [...o.rows].sort((a, b) => b.value - a.value).slice(0, o.top ?? 3);
  return [
    t(lang, common, 'altBar', { title: o.title, unit: o.unit }),
    t(lang, common, 'altBarTop', {
      items: formatList(
        lang,
        top.map((r) => `${r.label} (${o.format(r.value)})`),
      ),
    }),
    t(lang, common, 'altMore'),
  ].join(' ');
}

/** Plain number formatting for alt text and tables (no compact notation: exact figures). */
export function exactFormat(lang: Lang): ValueFormat {
  return (n) => formatNumber(lang, n, { maximumFractionDigits: 0 });
}
