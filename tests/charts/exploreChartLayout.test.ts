/**
 * Small multiples and axes read honestly: panels share one span of years, a year missing inside a
 * series breaks its line, an unnamed single series still has a caption, every mark names its
 * figure, and the unit of a top axis sits on its own line above the tick labels.
 */
import { describe, expect, it } from 'vitest';
import { exploreChart } from '../../src/charts/exploreChart.ts';
import type { ChartPanel, ChartPoint } from '../../src/charts/exploreChartData.ts';
import { svgDocument } from '../../src/charts/svgDocument.ts';
import { withYearGaps, yearSpan } from '../../src/charts/yearGaps.ts';

// SYNTHETIC figures: "A" reports 2010–2014 but not 2012; "B" only 2013–2014.
const points: ChartPoint[] = [...[2010, 2011, 2013, 2014].map((x) => ({ x, series: 'A', value: x - 2000 })), ...[2013, 2014].map((x) => ({ x, series: 'B', value: 5 }))];
const panel: ChartPanel = { key: '', currency: null, points, series: ['A', 'B'], hiddenSeries: 0, totalSeries: 2, hiddenBars: 0, totalBars: 0 };
const opts = { width: 900, lang: 'en' as const, ariaLabel: 'Licences by year', yLabel: 'licences', xIsYear: true };
const draw = (kind: 'line' | 'bar' | 'stacked' | 'multiples', p = panel, xIsYear = true) => exploreChart(p, { ...opts, kind, xIsYear, document: svgDocument() });

/** Text of the x axis tick labels of a drawing (Plot's axis groups carry aria-label before we drop them, so read by position). */
function xTicks(svg: Element): string[] {
  return [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => /^\d{4}$/.test(t));
}

/** Number of separate pieces a path's `d` draws (one "M" per piece). */
function pieces(d: string): number {
  return (d.match(/M/g) ?? []).length;
}

describe('yearGaps', () => {
  it('adds a NaN point for each year a series skips inside its own span only', () => {
    const gaps = withYearGaps(points).filter((p) => Number.isNaN(p.value));
    expect(gaps).toEqual([{ x: 2012, series: 'A', value: Number.NaN }]);
  });

  it('spans all points, widening a single year', () => {
    expect(yearSpan(points)).toEqual([2010, 2014]);
    expect(yearSpan([{ x: 2015, series: '', value: 1 }])).toEqual([2014, 2016]);
  });
});

describe('small multiples', () => {
  it('share the span of years across panels', () => {
    const svgs = [...draw('multiples').querySelectorAll('svg')];
    expect(svgs).toHaveLength(2);
    expect(xTicks(svgs[1]!)).toEqual(xTicks(svgs[0]!));
    expect(xTicks(svgs[1]!)[0]).toBe('2010');
  });

  it('break a line at a missing year instead of drawing across it', () => {
    const [a] = [...draw('multiples').querySelectorAll('svg')];
    const line = [...a!.querySelectorAll('path')].find((p) => p.getAttribute('stroke-width') === '2' || p.closest('[stroke-width="2"]'));
    expect(pieces(line!.getAttribute('d') ?? '')).toBe(2);
  });

  it('caption a panel with one unnamed series by the chart label', () => {
    const one: ChartPanel = { ...panel, series: [''], points: points.filter((p) => p.series === 'A').map((p) => ({ ...p, series: '' })) };
    expect([...draw('multiples', one).querySelectorAll('figcaption')].map((f) => f.textContent)).toEqual(['Licences by year']);
  });
});

describe('line chart', () => {
  it('breaks a series at a missing year', () => {
    const svg = draw('line');
    const paths = [...svg.querySelectorAll('path')].filter((p) => (p.getAttribute('d') ?? '').includes('L') && p.closest('g[stroke-width="2"]'));
    const piecesPerSeries = paths.map((p) => pieces(p.getAttribute('d') ?? '')).sort();
    expect(piecesPerSeries).toEqual([1, 2]);
  });

  it('names every figure on its mark (series, year, value, unit)', () => {
    const titles = [...draw('line').querySelectorAll('circle > title')].map((t) => t.textContent);
    expect(titles).toContain('A, 2013: 13 licences');
    expect(titles).toHaveLength(points.length);
  });
});

describe('horizontal bars', () => {
  it('put the unit on a line of its own above the top tick labels', () => {
    const byName: ChartPanel = { ...panel, series: [''], points: ['Germany', 'France'].map((x, i) => ({ x, series: '', value: 10 * (i + 1) })) };
    const svg = draw('bar', byName, false);
    const unit = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'licences')!;
    const tick = [...svg.querySelectorAll('text')].find((t) => t.textContent === '20')!;
    const y = (el: Element) => {
      // Sum the translations of the element and its groups (Plot positions text by transforms).
      let total = 0;
      for (let n: Element | null = el; n && n.tagName.toLowerCase() !== 'svg'; n = n.parentElement) {
        const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(n.getAttribute('transform') ?? '');
        if (m) total += Number(m[2]);
      }
      return total;
    };
    // The unit's baseline is at least one line (12 px) above the tick label's.
    expect(y(tick) - y(unit)).toBeGreaterThanOrEqual(12);
  });

  it('cut long labels to fit the left margin of a narrow chart', () => {
    const long: ChartPanel = { ...panel, series: [''], points: [{ x: 'United Kingdom of Great Britain and Northern Ireland', series: '', value: 1 }] };
    const svg = exploreChart(long, { ...opts, width: 320, kind: 'bar', xIsYear: false, document: svgDocument() });
    const label = [...svg.querySelectorAll('text')].find((t) => (t.textContent ?? '').startsWith('United'))!.textContent!;
    expect(label.endsWith('…')).toBe(true);
    expect(label.length * 12 * 0.62).toBeLessThanOrEqual(320 * 0.45);
  });
});
