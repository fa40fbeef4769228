/**
 * Explore reads a pre-aggregated table when one can answer and transfers otherwise
 * (src/queries/exploreTable.ts): which table each state reads, and — on 600 SYNTHETIC facts with
 * many repeated keys, so that aggregate rows really add several facts up — that every table able
 * to answer gives exactly the rows transfers gives, for a battery of Explore states and for
 * random ones (fast-check). Values are multiples of 0.25, so sums are exact in any order.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAggregates } from '../../src/pipeline/aggregates.ts';
import { loadTable } from '../../src/pipeline/publish.ts';
import { exploreQuery } from '../../src/queries/explore.ts';
import { columnsRead, exploreTable } from '../../src/queries/exploreTable.ts';
import { defaultState, DIMENSIONS, MAX_GROUPS, MEASURES, type ExploreState } from '../../src/queries/exploreState.ts';
import { ATT_CATEGORIES, BASES, defineTable, reports, states, TRANSFER_AGGREGATES, transferPartnerTotals, transferTotals, transfers, type AnyTable, type ReportRow, type TransferRow } from '../../src/schema/index.ts';
import { fixtureStates, runFixtureQuery } from '../helpers/fixtureTables.ts';

const state = (over: Partial<ExploreState>): ExploreState => ({ ...defaultState(), ...over });

describe('exploreTable: which table answers', () => {
  it('reads the aggregate without partners unless the state filters, groups or splits by partner', () => {
    expect(exploreTable(defaultState())).toBe(transferTotals);
    expect(exploreTable(state({ reporter: ['AUT'], yearFrom: 2010, yearTo: 2012, group: ['year', 'att_category'], measure: 'licences' }))).toBe(transferTotals);
    expect(exploreTable(state({ group: ['instrument'], measure: 'reports', basis: ['actual'] }))).toBe(transferTotals);
    expect(exploreTable(state({ group: ['category', 'reporter_region'], measure: 'facts' }))).toBe(transferTotals);
    expect(exploreTable(state({ partner: ['NGA'] }))).toBe(transferPartnerTotals);
    expect(exploreTable(state({ group: ['partner_region'], measure: 'items' }))).toBe(transferPartnerTotals);
    expect(exploreTable(state({ reporter: ['AUT'], yearFrom: 2010, yearTo: 2012, group: ['partner'] }))).toBe(transferPartnerTotals);
  });

  it('falls back to transfers when no aggregate has a column the state reads', () => {
    expect(exploreTable(defaultState(), [])).toBe(transfers);
    // An aggregate without report_id cannot count reports or group by instrument; it still sums values.
    const noReports: AnyTable = defineTable({
      name: 'no_reports',
      description: transferTotals.description,
      sortBy: ['year'],
      columns: {
        year: transfers.columns.year,
        basis: transfers.columns.basis,
        direction: transfers.columns.direction,
        currency: transfers.columns.currency,
        facts: transferTotals.columns.facts,
        value: transferTotals.columns.value,
      },
    });
    expect(exploreTable(defaultState(), [noReports])).toBe(noReports);
    expect(exploreTable(state({ measure: 'reports', basis: ['actual'] }), [noReports])).toBe(transfers);
    expect(exploreTable(state({ group: ['instrument'] }), [noReports])).toBe(transfers);
    expect(exploreTable(state({ measure: 'items' }), [noReports])).toBe(transfers);
  });

  it('counts the columns that splitting by direction, basis and currency reads', () => {
    expect([...columnsRead(defaultState())].sort()).toEqual(['basis', 'currency', 'direction', 'value', 'year']);
    expect([...columnsRead(state({ group: [], measure: 'facts' }))]).toEqual([]);
  });
});

// --- 600 SYNTHETIC facts over small domains, so that keys repeat ---------------------------------

const SOURCES = ['eu-test', 'uk-test'] as const;
const REPORTERS = ['AUT', 'DEU', 'GBR'] as const;
const PARTNERS = ['NGA', 'USA', 'FRA', null] as const;
const YEARS = [2018, 2019, 2020] as const;
const CATEGORIES = [
  ['ML', 'ML4', 'VII'],
  ['ML', 'ML6', 'II'],
  ['ATT', 'I', 'I'],
  ['UK', '5A002', null],
] as const;
const CURRENCIES = ['EUR', 'GBP', null] as const;

/** Deterministic pseudo-random numbers (the same facts every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function syntheticFacts(n: number): TransferRow[] {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const source_id = pick(SOURCES);
    const reporter = pick(REPORTERS);
    const year = pick(YEARS);
    const [scheme, code, att] = pick(CATEGORIES);
    const currency = pick(CURRENCIES);
    return {
      transfer_id: i + 1,
      source_id,
      report_id: `${source_id}:${reporter}:${year}:1`,
      reporter_iso3: reporter,
      reporter_name: reporter,
      year,
      direction: r() < 0.8 ? 'export' : 'import',
      partner_iso3: pick(PARTNERS),
      partner_name: null,
      category_scheme: scheme,
      category_code: code,
      att_category: att,
      att_match: att === null ? 'none' : 'approximate',
      basis: pick(BASES),
      licences: r() < 0.6 ? Math.floor(r() * 9) : null,
      items: r() < 0.4 ? Math.floor(r() * 500) : null,
      value: currency === null || r() < 0.15 ? null : Math.round(r() * 4e6) / 4,
      currency,
      decision_date: null,
      origin_iso3: null,
      intermediate: null,
      description: null,
      comments: null,
      items_as_written: null,
      reporter_rule: null,
      source_file: `${source_id}.csv`,
      source_line: i + 2,
    } satisfies TransferRow;
  });
}

function reportsOf(facts: TransferRow[]): ReportRow[] {
  return [...new Set(facts.map((f) => f.report_id))].map((id) => {
    const f = facts.find((x) => x.report_id === id)!;
    return {
      report_id: id,
      source_id: f.source_id,
      instrument: f.source_id === 'eu-test' ? 'EU_COARM' : 'UK_SIEL',
      report_type: 'annual',
      reporter_iso3: f.reporter_iso3,
      reporter_name: f.reporter_name,
      year: f.year,
      version: 1,
      submitted_date: null,
      is_public: true,
      is_nil: false,
      sensitive_withheld: null,
      facts: facts.filter((x) => x.report_id === id).length,
      source_file: f.source_file,
    };
  });
}

let conn: DuckDBConnection;
beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  conn = await db.connect();
  const facts = syntheticFacts(600);
  await loadTable(conn, transfers, facts);
  await buildAggregates(conn);
  await loadTable(conn, reports, reportsOf(facts));
  await loadTable(conn, states, fixtureStates);
});

/** The rows of the state from transfers, and from every aggregate that can answer it (the chosen one included). */
async function answers(s: ExploreState): Promise<{ table: string; rows: unknown[] }[]> {
  const able = TRANSFER_AGGREGATES.filter((t) => exploreTable(s, [t]) === t);
  // One after another: a DuckDB connection runs one statement at a time.
  const out: { table: string; rows: unknown[] }[] = [];
  for (const t of [transfers, ...able]) out.push({ table: t.name, rows: await runFixtureQuery(conn, exploreQuery(s, t)) });
  return out;
}

