/**
 * The Explore and SQL-console charts: lines, bars, stacked bars or small multiples of one panel
 * (one unit). A pure function of the panel and options, drawing with Observable Plot into the
 * given document: the browser passes `window.document`, tests pass a jsdom document.
 */
import * as Plot from '@observablehq/plot';
import { formatCompact, formatNumber } from '../i18n/index.ts';
import type { ChartPanel, ChartPoint } from './exploreChartData.ts';
import { baseStyle, FONT_SIZE, textWidth, truncate, yearTicks, type ChartOptions } from './frame.ts';
import { colorsFor, NEUTRAL } from './palette.ts';
import { withYearGaps, yearSpan } from './yearGaps.ts';
import { addHatch, newPatternId, yearBandMarks, yearCellMarks, type CoverageBands } from './coverageBands.ts';

export type ExploreChartKind = 'line' | 'bar' | 'stacked' | 'multiples';

export interface ExploreChartOptions extends ChartOptions {
  kind: ExploreChartKind;
  /** Label of the value axis (the unit, e.g. "EUR"). */
  yLabel: string;
  xIsYear: boolean;
  /** Years on x that a source of the chart does not (fully) cover: hatched, labelled, never drawn as zero. */
  coverage?: CoverageBands;
}

const LABEL_MAX = 28;

