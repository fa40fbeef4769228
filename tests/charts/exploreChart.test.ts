import { describe, expect, it } from 'vitest';
import { exploreChart } from '../../src/charts/exploreChart.ts';
import type { ChartPanel } from '../../src/charts/exploreChartData.ts';
import { svgDocument } from '../../src/charts/svgDocument.ts';

const panel: ChartPanel = {
  key: 'EUR',
  currency: 'EUR',
  points: [
    { x: 2019, series: 'authorized', value: 100 },
    { x: 2020, series: 'authorized', value: 250 },
    { x: 2019, series: 'actual', value: 40 },
    { x: 2020, series: 'actual', value: 60 },
  ],
  series: ['authorized', 'actual'],
  hiddenSeries: 0,
  totalSeries: 2,
  hiddenBars: 0,
  totalBars: 0,
};

const base = { width: 600, lang: 'en' as const, ariaLabel: 'Value by year', yLabel: 'EUR', xIsYear: true };
const draw = (kind: 'line' | 'bar' | 'stacked' | 'multiples', p = panel, xIsYear = true) => exploreChart(p, { ...base, kind, xIsYear, document: svgDocument() });

describe('exploreChart', () => {
  it('draws one labelled image per chart, with no labels left on inner groups', () => {
    for (const kind of ['line', 'bar', 'stacked'] as const) {
      const svg = draw(kind);
      expect(svg.tagName.toLowerCase()).toBe('svg');
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe('Value by year');
      expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    }
  });

  it('draws a line per series with a dot per point', () => {
    const svg = draw('line');
    expect(svg.querySelectorAll('path[stroke]').length).toBeGreaterThanOrEqual(2);
    expect(svg.querySelectorAll('circle')).toHaveLength(4);
  });

  it('draws one bar per point for bars and stacked bars', () => {
    expect(draw('bar').querySelectorAll('rect')).toHaveLength(4);
    expect(draw('stacked').querySelectorAll('rect')).toHaveLength(4);
  });

  it('falls back to bars when lines are asked for without years on x', () => {
    const byName: ChartPanel = { ...panel, points: panel.points.map((p) => ({ ...p, x: `State ${p.x}` })) };
    const svg = draw('line', byName, false);
    expect(svg.querySelectorAll('rect')).toHaveLength(4);
    expect(svg.querySelectorAll('circle')).toHaveLength(0);
  });

  it('draws small multiples as one captioned figure per series', () => {
    const node = draw('multiples');
    expect(node.tagName.toLowerCase()).toBe('div');
    expect([...node.querySelectorAll('figcaption')].map((f) => f.textContent)).toEqual(['authorized', 'actual']);
    expect(node.querySelectorAll('svg[role="img"]')).toHaveLength(2);
  });

  it('keeps report text as text: a label with markup becomes a text node, not an element', () => {
    const evil: ChartPanel = { ...panel, series: ['<img src=x onerror=alert(1)>'], points: [{ x: 'a<b>', series: '<img src=x onerror=alert(1)>', value: 1 }] };
    const node = draw('multiples', evil, false);
    expect(node.querySelectorAll('img, b')).toHaveLength(0);
    expect(node.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('exploreChart with one series', () => {
  it('stacks and draws a single series (no series channel to order by)', () => {
    const one: ChartPanel = { ...panel, series: ['authorized'], points: panel.points.filter((p) => p.series === 'authorized') };
    for (const kind of ['stacked', 'bar', 'line', 'multiples'] as const) expect(() => draw(kind, one), kind).not.toThrow();
    expect(draw('stacked', one).querySelectorAll('rect')).toHaveLength(2);
    const byName: ChartPanel = { ...one, points: one.points.map((p) => ({ ...p, x: `S${p.x}` })) };
    expect(draw('stacked', byName, false).querySelectorAll('rect')).toHaveLength(2);
  });
});
