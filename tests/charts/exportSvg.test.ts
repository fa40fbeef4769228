/** The standalone SVG of a chart download, checked as XML with jsdom (SYNTHETIC chart data). */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { standaloneSvg, svgSize } from '../../src/charts/exportSvg.ts';
import { lineChart } from '../../src/charts/lineChart.ts';
import { svgDocument } from '../../src/charts/svgDocument.ts';

const points = [
  { year: 2019, series: 'Authorized', value: 1000 },
  { year: 2020, series: 'Authorized', value: 2500 },
  { year: 2019, series: 'Actual', value: 400 },
  { year: 2020, series: 'Actual', value: 900 },
];
const chart = lineChart(points, { width: 460, lang: 'en', ariaLabel: 'SYNTHETIC', yLabel: 'EUR', document: svgDocument() });
const parse = (xml: string) => new new JSDOM('').window.DOMParser().parseFromString(xml, 'image/svg+xml');

describe('standaloneSvg', () => {
  const out = standaloneSvg(chart, {
    title: 'Value by year <SYNTHETIC> & more',
    legend: [
      { label: 'Authorized', color: '#1f5fa8' },
      { label: 'Actual', color: '#c23b22' },
    ],
    footer: ['Unit: EUR', 'Source: SYNTHETIC source', 'Data as of 5 March 2024', 'https://portal.example/en/trends#g1'],
  });

  it('is well-formed XML with the chart inside, at the chart width plus margins', () => {
    const doc = parse(out.svg);
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.documentElement.getAttribute('width')).toBe(String(out.width));
    expect(out.width).toBe(460 + 32);
    expect(out.height).toBeGreaterThan(svgSize(chart).height + 60);
    const nested = doc.documentElement.getElementsByTagName('svg');
    expect(nested.length).toBe(1);
    expect(nested[0]!.getAttribute('width')).toBe('460');
    // The lines of the chart are the ones drawn on the page.
    const pageLines = [...parse(chart).getElementsByTagName('path')].map((p) => p.getAttribute('d'));
    const fileLines = [...nested[0]!.getElementsByTagName('path')].map((p) => p.getAttribute('d'));
    expect(fileLines).toEqual(pageLines);
  });

  it('carries the title, legend and footer as text, escaped', () => {
    const texts = [...parse(out.svg).getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Value by year <SYNTHETIC> & more');
    expect(texts).toEqual(expect.arrayContaining(['Authorized', 'Actual', 'Unit: EUR', 'Source: SYNTHETIC source', 'Data as of 5 March 2024', 'https://portal.example/en/trends#g1']));
    expect(out.svg).toContain('fill="#c23b22"');
  });

  it('keeps the dots’ titles (the figures on hover)', () => {
    expect(out.svg).toContain('<title>Authorized, 2020: 2,500</title>');
  });

  it('reads the drawing size from the viewBox', () => {
    expect(svgSize('<svg viewBox="0 0 300 150" width="100%"></svg>')).toEqual({ width: 300, height: 150 });
    expect(() => svgSize('<div></div>')).toThrow();
  });
});
