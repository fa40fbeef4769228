import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/barChart.ts';
import { svgDocument } from '../../src/charts/svgDocument.ts';

const rows = [
  { label: 'India', value: 2_000_000 },
  { label: 'United States of America', value: 5_000_000 },
  { label: 'Nigeria', value: 750_000 },
];
const opts = { width: 460, lang: 'es' as const, ariaLabel: 'Top partners (EUR)', xLabel: 'EUR', document: svgDocument() };

describe('barChart', () => {
  it('renders the same SVG for the same rows (stored snapshot)', async () => {
    await expect(barChart(rows, opts)).toMatchFileSnapshot('./__snapshots__/barChart-es.svg');
  });

  it('ranks bars by value, largest first', () => {
    const svg = barChart(rows, opts);
    const order = ['United States of Amer…', 'India', 'Nigeria'].map((l) => svg.indexOf(`>${l}<`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('renders untrusted labels as text, never as markup', () => {
    const svg = barChart([{ label: '<script>alert(1)</script>', value: 1 }], { ...opts, width: 600 });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('shortens long labels with an ellipsis', () => {
    const svg = barChart([{ label: 'The Former Yugoslav Republic of Macedonia', value: 1 }], opts);
    expect(svg).toContain('The Former Yugoslav R…');
  });
});
