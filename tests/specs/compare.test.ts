import { describe, expect, it } from 'vitest';
import { categoryTable, compareCsvRows, compareGroups, yearlyTable, type CompareFlow, type CompareState } from '../../src/specs/compare.ts';

// SYNTHETIC flows: made-up figures shaped like the country profiles' flows.
function flow(o: Partial<CompareFlow> & Pick<CompareFlow, 'sourceId'>): CompareFlow {
  return { role: 'exporter', direction: 'export', currency: 'EUR', basis: 'authorized', bases: ['authorized'], yearMin: 2010, yearMax: 2011, facts: 4, yearly: [], categories: [], ...o };
}
function state(iso3: string, flows: CompareFlow[]): CompareState {
  return { iso3, treaty: { status: 'party', statusDate: null, signature: null, consent: null, consentType: null, entryIntoForce: null }, reporting: [], flows };
}
const fig = (basis: string, year: number, value: number | null, extra: Partial<{ items: number; key: string }> = {}) => ({ basis, year, key: extra.key, value, licences: null, items: extra.items ?? null, facts: 1 });

describe('compareGroups', () => {
  it('puts flows of one source in two currencies in two groups, so no table mixes them', () => {
    const a = state('AAA', [flow({ sourceId: 's', currency: 'EUR', yearly: [fig('authorized', 2010, 5)] })]);
    const b = state('BBB', [flow({ sourceId: 's', currency: 'GBP', yearly: [fig('authorized', 2010, 7)] })]);
    const groups = compareGroups([a, b]);
    expect(groups.map((g) => [g.currency, g.members.map((m) => m.iso3), g.absent])).toEqual([
      ['EUR', ['AAA'], ['BBB']],
      ['GBP', ['BBB'], ['AAA']],
    ]);
  });

  it('lines up the same source and currency across States, in the order picked, exporter side first', () => {
    const f = (role: 'exporter' | 'importer') => flow({ sourceId: 's', role, yearly: [fig('authorized', 2010, 1)] });
    const groups = compareGroups([state('BBB', [f('importer'), f('exporter')]), state('AAA', [f('exporter')])]);
    expect(groups.map((g) => [g.role, g.members.map((m) => m.iso3)])).toEqual([
      ['exporter', ['BBB', 'AAA']],
      ['importer', ['BBB']],
    ]);
  });

  it('keeps a value flow and an item-count flow apart', () => {
    const groups = compareGroups([
      state('AAA', [flow({ sourceId: 'r', currency: null, yearly: [fig('actual', 2010, null, { items: 3 })] })]),
      state('BBB', [flow({ sourceId: 'r', currency: 'USD', yearly: [fig('actual', 2010, 9)] })]),
    ]);
    expect(groups.map((g) => g.measure).sort()).toEqual(['items', 'value']);
  });

  it('lists the bases that have a figure, authorized before actual before refused', () => {
    const [g] = compareGroups([state('AAA', [flow({ sourceId: 's', yearly: [fig('refused', 2010, 1), fig('actual', 2010, 2), fig('authorized', 2011, null), fig('authorized', 2010, 4)] })])]);
    expect(g!.bases).toEqual(['authorized', 'actual', 'refused']);
  });
});

describe('yearlyTable and categoryTable', () => {
  const a = state('AAA', [flow({ sourceId: 's', yearly: [fig('authorized', 2010, 5), fig('authorized', 2012, 6), fig('actual', 2010, 1)], categories: [fig('authorized', 0, 5, { key: 'ML:ML1' })] })]);
  const b = state('BBB', [
    flow({ sourceId: 's', yearly: [fig('authorized', 2011, 7), fig('authorized', 2012, null)], categories: [fig('authorized', 0, 4, { key: 'ML:ML4' }), fig('authorized', 0, 3, { key: 'ML:ML1' })] }),
  ]);
  const [g] = compareGroups([a, b]);

  it('gives one row per year with a figure and null where a State has none', () => {
    expect(yearlyTable(g!, 'authorized')).toEqual({
      years: [2010, 2011, 2012],
      cells: [
        [5, null],
        [null, 7],
        [6, null],
      ],
    });
    expect(yearlyTable(g!, 'actual')).toEqual({ years: [2010], cells: [[1, null]] });
  });

  it('unites the main categories, undefined where a category is not among a State’s main ones', () => {
    expect(categoryTable(g!)).toEqual({
      keys: ['ML:ML1', 'ML:ML4'],
      cells: [
        [5, 3],
        [undefined, 4],
      ],
    });
  });

  it('writes every figure once in the CSV with its currency, never a total', () => {
    const { header, rows } = compareCsvRows([g!]);
    expect(header).toContain('currency');
    expect(rows).toHaveLength(3 + 1 + 2 + 2);
    expect(rows.every((r) => r[header.indexOf('currency')] === 'EUR')).toBe(true);
  });
});
