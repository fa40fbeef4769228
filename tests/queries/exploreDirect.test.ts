/**
 * The direct (no-SQL) evaluator of Explore states (src/queries/exploreDirect.ts): on a small SYNTHETIC
 * aggregate with hand-computed answers, then against native DuckDB running `exploreQuery` on the same
 * Parquet tables — the SYNTHETIC test tables (always) and the published ones in public/data (when
 * `npm run data` has built them) — for a broad, deterministic set of states.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreQuery } from '../../src/queries/explore.ts';
import { compareValues, directAnswer, directPlan, type DirectData, type DirectRow } from '../../src/queries/exploreDirect.ts';
import { defaultState, DIMENSIONS, MEASURES, type Dimension, type ExploreState } from '../../src/queries/exploreState.ts';
import { closeAll, connection, query } from '../../src/site-data/db.ts';
import { ATT_CATEGORIES, BASES, defineTable, DIRECTIONS, transferPartnerTotals, transferTotals } from '../../src/schema/index.ts';
import { writeSyntheticData } from '../../scripts/fixtures/syntheticData.ts';

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
  // answers it (and the DuckDB comparison below covers it, as it iterates DIMENSIONS and MEASURES) or says null.
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

// --- The same rows as native DuckDB ------------------------------------------------------------------

/** Deterministic pseudo-random numbers (the same states every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

interface Domains {
  source: string[];
  reporter: string[];
  partner: string[];
  category: string[];
  scheme: string[];
  currency: string[];
  years: number[];
}

async function domains(dir: string): Promise<Domains> {
  const distinct = async (c: string) => (await query<{ v: string | number }>(`SELECT DISTINCT "${c}" AS v FROM "${transferPartnerTotals.name}" WHERE "${c}" IS NOT NULL ORDER BY v`, [], dir)).map((r) => r.v);
  return {
    source: (await distinct('source_id')) as string[],
    reporter: (await distinct('reporter_iso3')) as string[],
    partner: (await distinct('partner_iso3')) as string[],
    category: (await distinct('category_code')) as string[],
    scheme: (await distinct('category_scheme')) as string[],
    currency: (await distinct('currency')) as string[],
    years: (await distinct('year')) as number[],
  };
}

/** Every measure × every group of 0–2 dimensions, each with filters drawn from real values (some absent, for empty selections). */
function generatedStates(d: Domains, seed: number): ExploreState[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], absent?: T): T[] => {
    if (r() > 0.3) return [];
    const out = new Set<T>(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(xs)));
    if (absent !== undefined && r() < 0.1) out.add(absent);
    return [...out];
  };
  const groups: Dimension[][] = [[]];
  for (const a of DIMENSIONS) {
    groups.push([a]);
    for (const b of DIMENSIONS) if (a !== b && (a < b || r() < 0.15)) groups.push([a, b]);
  }
  const out: ExploreState[] = [];
  for (const measure of MEASURES)
    for (const group of groups) {
      const [y1, y2] = [pick(d.years), pick(d.years)].sort((a, b) => a - b);
      const range = r();
      out.push(
        state({
          measure,
          group,
          source: some(d.source),
          reporter: some(d.reporter, 'ZZZ'),
          partner: some(d.partner),
          direction: r() < 0.2 ? pick(DIRECTIONS) : null,
          basis: some(BASES),
          currency: r() < 0.15 ? pick(d.currency) : null,
          categoryScheme: r() < 0.1 ? (pick(d.scheme) as ExploreState['categoryScheme']) : null,
          category: r() < 0.1 ? some(d.category) : [],
          attCategory: some(ATT_CATEGORIES),
          yearFrom: range < 0.3 ? y1! : null,
          yearTo: range < 0.15 || (range > 0.3 && range < 0.4) ? y2! : null,
        }),
      );
    }
  return out;
}

/** A permalink as issue #11 describes it: the reporter with the most facts, the middle of its years, by partner. */
async function permalinkState(dir: string): Promise<ExploreState> {
  const sql = `SELECT reporter_iso3 AS r, min(year) AS lo, max(year) AS hi FROM "${transferPartnerTotals.name}" GROUP BY r ORDER BY sum(facts) DESC, r LIMIT 1`;
  const [top] = await query<{ r: string; lo: number; hi: number }>(sql, [], dir);
  const third = Math.floor((top!.hi - top!.lo) / 3);
  return state({ reporter: [top!.r], yearFrom: top!.lo + third, yearTo: top!.hi - third, group: ['partner'] });
}

/** Numbers equal within 1e-9 relative (sums of doubles depend on the order DuckDB adds them in). */
function expectSameRows(got: DirectRow[], want: Record<string, unknown>[], label: string): void {
  expect(got.length, label).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i]!;
    expect(Object.keys(g), label).toEqual(Object.keys(w));
    for (const [k, v] of Object.entries(g)) {
      const x = w[k];
      if (typeof v === 'number' && typeof x === 'number') {
        if (Math.abs(v - x) > 1e-9 * Math.max(1, Math.abs(x))) expect(v, `${label} row ${i} ${k}`).toBe(x);
      } else expect(v, `${label} row ${i} ${k}`).toBe(x);
    }
  });
}

