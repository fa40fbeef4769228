/**
 * The direct (no-SQL) evaluator of Explore states (src/queries/exploreDirect.ts) on a small SYNTHETIC
 * aggregate with answers computed by hand, and which states it answers at all.
 * tests/queries/exploreDirectDuckdb.test.ts compares it with native DuckDB on real Parquet tables.
 */
import { describe, expect, it } from 'vitest';
import { compareValues, directAnswer, directPlan, type DirectData } from '../../src/queries/exploreDirect.ts';
import { defaultState, DIMENSIONS, MEASURES, type Dimension, type ExploreState } from '../../src/queries/exploreState.ts';
import { defineTable, transferPartnerTotals, transferTotals } from '../../src/schema/index.ts';

const state = (over: Partial<ExploreState>): ExploreState => ({ ...defaultState(), ...over });

type Cell = string | number | bigint | null;

/** Rows → the column arrays a Parquet decoder gives. */
function columnsOf(rows: Record<string, Cell>[]): DirectData {
  const columns: Record<string, Cell[]> = {};
  for (const name of Object.keys(rows[0]!)) columns[name] = rows.map((r) => r[name]!);
  return { length: rows.length, columns };
}

// --- SYNTHETIC aggregate rows (invented figures), answers computed by hand --------------------------

const agg = (
  year: number,
  reporter_iso3: string,
  source_id: string,
  direction: string,
  partner_iso3: string | null,
  basis: string,
  category_scheme: string,
  category_code: string,
  att_category: string | null,
  currency: string | null,
  facts: number,
  value: number | null,
  items: bigint | null,
  licences: bigint | null,
): Record<string, Cell> => ({
  year,
  reporter_iso3,
  source_id,
  report_id: `${source_id}:${reporter_iso3}:${year}:1`,
  direction,
  partner_iso3,
  basis,
  category_scheme,
  category_code,
  att_category,
  currency,
  facts,
  value,
  items,
  licences,
});

const SYNTHETIC = columnsOf([
  agg(2019, 'AUT', 'eu', 'export', 'NGA', 'actual', 'ML', 'ML4', 'VII', 'EUR', 2, 100, 5n, null),
  agg(2019, 'AUT', 'eu', 'export', 'USA', 'authorized', 'ML', 'ML4', 'VII', 'EUR', 1, 50, null, 3n),
  agg(2020, 'AUT', 'eu', 'export', null, 'actual', 'ML', 'ML6', 'II', 'EUR', 4, null, 7n, 1n),
  agg(2020, 'DEU', 'eu', 'export', 'NGA', 'actual', 'ML', 'ML4', 'VII', 'GBP', 1, 30, 2n, null),
  agg(2020, 'DEU', 'uk', 'export', 'XXX', 'actual', 'UK', '5A002', null, 'GBP', 3, 10.5, null, null),
  agg(2019, 'DEU', 'uk', 'import', 'USA', 'actual', 'ATT', 'I', 'I', 'EUR', 2, 20, 1n, 2n),
  agg(2021, 'GBR', 'un', 'export', 'NGA', 'actual', 'ATT', 'II', 'II', null, 1, null, 4n, null),
]);
/** XXX is deliberately unknown: like the LEFT JOIN, its region is NULL. */
const REGIONS = new Map<string, string | null>([
  ['AUT', 'Europe'],
  ['DEU', 'Europe'],
  ['GBR', 'Europe'],
  ['NGA', 'Africa'],
  ['USA', 'Americas'],
]);

