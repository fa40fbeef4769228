import { describe, expect, it } from 'vitest';
import { lineChart, withGaps, type YearPoint } from '../../src/charts/lineChart.ts';
import { svgDocument } from '../../src/charts/svgDocument.ts';

// Fixed, invented figures: no live data, no clock.
const points: YearPoint[] = [2008, 2009, 2010, 2011].flatMap((year, i) => [
  { year, series: 'authorized', value: 1_000_000 * (i + 1) },
  { year, series: 'actual', value: 400_000 * (i + 1) },
]);
const opts = { width: 460, lang: 'en' as const, ariaLabel: 'Value by year (EUR)', yLabel: 'EUR', document: svgDocument() };

describe('lineChart', () => {
  it('renders the same SVG for the same rows (stored snapshot)', async () => {
    await expect(lineChart(points, opts)).toMatchFileSnapshot('./__snapshots__/lineChart-en.svg');
  });

  it('formats axis ticks for the language', async () => {
    await expect(lineChart(points, { ...opts, lang: 'fr' })).toMatchFileSnapshot('./__snapshots__/lineChart-fr.svg');
  });

  it('is one labelled image, with whole years on the x axis', () => {
    const svg = lineChart(points, opts);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="Value by year (EUR)"');
    expect(svg).not.toMatch(/>2,?008\.5</);
    for (const y of ['2008', '2009', '2010', '2011']) expect(svg).toContain(`>${y}<`);
  });

  it('draws only whole-number ticks for counts', () => {
    const svg = lineChart(
      [
        { year: 2010, series: 'a', value: 2 },
        { year: 2011, series: 'a', value: 1 },
      ],
      { ...opts, integer: true },
    );
    const yTicks = [...svg.matchAll(/<text[^>]*>([\d.]+)<\/text>/g)].map((m) => m[1]!).filter((v) => !/^20\d\d$/.test(v));
    expect(yTicks.length).toBeGreaterThan(0);
    expect(yTicks.every((v) => !v.includes('.'))).toBe(true);
  });
});

describe('withGaps', () => {
  it('breaks a series over the years it skips, and only inside its own span', () => {
    const gapped = withGaps([
      { year: 2008, series: 'a', value: 1 },
      { year: 2011, series: 'a', value: 2 },
      { year: 2010, series: 'b', value: 3 },
    ]);
    expect(gapped.filter((p) => p.series === 'a' && Number.isNaN(p.value)).map((p) => p.year)).toEqual([2009, 2010]);
    expect(gapped.filter((p) => p.series === 'b')).toHaveLength(1);
  });
});

describe('lineChart coverage bands', () => {
  it('hatches the years a source does not cover, with the label, and nothing without bands', () => {
    const svg = lineChart(points, { ...opts, coverage: { years: [2011], label: 'not covered' } });
    const id = /<pattern id="(not-covered-\d+)"/.exec(svg)?.[1];
    expect(id).toBeDefined();
    expect(svg).toContain(`fill="url(#${id})"`);
    expect(svg).toContain('class="not-covered"');
    expect(lineChart(points, opts)).not.toContain('not-covered');
  });
});