async function expectSameEverywhere(s: ExploreState): Promise<void> {
  const [line, ...aggs] = await answers(s);
  for (const a of aggs) expect(a.rows, `${a.table} vs transfers for ${JSON.stringify(s)}`).toEqual(line!.rows);
}

describe('same numbers from an aggregate as from transfers', () => {
  const BATTERY: [string, Partial<ExploreState>][] = [
    ['the default view (value by year)', {}],
    ['one reporter and a year range, by partner (a permalink)', { reporter: ['AUT'], yearFrom: 2019, yearTo: 2020, group: ['partner'] }],
    ['one partner, by year', { partner: ['NGA'], group: ['year'] }],
    ['by ATT category, authorized', { basis: ['authorized'], group: ['year', 'att_category'] }],
    ['facts by partner region', { group: ['partner_region'], measure: 'facts' }],
    ['licences by partner, one reporter', { reporter: ['GBR'], group: ['partner'], measure: 'licences' }],
    ['items by category and direction', { group: ['category', 'direction'], measure: 'items' }],
    ['reports by instrument, filtered to a basis (counted through facts)', { group: ['instrument'], measure: 'reports', basis: ['actual'] }],
    ['reports by partner', { group: ['partner'], measure: 'reports' }],
    ['value in one currency by source and reporter region', { currency: 'EUR', group: ['source', 'reporter_region'] }],
    ['a category scheme and codes, no group', { categoryScheme: 'ML', category: ['ML4'], group: [] }],
    ['ATT categories, imports, by reporter', { attCategory: ['I', 'VII'], direction: 'import', group: ['reporter'] }],
  ];
  it.each(BATTERY)('%s', async (_, over) => {
    const s = state(over);
    expect(exploreQuery(s).tables[0]).not.toBe('transfers');
    await expectSameEverywhere(s);
  });

  it('for random Explore states (fast-check)', async () => {
    const sub = <T>(xs: readonly T[]) => fc.subarray([...xs]);
    const year = fc.option(fc.constantFrom(...YEARS), { nil: null });
    const arbState = fc
      .record({
        source: sub(SOURCES),
        reporter: sub(REPORTERS),
        partner: sub(['NGA', 'USA', 'FRA']),
        direction: fc.constantFrom(null, 'export', 'import'),
        basis: sub(BASES),
        currency: fc.constantFrom(null, 'EUR', 'GBP'),
        categoryScheme: fc.constantFrom(null, 'ML', 'ATT', 'UK'),
        category: sub(['ML4', 'ML6', 'I', '5A002']),
        attCategory: sub(ATT_CATEGORIES.slice(0, 7)),
        yearA: year,
        yearB: year,
        group: fc.shuffledSubarray([...DIMENSIONS], { maxLength: MAX_GROUPS }),
        measure: fc.constantFrom(...MEASURES),
      })
      .map(({ yearA, yearB, ...r }): ExploreState => {
        const [yearFrom, yearTo] = yearA !== null && yearB !== null && yearA > yearB ? [yearB, yearA] : [yearA, yearB];
        return { ...defaultState(), ...r, yearFrom, yearTo } as ExploreState;
      });
    await fc.assert(
      fc.asyncProperty(arbState, async (s) => {
        await expectSameEverywhere(s);
      }),
      { numRuns: 150 },
    );
  });
});
