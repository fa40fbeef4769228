/**
 * The direct (no-SQL) evaluator of Explore states (src/queries/exploreDirect.ts) gives the rows native
 * DuckDB gives for `exploreQuery`, on the same Parquet tables: the SYNTHETIC test tables (always) and the
 * published ones in public/data (when `npm run data` has built them), for the default view, a permalink
 * and a broad deterministic set of states; and a timing print at 100× the rows.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreQuery } from '../../src/queries/explore.ts';
import { directAnswer, directPlan, type DirectData, type DirectRow } from '../../src/queries/exploreDirect.ts';
import { defaultState, DIMENSIONS, MEASURES, type Dimension, type ExploreState } from '../../src/queries/exploreState.ts';
import { closeAll, connection, query } from '../../src/site-data/db.ts';
import { ATT_CATEGORIES, BASES, DIRECTIONS, transferPartnerTotals } from '../../src/schema/index.ts';
import { writeSyntheticData } from '../../scripts/fixtures/syntheticData.ts';

const state = (over: Partial<ExploreState>): ExploreState => ({ ...defaultState(), ...over });

type Cell = string | number | bigint | null;

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
