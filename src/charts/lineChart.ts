/**
 * Values over years, one line per series (with dots, so a one-year series still shows).
 * A pure function: the same rows and options always give the same SVG.
 */
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3';
import { formatCompact, formatNumber } from '../i18n/index.ts';
import { baseStyle, serialize, textWidth, yearTicks, type ChartOptions } from './frame.ts';
import { colorsFor } from './palette.ts';
import { addHatch, newPatternId, yearBandMarks, type CoverageBands } from './coverageBands.ts';

export interface YearPoint {
  year: number;
  series: string;
  value: number;
}

export interface LineChartOptions extends ChartOptions {
  /** Series in legend order (colours follow this order); defaults to first appearance. */
  series?: readonly string[];
  /** Label of the y axis (the unit). */
  yLabel: string;
  /** Counts: only whole-number ticks. */
  integer?: boolean;
  /** Years a source of the chart does not cover: hatched and labelled, never drawn as zero. */
  coverage?: CoverageBands;
}

/**
 * Adds a NaN point for every year a series skips inside its own span, so the line breaks there
 * instead of drawing a straight segment over years with no report.
 */
export function withGaps(points: readonly YearPoint[]): YearPoint[] {
  const bySeries = new Map<string, Set<number>>();
  for (const p of points) {
    const ys = bySeries.get(p.series) ?? new Set<number>();
    ys.add(p.year);
    bySeries.set(p.series, ys);
  }
  const gaps: YearPoint[] = [];
  for (const [series, ys] of bySeries) {
    const min = Math.min(...ys);
    const max = Math.max(...ys);
    for (let y = min + 1; y < max; y++) if (!ys.has(y)) gaps.push({ year: y, series, value: Number.NaN });
  }
  return [...points, ...gaps].sort((a, b) => a.year - b.year);
}

export function lineChart(points: readonly YearPoint[], o: LineChartOptions): string {
  const series = o.series ?? [...new Set(points.map((p) => p.series))];
  const colors = colorsFor(series);
  const years = points.map((p) => p.year);
  const minYear = years.length ? Math.min(...years) : 0;
  const maxYear = years.length ? Math.max(...years) : 1;
  const maxValue = points.reduce((m, p) => Math.max(m, p.value), 0);
  const tickLabel = (v: number) => formatCompact(o.lang, v);
  const height = o.height ?? Math.round(Math.min(320, Math.max(220, o.width * 0.55)));
  const marginLeft = Math.max(36, textWidth(tickLabel(maxValue)) + 14);
  const domain: [number, number] = minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear];
  const patternId = newPatternId();
  const bands = yearBandMarks(o.coverage, domain, (o.width - marginLeft - 16) / Math.max(1, domain[1] - domain[0]), patternId);
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height,
    marginLeft,
    marginRight: 16,
    marginTop: 24,
    marginBottom: 30,
    style: baseStyle,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    x: {
      label: null,
      domain,
      ticks: yearTicks(minYear, maxYear, o.width),
      tickFormat: (y: number) => String(y),
    },
    y: {
      label: o.yLabel,
      grid: true,
      nice: true,
      zero: true,
      tickFormat: tickLabel,
      labelAnchor: 'top',
      labelArrow: 'none',
      ...(o.integer ? { ticks: ticks(0, Math.max(1, maxValue), Math.min(5, Math.max(1, maxValue))).filter(Number.isInteger) } : {}),
    },
    color: { domain: [...series], range: series.map((s) => colors.get(s)!) },
    marks: [
      ...bands,
      Plot.ruleY([0], { stroke: '#767f89' }),
      Plot.lineY(withGaps(points), { x: 'year', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2 }),
      // Each dot names its figure (a tooltip on hover and in the exported SVG): series, year, exact value.
      Plot.dot(points, { x: 'year', y: 'value', fill: 'series', r: 2.5, title: (p: YearPoint) => `${p.series}, ${p.year}: ${formatNumber(o.lang, p.value, { maximumFractionDigits: 0 })}` }),
    ],
  });
  addHatch(svg as unknown as Element, patternId);
  return serialize(svg as unknown as Element);
}