describe('directAnswer on SYNTHETIC aggregate rows', () => {
  it('sums values by year, kept apart by direction, basis and currency (the default view), NULL values left out', () => {
    expect(directAnswer(defaultState(), SYNTHETIC)).toEqual([
      { year: 2019, direction: 'export', basis: 'actual', currency: 'EUR', value: 100 },
      { year: 2019, direction: 'export', basis: 'authorized', currency: 'EUR', value: 50 },
      { year: 2019, direction: 'import', basis: 'actual', currency: 'EUR', value: 20 },
      { year: 2020, direction: 'export', basis: 'actual', currency: 'GBP', value: 40.5 },
    ]);
  });

  it('orders a NULL group key last and sums the facts of aggregate rows', () => {
    expect(directAnswer(state({ group: ['partner'], measure: 'facts' }), SYNTHETIC)).toEqual([
      { partner_iso3: 'NGA', facts: 4 },
      { partner_iso3: 'USA', facts: 3 },
      { partner_iso3: 'XXX', facts: 3 },
      { partner_iso3: null, facts: 4 },
    ]);
  });

  it('adds no group for rows whose figure is NULL, and turns 64-bit integers into numbers', () => {
    // The one row without an ATT category has no items: no NULL group appears.
    const s = state({ group: ['att_category'], measure: 'items', direction: 'export', basis: ['actual'] });
    expect(directAnswer(s, SYNTHETIC)).toEqual([
      { att_category: 'II', items: 11 },
      { att_category: 'VII', items: 7 },
    ]);
  });

  it('keeps two currencies apart', () => {
    const s = state({ group: [], direction: 'export', basis: ['actual'] });
    expect(directAnswer(s, SYNTHETIC)).toEqual([
      { currency: 'EUR', value: 100 },
      { currency: 'GBP', value: 40.5 },
    ]);
  });

  it('gives one row of NULL (a sum) or 0 (facts) for an empty selection without groups, and no rows with groups', () => {
    expect(directAnswer(state({ group: [], measure: 'items', direction: 'export', basis: ['refused'] }), SYNTHETIC)).toEqual([{ items: null }]);
    expect(directAnswer(state({ group: [], measure: 'facts', reporter: ['FRA'] }), SYNTHETIC)).toEqual([{ facts: 0 }]);
    expect(directAnswer(state({ group: ['year'], measure: 'facts', reporter: ['FRA'] }), SYNTHETIC)).toEqual([]);
    expect(directAnswer(state({ group: [], measure: 'facts' }), SYNTHETIC)).toEqual([{ facts: 14 }]);
  });

  it('filters as SQL does: IN lists and year bounds drop rows whose key is NULL', () => {
    const s = state({ partner: ['NGA', 'XXX'], yearFrom: 2020, yearTo: 2021, group: ['reporter'], measure: 'facts' });
    expect(directAnswer(s, SYNTHETIC)).toEqual([
      { reporter_iso3: 'DEU', facts: 4 },
      { reporter_iso3: 'GBR', facts: 1 },
    ]);
    expect(directAnswer(state({ attCategory: ['II', 'VII'], group: [], measure: 'facts' }), SYNTHETIC)).toEqual([{ facts: 9 }]);
  });

  it('groups by region through the iso3 → region map, an unknown or missing State in the NULL region', () => {
    expect(directAnswer(state({ group: ['partner_region'], measure: 'facts' }), SYNTHETIC, REGIONS)).toEqual([
      { partner_region: 'Africa', facts: 4 },
      { partner_region: 'Americas', facts: 3 },
      { partner_region: null, facts: 7 },
    ]);
    expect(directAnswer(state({ group: ['reporter_region', 'partner_region'], measure: 'licences', basis: ['actual'] }), SYNTHETIC, REGIONS)).toEqual([
      { reporter_region: 'Europe', partner_region: 'Americas', direction: 'import', licences: 2 },
      { reporter_region: 'Europe', partner_region: null, direction: 'export', licences: 1 },
    ]);
    expect(() => directAnswer(state({ group: ['partner_region'], measure: 'facts' }), SYNTHETIC)).toThrow(/region/);
  });

  it('sorts strings by code point (DuckDB’s binary collation), not by locale or UTF-16 units', () => {
    const codes = ['𝔸', 'ml4', 'Ａ', 'Zz', 'É', 'ML4', null];
    const rows = columnsOf(codes.map((c) => agg(2020, 'AUT', 'eu', 'export', null, 'actual', 'UK', c as string, null, null, 1, null, null, null)));
    const got = directAnswer(state({ group: ['category'], measure: 'facts' }), rows).map((r) => r.category_code);
    expect(got).toEqual(['ML4', 'Zz', 'ml4', 'É', 'Ａ', '𝔸', null]);
    // Both pitfalls would order these differently.
    expect(['Zz', 'ml4'].sort((a, b) => a.localeCompare(b))).toEqual(['ml4', 'Zz']);
    expect(['Ａ', '𝔸'].sort()).toEqual(['𝔸', 'Ａ']);
    expect(compareValues('Ａ', '𝔸')).toBeLessThan(0);
    expect(compareValues(2019, 2020)).toBeLessThan(0);
    expect(compareValues(null, 'A')).toBeGreaterThan(0);
  });

  it('names the missing column, and refuses a state that needs SQL', () => {
    const { items: _, ...rest } = SYNTHETIC.columns;
    expect(() => directAnswer(state({ measure: 'items' }), { length: SYNTHETIC.length, columns: rest })).toThrow(/'items'/);
    expect(() => directAnswer(state({ measure: 'reports', partner: ['NGA'] }), SYNTHETIC)).toThrow(/SQL/);
  });
});

