/**
 * Ranked horizontal bars (top partners, top categories) with the value printed at the end of each
 * bar, so the chart reads without hovering. Labels are data (State names, category labels) and
 * end up as SVG text nodes, never markup.
 */
import * as Plot from '@observablehq/plot';
import { formatCompact, formatNumber } from '../i18n/index.ts';
import { baseStyle, serialize, textWidth, truncate, type ChartOptions } from './frame.ts';
import { NEUTRAL } from './palette.ts';

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarChartOptions extends ChartOptions {
  /** Label of the x axis (the unit). */
  xLabel: string;
  /** How a value is printed (bar labels, ticks, hover); compact figures when absent. */
  format?: (v: number) => string;
  /** Longest label kept before an ellipsis. */
  maxLabel?: number;
}

const BAR_STEP = 24;

export function barChart(rows: readonly BarDatum[], o: BarChartOptions): string {
  const data = [...rows].sort((a, b) => b.value - a.value).map((r) => ({ ...r, short: truncate(r.label, o.maxLabel ?? 22) }));
  const longest = data.reduce((m, d) => Math.max(m, textWidth(d.short)), 0);
  const maxValue = data.reduce((m, d) => Math.max(m, d.value), 0);
  const fmt = o.format ?? ((v: number) => formatCompact(o.lang, v));
  const exact = o.format ?? ((v: number) => formatNumber(o.lang, v));
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height: o.height ?? Math.max(80, data.length * BAR_STEP + 68),
    marginLeft: Math.min(Math.round(o.width * 0.45), longest + 12),
    marginRight: textWidth(fmt(maxValue)) + 12,
    // The unit sits on its own line above the tick labels, never over the last tick.
    marginTop: 44,
    marginBottom: 24,
    style: baseStyle,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    x: { label: o.xLabel, grid: true, nice: true, tickFormat: fmt, ticks: Math.max(2, Math.floor(o.width / 110)), labelAnchor: 'right', labelArrow: 'none', axis: 'top', labelOffset: 32 },
    y: { label: null, domain: data.map((d) => d.short), tickSize: 0 },
    marks: [
      // Each bar names its figure (hover and keyboard readout, and the exported SVG): label and exact value.
      Plot.barX(data, { x: 'value', y: 'short', fill: NEUTRAL, insetTop: 3, insetBottom: 3, title: (d: BarDatum) => `${d.label}: ${exact(d.value)} ${o.xLabel}` }),
      Plot.text(data, { x: 'value', y: 'short', text: (d: { value: number }) => fmt(d.value), textAnchor: 'start', dx: 4, fill: '#1b1f24' }),
      Plot.ruleX([0], { stroke: '#767f89' }),
    ],
  });
  return serialize(svg as unknown as Element);
}