function compareWithDuckDb(name: string, dirOf: () => string, seed: number) {
  const tables = new Map<string, DirectData>();
  let regions: Map<string, string | null>;
  let states: ExploreState[] = [];

  /**
   * The plan's columns of its table, read by native DuckDB as column arrays (64-bit integers as bigint).
   * Each table is read whole once (turning DuckDB's vectors into JS arrays is the slow part) and
   * given to the evaluator with only the plan's columns.
   */
  async function read(table: string, columns: string[]): Promise<DirectData> {
    let all = tables.get(table);
    if (!all) {
      const conn = await connection(dirOf());
      const reader = await conn.runAndReadAll(`SELECT * FROM "${table}"`);
      all = { length: reader.currentRowCount, columns: reader.getColumnsObjectJS() as DirectData['columns'] };
      tables.set(table, all);
    }
    return { length: all.length, columns: Object.fromEntries(columns.map((c) => [c, all.columns[c]!])) };
  }

  describe(`directAnswer equals exploreQuery run by DuckDB on ${name}`, () => {
    beforeAll(async () => {
      const dir = dirOf();
      regions = new Map((await query<{ iso3: string; region: string | null }>('SELECT iso3, region FROM states', [], dir)).map((s) => [s.iso3, s.region]));
      const d = await domains(dir);
      states = [defaultState(), await permalinkState(dir), ...generatedStates(d, seed)];
    });

    it('for the default view, a permalink-like state and every measure × 0–2 groups with random filters', async () => {
      let compared = 0;
      let rows = 0;
      for (const s of states) {
        const plan = directPlan(s);
        const label = JSON.stringify({ ...s, chart: undefined, view: undefined, sort: undefined });
        if (!plan) {
          expect(s.measure === 'reports' || s.group.includes('instrument'), label).toBe(true);
          continue;
        }
        const q = exploreQuery(s);
        expect(q.tables[0], label).toBe(plan.table);
        const data = await read(plan.table, plan.columns);
        const got = directAnswer(s, data, plan.regions ? regions : undefined);
        expectSameRows(got, await query(q.sql, q.params as (string | number)[], dirOf()), label);
        // Exactly the plan's columns: without any one of them the answer cannot be computed.
        for (const c of plan.columns) {
          const { [c]: _, ...rest } = data.columns;
          expect(() => directAnswer(s, { length: data.length, columns: rest }, regions), `${label} without ${c}`).toThrow(/missing/);
        }
        compared++;
        rows += got.length;
      }
      // The first two are the default view and the permalink; most generated states have a plan.
      expect(compared).toBeGreaterThan(states.length / 2);
      console.info(`exploreDirect vs DuckDB on ${name}: ${compared} of ${states.length} states compared, ${rows} rows`);
    }, 60_000);
  });
}

let syntheticDir = '';
beforeAll(async () => {
  syntheticDir = await mkdtemp(join(tmpdir(), 'att-direct-'));
  await writeSyntheticData(syntheticDir);
});
afterAll(async () => {
  closeAll();
  await rm(syntheticDir, { recursive: true, force: true });
});

compareWithDuckDb('the SYNTHETIC test tables', () => syntheticDir, 11);

const PUBLISHED = 'public/data';
const published = existsSync(join(PUBLISHED, `${transferPartnerTotals.name}.parquet`));
describe.runIf(published)('on the published data (npm run data)', () => {
  compareWithDuckDb('the published tables', () => PUBLISHED, 29);

  it('times the evaluator on 100× the aggregate rows (a print, no assertion on time)', async () => {
    const conn = await connection(PUBLISHED);
    const permalink = await permalinkState(PUBLISHED);
    for (const [label, s, times] of [
      ['default view', defaultState(), 100],
      ['one reporter, years, by partner', permalink, 10],
    ] as const) {
      const plan = directPlan(s)!;
      const reader = await conn.runAndReadAll(`SELECT ${plan.columns.map((c) => `"${c}"`).join(', ')} FROM "${plan.table}"`);
      const one = reader.getColumnsObjectJS() as Record<string, Cell[]>;
      const columns = Object.fromEntries(Object.entries(one).map(([c, v]) => [c, Array.from({ length: times }, () => v).flat()]));
      const length = reader.currentRowCount * times;
      const t0 = performance.now();
      const rows = directAnswer(s, { length, columns });
      console.info(`exploreDirect ${label}: ${length.toLocaleString('en')} rows of ${plan.table} (${times}×) in ${(performance.now() - t0).toFixed(0)} ms → ${rows.length} result rows`);
      expect(rows.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