/** Draws the panel; returns an <svg> (or a <div> of small <svg>s for small multiples). */
export function exploreChart(panel: ChartPanel, o: ExploreChartOptions): Element {
  const kind = o.kind === 'line' && !o.xIsYear ? 'bar' : o.kind;
  const hatch = newPatternId();
  const node = kind === 'multiples' ? multiples(panel, o, hatch) : kind === 'line' ? lines(panel, o, hatch) : kind === 'stacked' ? stacked(panel, o, hatch) : bars(panel, o, hatch);
  addHatch(node, hatch);
  // Each <svg> is one image for assistive technology: its label and description carry the text
  // alternative, and Plot's labels on inner groups (not allowed inside role=img) are dropped.
  const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
  for (const svg of svgs) {
    svg.setAttribute('role', 'img');
    for (const el of svg.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label');
    // Plot adds a <style> element to each chart; the page's Content-Security-Policy refuses inline
    // styles, and the stylesheets already carry the same rules (.chart-svg svg). Removed before
    // the node is attached, so the browser never evaluates it.
    for (const el of svg.querySelectorAll('style')) el.remove();
  }
  return node;
}

function colour(panel: ChartPanel) {
  const single = panel.series.length <= 1;
  const colors = colorsFor(panel.series);
  return {
    single,
    scale: single ? undefined : { domain: panel.series, range: panel.series.map((s) => colors.get(s)!) },
    fill: (single ? NEUTRAL : 'series') as string,
  };
}

function valueAxis(o: ExploreChartOptions, points: readonly ChartPoint[]) {
  return {
    label: o.yLabel,
    grid: true,
    nice: true,
    zero: true,
    tickFormat: (v: number) => formatCompact(o.lang, v),
    labelArrow: 'none' as const,
    ...(points.length === 0 ? { domain: [0, 1] } : {}),
  };
}

function maxLabel(o: ExploreChartOptions, points: readonly ChartPoint[]): number {
  return points.reduce((m, p) => Math.max(m, textWidth(formatCompact(o.lang, p.value))), 0);
}

/**
 * What a mark says on hover and to the keyboard readout (its <title>): series, x and the exact
 * figure with its unit, in the page language.
 */
function pointTitle(o: ExploreChartOptions) {
  return (p: ChartPoint) => `${p.series ? `${p.series}, ` : ''}${p.x}: ${formatNumber(o.lang, p.value)}${o.yLabel ? ` ${o.yLabel}` : ''}`;
}

/** Room for a label of `max` characters at most, cut to fit `room` px (labels never run off the drawing). */
function fitLabel(label: string, max: number, room: number): string {
  return truncate(label, Math.max(4, Math.min(max, Math.floor(room / (FONT_SIZE * 0.62)))));
}

/**
 * A value axis along the top (horizontal bars): the unit sits on its own line above the tick
 * labels, so it can never overlap the last tick.
 */
const TOP_AXIS_MARGIN = 44;
const TOP_AXIS_LABEL_OFFSET = 32;

function common(o: ExploreChartOptions) {
  return { document: o.document, width: o.width, style: baseStyle, ariaLabel: o.ariaLabel, ariaDescription: o.ariaDescription };
}

/** Px per year of a linear year axis (for deciding whether a band's label fits). */
function pxPerYear(width: number, marginLeft: number, marginRight: number, span: [number, number]): number {
  return (width - marginLeft - marginRight) / Math.max(1, span[1] - span[0]);
}

function lines(panel: ChartPanel, o: ExploreChartOptions, hatch: string): Element {
  const c = colour(panel);
  const [min, max] = yearSpan(panel.points);
  const marginLeft = Math.max(40, maxLabel(o, panel.points) + 14);
  return Plot.plot({
    ...common(o),
    height: o.height ?? Math.round(Math.min(340, Math.max(220, o.width * 0.55))),
    marginLeft,
    marginRight: 18,
    marginTop: 24,
    x: { label: null, domain: [min, max], ticks: yearTicks(min, max, o.width), tickFormat: (y: number) => String(y), tickPadding: 6 },
    y: { ...valueAxis(o, panel.points), labelAnchor: 'top' },
    color: c.scale,
    marks: [
      ...yearBandMarks(o.coverage, [min, max], pxPerYear(o.width, marginLeft, 18, [min, max]), hatch),
      Plot.ruleY([0], { stroke: '#767f89' }),
      Plot.lineY(withYearGaps(panel.points), { x: 'x', y: 'value', z: 'series', stroke: c.single ? NEUTRAL : 'series', strokeWidth: 2 }),
      Plot.dot(panel.points, { x: 'x', y: 'value', fill: c.fill, r: 2.5, title: pointTitle(o) }),
    ],
  }) as unknown as Element;
}

/** Bars: vertical by year, horizontal by label; several series are drawn side by side. */
function bars(panel: ChartPanel, o: ExploreChartOptions, hatch: string): Element {
  const c = colour(panel);
  const xs = [...new Set(panel.points.map((p) => p.x))];
  if (o.xIsYear) {
    return Plot.plot({
      ...common(o),
      height: o.height ?? Math.round(Math.min(340, Math.max(220, o.width * 0.55))),
      marginLeft: Math.max(40, maxLabel(o, panel.points) + 14),
      marginTop: 24,
      fx: { label: null, tickFormat: (y: number) => String(y), padding: 0.15, ticks: yearTicks(Number(xs[0] ?? 0), Number(xs.at(-1) ?? 0), o.width) },
      x: { axis: null, domain: c.single ? undefined : panel.series, padding: 0.05 },
      y: { ...valueAxis(o, panel.points), labelAnchor: 'top' },
      color: c.scale,
      marks: [
        ...yearCellMarks(o.coverage, 'fx', Math.max(0, ...panel.points.map((p) => p.value)), hatch),
        Plot.barY(panel.points, { fx: 'x', x: c.single ? () => '' : 'series', y: 'value', fill: c.fill, title: pointTitle(o) }),
        Plot.ruleY([0], { stroke: '#767f89' }),
      ],
    }) as unknown as Element;
  }
  const labels = xs.map(String);
  const band = c.single ? 22 : panel.series.length * 12 + 10;
  const marginLeft = Math.min(o.width * 0.45, Math.max(...labels.map((l) => textWidth(truncate(l, LABEL_MAX))), 20) + 12);
  const short = (l: string) => fitLabel(l, LABEL_MAX, marginLeft - 10);
  return Plot.plot({
    ...common(o),
    height: o.height ?? Math.max(140, labels.length * band + 50),
    marginLeft,
    marginRight: Math.max(24, maxLabel(o, panel.points) / 2 + 8),
    marginTop: TOP_AXIS_MARGIN,
    fy: c.single ? undefined : { label: null, domain: labels, tickFormat: short, padding: 0.1 },
    y: c.single ? { label: null, domain: labels, tickFormat: short, padding: 0.15 } : { axis: null, domain: panel.series },
    x: { ...valueAxis(o, panel.points), labelAnchor: 'right', axis: 'top', labelOffset: TOP_AXIS_LABEL_OFFSET },
    color: c.scale,
    marks: [
      Plot.barX(panel.points, { y: c.single ? (p: ChartPoint) => String(p.x) : 'series', fy: c.single ? undefined : (p: ChartPoint) => String(p.x), x: 'value', fill: c.fill, title: pointTitle(o) }),
      Plot.ruleX([0], { stroke: '#767f89' }),
    ],
  }) as unknown as Element;
}

/** Stack in legend order; a single series has no z channel to order by. */
function stackOrder(panel: ChartPanel, single: boolean) {
  return single ? {} : { z: 'series', order: panel.series };
}

/** Stacked bars: only meaningful where series add up (the caller does not offer them otherwise). */
function stacked(panel: ChartPanel, o: ExploreChartOptions, hatch: string): Element {
  const c = colour(panel);
  const xs = [...new Set(panel.points.map((p) => p.x))];
  const totals = new Map<string | number, number>();
  for (const p of panel.points) totals.set(p.x, (totals.get(p.x) ?? 0) + p.value);
  const maxTotal = [...totals.values()].reduce((m, v) => Math.max(m, textWidth(formatCompact(o.lang, v))), 0);
  if (o.xIsYear) {
    return Plot.plot({
      ...common(o),
      height: o.height ?? Math.round(Math.min(340, Math.max(220, o.width * 0.55))),
      marginLeft: Math.max(40, maxTotal + 14),
      marginTop: 24,
      x: { label: null, tickFormat: (y: number) => String(y), padding: 0.15, ticks: yearTicks(Number(xs[0] ?? 0), Number(xs.at(-1) ?? 0), o.width) },
      y: { ...valueAxis(o, panel.points), labelAnchor: 'top' },
      color: c.scale,
      marks: [
        ...yearCellMarks(o.coverage, 'x', Math.max(0, ...totals.values()), hatch),
        Plot.barY(panel.points, { x: 'x', y: 'value', fill: c.fill, title: pointTitle(o), ...stackOrder(panel, c.single) }),
        Plot.ruleY([0], { stroke: '#767f89' }),
      ],
    }) as unknown as Element;
  }
  const labels = xs.map(String);
  const marginLeft = Math.min(o.width * 0.45, Math.max(...labels.map((l) => textWidth(truncate(l, LABEL_MAX))), 20) + 12);
  return Plot.plot({
    ...common(o),
    height: o.height ?? Math.max(140, labels.length * 24 + 50),
    marginLeft,
    marginRight: Math.max(24, maxTotal / 2 + 8),
    marginTop: TOP_AXIS_MARGIN,
    y: { label: null, domain: labels, tickFormat: (l: string) => fitLabel(l, LABEL_MAX, marginLeft - 10), padding: 0.15 },
    x: { ...valueAxis(o, panel.points), labelAnchor: 'right', axis: 'top', labelOffset: TOP_AXIS_LABEL_OFFSET },
    color: c.scale,
    marks: [Plot.barX(panel.points, { y: (p: ChartPoint) => String(p.x), x: 'value', fill: c.fill, title: pointTitle(o), ...stackOrder(panel, c.single) }), Plot.ruleX([0], { stroke: '#767f89' })],
  }) as unknown as Element;
}

/** One small chart per series on a shared value scale, so panels compare at a glance. */
function multiples(panel: ChartPanel, o: ExploreChartOptions, hatch: string): Element {
  const wrap = o.document.createElement('div');
  wrap.setAttribute('class', 'explore-multiples');
  wrap.setAttribute('role', 'group');
  wrap.setAttribute('aria-label', o.ariaLabel);
  const cols = o.width < 520 ? 1 : o.width < 900 ? 2 : 3;
  const width = Math.floor((o.width - (cols - 1) * 16) / cols);
  const values = panel.points.map((p) => p.value);
  const domain: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
  // Every panel spans the same years (and, for bars, lists the same labels), so they compare at a glance.
  const [min, max] = yearSpan(panel.points);
  const allLabels = o.xIsYear ? [] : [...new Set(panel.points.map((p) => String(p.x)))];
  const colors = colorsFor(panel.series);
  for (const s of panel.series) {
    const pts = panel.points.filter((p) => p.series === s);
    const fig = o.document.createElement('figure');
    const cap = o.document.createElement('figcaption');
    // A result with a single, unnamed series still names its panel: by the chart's label.
    cap.textContent = s || o.ariaLabel;
    fig.append(cap);
    const small = { ...o, width, height: 170, ariaLabel: s ? `${o.ariaLabel}: ${s}` : o.ariaLabel, ariaDescription: undefined };
    const colour = colors.get(s) ?? NEUTRAL;
    const y = { ...valueAxis(small, pts), domain, ticks: 3, label: null };
    let svg: Element;
    if (o.xIsYear) {
      const marginLeft = Math.max(36, maxLabel(small, panel.points) + 10);
      svg = Plot.plot({
        ...common(small),
        height: 170,
        marginLeft,
        marginRight: 18,
        x: { label: null, domain: [min, max], ticks: yearTicks(min, max, width), tickFormat: (v: number) => String(v), tickPadding: 6 },
        y,
        marks: [
          ...yearBandMarks(o.coverage, [min, max], pxPerYear(width, marginLeft, 18, [min, max]), hatch),
          Plot.ruleY([0], { stroke: '#767f89' }),
          Plot.lineY(withYearGaps(pts), { x: 'x', y: 'value', stroke: colour, strokeWidth: 2 }),
          Plot.dot(pts, { x: 'x', y: 'value', fill: colour, r: 2, title: pointTitle(o) }),
        ],
      }) as unknown as Element;
    } else {
      const marginLeft = Math.min(width * 0.45, Math.max(...allLabels.map((l) => textWidth(truncate(l, 20))), 20) + 10);
      svg = Plot.plot({
        ...common(small),
        height: Math.max(100, allLabels.length * 18 + 40),
        marginLeft,
        marginRight: 20,
        marginTop: 24,
        y: { label: null, domain: allLabels, tickFormat: (l: string) => fitLabel(l, 20, marginLeft - 10), padding: 0.15 },
        x: { ...y, axis: 'top' },
        marks: [Plot.barX(pts, { y: (p: ChartPoint) => String(p.x), x: 'value', fill: colour, title: pointTitle(o) }), Plot.ruleX([0], { stroke: '#767f89' })],
      }) as unknown as Element;
    }
    fig.append(svg);
    wrap.append(fig);
  }
  return wrap;
}
