import { describe, expect, it } from 'vitest';
import { barFrame, lineFrame } from '../../src/specs/chartModel.ts';

const points = [
  { year: 2009, series: 'autorisé', value: 1234.5 },
  { year: 2008, series: 'autorisé', value: 1000 },
  { year: 2009, series: 'effectif', value: 500 },
];

describe('lineFrame', () => {
  it('gives the chart, its table formatted for the language and its CSV unformatted', () => {
    const m = lineFrame('fr', { id: 'c1', title: 'Valeur', unit: 'EUR', source: 'S', series: ['autorisé', 'effectif'], points });
    expect(m.svg).toMatch(/^<svg /);
    expect(m.svgNarrow).toMatch(/^<svg /);
    expect(m.table.columns.map((c) => c.label)).toEqual(['Année', 'autorisé', 'effectif']);
    expect(m.table.rows).toEqual([
      ['2008', '1\u202f000', '–'],
      ['2009', '1\u202f235', '500'],
    ]);
    expect(m.csv).toEqual({
      file: 'c1.csv',
      header: ['year', 'autorisé', 'effectif'],
      rows: [
        [2008, 1000, null],
        [2009, 1234.5, 500],
      ],
    });
    expect(m.legend?.map((l) => l.label)).toEqual(['autorisé', 'effectif']);
  });

  it('skips the phone drawing when asked (pages with a tight size budget)', () => {
    expect(lineFrame('en', { id: 'c', title: 't', unit: 'u', source: 's', series: ['a'], points: [{ year: 2010, series: 'a', value: 1 }], narrow: false }).svgNarrow).toBeUndefined();
  });
});

describe('barFrame', () => {
  it('sorts rows by value and puts further figures in extra columns', () => {
    const m = barFrame('en', {
      id: 'b',
      title: 'Partners',
      unit: 'EUR',
      source: 's',
      labelHeader: 'Partner',
      valueHeader: 'Value',
      extraHeaders: ['Licences'],
      rows: [
        { label: 'B', value: 1, extra: [3] },
        { label: 'A', value: 2, extra: [null] },
      ],
    });
    expect(m.table.rows).toEqual([
      ['A', '2', '–'],
      ['B', '1', '3'],
    ]);
    expect(m.csv.rows).toEqual([
      ['A', 2, null],
      ['B', 1, 3],
    ]);
  });
});
