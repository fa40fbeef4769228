import { describe, expect, it } from 'vitest';
import { chartAlt, exploreChartInput, labeller, sortRows } from '../../src/islands/exploreFormat.ts';
import type { ExploreOptions } from '../../src/queries/exploreOptions.ts';
import { defaultState } from '../../src/queries/exploreState.ts';
import { chartPanels } from '../../src/charts/exploreChartData.ts';

const options: ExploreOptions = {
  sources: [
    { id: 'eu-test', title: 'EU test source', yearMin: 2019, yearMax: 2020, currencies: ['EUR'] },
    { id: 'uk-test', title: 'UK test source', yearMin: 2019, yearMax: 2020, currencies: ['GBP'] },
  ],
  states: [{ iso3: 'NGA', name: 'Nigéria', region: 'Africa', reporter: false, partner: true }],
  categories: [{ scheme: 'ML', code: 'ML4', label: 'Bombes', att: 'VII' }],
  currencies: ['EUR'],
  yearMin: 2019,
  yearMax: 2020,
  coverage: [],
};

describe('Explore result labels', () => {
  const l = labeller('fr', options);
  it('turns codes into names in the page language and formats numbers per locale', () => {
    expect(l.cell('partner_iso3', 'NGA')).toBe('Nigéria');
    expect(l.cell('partner_iso3', null)).toBe('Non précisé');
    expect(l.cell('category_code', 'ML4', { category_scheme: 'ML', category_code: 'ML4' })).toBe('ML4 — Bombes');
    expect(l.cell('source_id', 'eu-test')).toBe('EU test source');
    expect(l.cell('value', 1234567.5)).toBe('1\u202f234\u202f567,5');
    expect(l.cell('year', 2019)).toBe('2019');
    expect(l.column('partner_iso3')).toBe('État partenaire');
  });

  it('names under a chart of one currency only the sources that published figures in it', () => {
    expect(l.sourceTitles([], 'GBP')).toBe('UK test source');
    expect(l.sourceTitles([], null)).toBe('EU test source; UK test source');
    expect(l.sourceTitles(['eu-test'], 'GBP')).toBe('EU test source');
  });

  it('sorts numbers numerically and empty values last, either way', () => {
    const rows = [{ v: 10 }, { v: null }, { v: 9 }];
    expect(sortRows(rows, 'v', false, 'en', (_, x) => String(x)).map((r) => r.v)).toEqual([9, 10, null]);
    expect(sortRows(rows, 'v', true, 'en', (_, x) => String(x)).map((r) => r.v)).toEqual([10, 9, null]);
  });

  it('charts years on x, other groups as series, one panel per currency, and describes it in words', () => {
    const s = { ...defaultState(), group: ['partner' as const, 'year' as const], basis: ['authorized' as const] };
    const rows = [
      { partner_iso3: 'NGA', year: 2019, currency: 'EUR', value: 5 },
      { partner_iso3: 'NGA', year: 2020, currency: 'EUR', value: 8 },
    ];
    const input = exploreChartInput(s, rows, l);
    expect(input.xIsYear).toBe(true);
    const [p] = chartPanels(input);
    expect(p!.series).toEqual(['Nigéria']);
    expect(chartAlt('en', { kind: 'Lines', measure: 'Value', unit: 'EUR', x: 'Year', series: 'Partner', panel: p! })).toBe(
      'Lines of Value (EUR) by Year, one series per Partner. 2 data points from 2019 to 2020. Highest: 8 (2020, Nigéria).',
    );
  });

  it('gives each currency, direction and basis its own panel when they are kept apart, so licences and deliveries, or exports and their mirror imports, never share a stack', () => {
    const rows = [
      { year: 2019, direction: 'export', basis: 'authorized', currency: 'EUR', value: 5 },
      { year: 2019, direction: 'export', basis: 'actual', currency: 'EUR', value: 3 },
      { year: 2019, direction: 'export', basis: 'authorized', currency: 'GBP', value: 2 },
      { year: 2019, direction: 'import', basis: 'actual', currency: 'EUR', value: 4 },
    ];
    const panels = chartPanels(exploreChartInput(defaultState(), rows, l));
    expect(panels.map((p) => [p.key, p.currency, p.points.map((x) => x.value)])).toEqual([
      ['EUR · exportations · autorisé', 'EUR', [5]],
      ['EUR · exportations · effectif (livré)', 'EUR', [3]],
      ['GBP · exportations · autorisé', 'GBP', [2]],
      ['EUR · importations · effectif (livré)', 'EUR', [4]],
    ]);
  });
});