describe('directPlan', () => {
  it('reads the aggregate Explore reads, and exactly the columns the answer needs', () => {
    expect(directPlan(defaultState())).toEqual({ table: transferTotals.name, columns: ['year', 'direction', 'basis', 'currency', 'value'], bounds: {}, regions: false });
    const permalink = state({ reporter: ['AUT'], yearFrom: 2010, yearTo: 2012, group: ['partner'] });
    expect(directPlan(permalink)).toEqual({
      table: transferPartnerTotals.name,
      columns: ['year', 'reporter_iso3', 'direction', 'partner_iso3', 'basis', 'currency', 'value'],
      bounds: { reporter_iso3: { in: ['AUT'] }, year: { min: 2010, max: 2012 } },
      regions: false,
    });
    expect(directPlan(state({ group: ['partner_region'], measure: 'facts' }))).toEqual({ table: transferPartnerTotals.name, columns: ['partner_iso3', 'facts'], bounds: {}, regions: true });
  });

  it('is null for the number of reports, the instrument, and states only transfers can answer', () => {
    expect(directPlan(state({ measure: 'reports' }))).toBeNull();
    expect(directPlan(state({ measure: 'reports', partner: ['NGA'], group: ['partner'] }))).toBeNull();
    expect(directPlan(state({ group: ['instrument'], measure: 'facts' }))).toBeNull();
    expect(directPlan(state({ group: ['year', 'instrument'] }))).toBeNull();
    // Only transfers can answer when no aggregate has every column read (here: none, or one without items).
    expect(directPlan(defaultState(), [])).toBeNull();
    const { items: _, ...noItems } = transferTotals.columns;
    const withoutItems = defineTable({ name: 'no_items', description: transferTotals.description, sortBy: ['year'], columns: noItems });
    expect(directPlan(state({ measure: 'items' }), [withoutItems])).toBeNull();
    expect(directPlan(state({ measure: 'licences' }), [withoutItems])?.table).toBe('no_items');
  });

  // A new dimension or measure lands in one of these lists only by a decision: the evaluator either
  // answers it (and the DuckDB comparison covers it, as it iterates DIMENSIONS and MEASURES) or says null.
  const NEEDS_SQL_DIMENSIONS: Dimension[] = ['instrument'];
  const NEEDS_SQL_MEASURES = ['reports'];
  it.each(DIMENSIONS)('knows the dimension %s', (d) => {
    const plan = directPlan(state({ group: [d], measure: 'facts', partner: ['NGA'] }));
    expect(plan === null).toBe(NEEDS_SQL_DIMENSIONS.includes(d));
  });
  it.each(MEASURES)('knows the measure %s', (m) => {
    const plan = directPlan(state({ group: ['year'], measure: m, partner: ['NGA'] }));
    expect(plan === null).toBe(NEEDS_SQL_MEASURES.includes(m));
  });
});
