import { describe, expect, it } from 'vitest';
import { describeBars, describeLines, exactFormat } from '../../src/charts/altText.ts';

const points = [
  { year: 2008, series: 'authorized', value: 1_500_000 },
  { year: 2009, series: 'authorized', value: 3_000_000 },
  { year: 2010, series: 'authorized', value: 2_000_000 },
];

describe('describeLines', () => {
  it('gives the span and each series’ first, last and highest figure, in the page language', () => {
    expect(describeLines('en', { title: 'Value by year', unit: 'EUR', series: ['authorized'], points, format: exactFormat('en') })).toBe(
      'Line chart, Value by year (EUR), 2008–2010. authorized: 1,500,000 in 2008, 2,000,000 in 2010; highest 3,000,000 in 2009. All figures are in the table.',
    );
    expect(describeLines('es', { title: 'Valor', unit: 'EUR', series: ['autorizado'], points: points.map((p) => ({ ...p, series: 'autorizado' })), format: exactFormat('es') })).toContain(
      'autorizado: 1.500.000 en 2008, 2.000.000 en 2010; máximo 3.000.000 en 2009.',
    );
  });

  it('says there is no data rather than describing an empty chart', () => {
    expect(describeLines('fr', { title: 'x', unit: 'EUR', series: [], points: [], format: exactFormat('fr') })).toBe('Aucune donnée.');
  });
});

describe('describeBars', () => {
  it('names the three largest bars with their figures', () => {
    const rows = [
      { label: 'India', value: 2 },
      { label: 'Nigeria', value: 1 },
      { label: 'United States of America', value: 5 },
      { label: 'Chile', value: 0.5 },
    ];
    expect(describeBars('en', { title: 'Main partners', unit: 'GBP', rows, format: exactFormat('en') })).toBe(
      'Bar chart, Main partners (GBP). Largest: United States of America (5), India (2) and Nigeria (1). All figures are in the table.',
    );
  });
});
