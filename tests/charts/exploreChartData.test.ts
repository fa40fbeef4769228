import { describe, expect, it } from 'vitest';
import { chartPanels, type Row } from '../../src/charts/exploreChartData.ts';

const rows: Row[] = [
  { year: 2019, partner: 'A', currency: 'EUR', value: 10 },
  { year: 2020, partner: 'A', currency: 'EUR', value: 30 },
  { year: 2019, partner: 'B', currency: 'EUR', value: 5 },
  { year: 2020, partner: 'C', currency: 'EUR', value: 1 },
  { year: 2019, partner: 'A', currency: 'GBP', value: 7 },
  { year: 2020, partner: 'A', currency: 'GBP', value: null },
];

describe('chartPanels', () => {
  it('puts each currency in its own panel and drops rows without a figure', () => {
    const panels = chartPanels({ rows, x: (r) => Number(r.year), series: (r) => String(r.partner), y: 'value', panel: (r) => String(r.currency), xIsYear: true });
    expect(panels.map((p) => [p.key, p.points.length])).toEqual([
      ['EUR', 4],
      ['GBP', 1],
    ]);
  });

  it('keeps the largest series, orders the legend by size and counts what it left out', () => {
    const [eur] = chartPanels({ rows: rows.filter((r) => r.currency === 'EUR'), x: (r) => Number(r.year), series: (r) => String(r.partner), y: 'value', panel: null, xIsYear: true }, { series: 2, bars: 25 });
    expect(eur!.series).toEqual(['A', 'B']);
    expect([eur!.hiddenSeries, eur!.totalSeries]).toEqual([1, 3]);
    expect(eur!.points.map((p) => p.x)).toEqual([2019, 2019, 2020]);
  });

  it('orders bars by size and keeps the largest when x is not a year', () => {
    const [p] = chartPanels({ rows: rows.filter((r) => r.currency === 'EUR'), x: (r) => String(r.partner), series: null, y: 'value', panel: null, xIsYear: false }, { series: 8, bars: 2 });
    expect(p!.points.map((q) => q.x)).toEqual(['A', 'A', 'B']);
    expect([p!.hiddenBars, p!.totalBars]).toEqual([1, 3]);
  });
});
