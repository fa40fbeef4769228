import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, resultColumns, type ExploreState } from '../../src/queries/exploreState.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import { transfers } from '../../src/schema/index.ts';
import { fixtureColumns, fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await fixtureConnection();
});

const state = (over: Partial<ExploreState>): ExploreState => ({ ...defaultState(), ...over });
const run = (s: ExploreState) => runFixtureQuery(conn, exploreQuery(s));

describe('exploreQuery on the synthetic fixture', () => {
  it('sums value by year, direction, basis and currency by default, never across currencies, directions or bases, skipping facts without a value', async () => {
    expect(await run(defaultState())).toEqual([
      { year: 2019, direction: 'export', basis: 'actual', currency: 'EUR', value: 30 },
      { year: 2019, direction: 'export', basis: 'authorized', currency: 'EUR', value: 1150 },
      { year: 2019, direction: 'export', basis: 'authorized', currency: 'GBP', value: 70 },
      { year: 2020, direction: 'export', basis: 'actual', currency: 'EUR', value: 60 },
      { year: 2020, direction: 'export', basis: 'actual', currency: 'USD', value: 40 },
      { year: 2020, direction: 'export', basis: 'authorized', currency: 'EUR', value: 200 },
      { year: 2020, direction: 'export', basis: 'refused', currency: 'GBP', value: 5 },
    ]);
  });

  it('keeps currencies, directions and bases apart even without any group', async () => {
    expect(await run(state({ group: [] }))).toEqual([
      { direction: 'export', basis: 'actual', currency: 'EUR', value: 90 },
      { direction: 'export', basis: 'actual', currency: 'USD', value: 40 },
      { direction: 'export', basis: 'authorized', currency: 'EUR', value: 1350 },
      { direction: 'export', basis: 'authorized', currency: 'GBP', value: 70 },
      { direction: 'export', basis: 'refused', currency: 'GBP', value: 5 },
    ]);
  });

  it('adds no basis or direction column when the reader filters to one or groups by it', async () => {
    expect(await run(state({ group: [], basis: ['authorized'] }))).toEqual([
      { direction: 'export', currency: 'EUR', value: 1350 },
      { direction: 'export', currency: 'GBP', value: 70 },
    ]);
    expect(await run(state({ group: ['basis'], currency: 'EUR' }))).toEqual([
      { basis: 'actual', direction: 'export', currency: 'EUR', value: 90 },
      { basis: 'authorized', direction: 'export', currency: 'EUR', value: 1350 },
    ]);
    expect(await run(state({ group: ['direction'], basis: ['actual'], measure: 'items' }))).toEqual([
      { direction: 'export', items: 5 },
      { direction: 'import', items: 12 },
    ]);
    expect(await run(state({ group: [], direction: 'export', basis: ['actual'], measure: 'items' }))).toEqual([{ items: 5 }]);
    // Counts of facts or reports are not sums of a figure, so they may cover every basis.
    expect(await run(state({ group: [], measure: 'facts' }))).toEqual([{ facts: 11 }]);
  });

  it('counts every report, with facts or not, when only report-level filters and groups are set', async () => {
    expect(await run(state({ measure: 'reports', group: ['source'], yearFrom: 2019, yearTo: 2019 }))).toEqual([
      { source_id: 'eu-test', reports: 2 },
      { source_id: 'uk-test', reports: 1 },
      { source_id: 'un-test', reports: 1 },
    ]);
    expect(await run(state({ measure: 'reports', group: ['instrument'], reporter: ['AUT'] }))).toEqual([
      { instrument: 'EU_COARM', reports: 2 },
      { instrument: 'UNROCA', reports: 1 },
    ]);
    // A filter only facts carry (here the partner): the report counts through its matching facts.
    expect(await run(state({ measure: 'reports', group: ['source'], partner: ['USA'] }))).toEqual([
      { source_id: 'att-test', reports: 1 },
      { source_id: 'eu-test', reports: 2 },
      { source_id: 'uk-test', reports: 1 },
    ]);
  });

  it('counts facts and distinct reports', async () => {
    expect(await run(state({ measure: 'facts' }))).toEqual([
      { year: 2019, facts: 5 },
      { year: 2020, facts: 6 },
    ]);
    expect(await run(state({ measure: 'reports', group: ['source'] }))).toEqual([
      { source_id: 'att-test', reports: 2 },
      { source_id: 'eu-test', reports: 4 },
      { source_id: 'uk-test', reports: 2 },
      { source_id: 'un-test', reports: 1 },
    ]);
    expect(await run(state({ measure: 'facts', group: [] }))).toEqual([{ facts: 11 }]);
  });

  it('sums licences and items as numbers, leaving out facts that do not report them', async () => {
    expect(await run(state({ measure: 'licences', group: ['reporter'] }))).toEqual([
      { reporter_iso3: 'AUT', direction: 'export', basis: 'authorized', licences: 6 },
      { reporter_iso3: 'DEU', direction: 'export', basis: 'authorized', licences: 6 },
      { reporter_iso3: 'GBR', direction: 'export', basis: 'authorized', licences: 4 },
      { reporter_iso3: 'GBR', direction: 'export', basis: 'refused', licences: 1 },
    ]);
    // The import of 12 items is another State's report, possibly of the same transfers: never added to exports.
    expect(await run(state({ measure: 'items' }))).toEqual([
      { year: 2020, direction: 'export', basis: 'actual', items: 5 },
      { year: 2020, direction: 'import', basis: 'actual', items: 12 },
    ]);
  });

  it('groups by partner region through the states table, no partner last', async () => {
    expect(await run(state({ measure: 'facts', group: ['partner_region'] }))).toEqual([
      { partner_region: 'Africa', facts: 5 },
      { partner_region: 'Americas', facts: 4 },
      { partner_region: 'Europe', facts: 1 },
      { partner_region: null, facts: 1 },
    ]);
  });

  it('groups by instrument through the reports table', async () => {
    expect(await run(state({ measure: 'facts', group: ['instrument'] }))).toEqual([
      { instrument: 'ATT_ANNUAL', facts: 3 },
      { instrument: 'EU_COARM', facts: 6 },
      { instrument: 'UK_SIEL', facts: 2 },
    ]);
  });

  it('filters by ATT category through the crosswalk', async () => {
    expect(await run(state({ attCategory: ['VII'], group: ['reporter'] }))).toEqual([
      { reporter_iso3: 'AUT', direction: 'export', basis: 'actual', currency: 'EUR', value: 30 },
      { reporter_iso3: 'AUT', direction: 'export', basis: 'authorized', currency: 'EUR', value: 300 },
      { reporter_iso3: 'GBR', direction: 'export', basis: 'authorized', currency: 'GBP', value: 70 },
    ]);
  });

  it('filters by a category in its own scheme and returns scheme and code', async () => {
    expect(await run(state({ categoryScheme: 'ML', category: ['ML6'], measure: 'facts', group: ['category'] }))).toEqual([{ category_scheme: 'ML', category_code: 'ML6', facts: 2 }]);
  });

  it('combines reporter list, year range, basis and direction filters', async () => {
    const s = state({ reporter: ['AUT', 'DEU'], yearFrom: 2020, yearTo: 2020, basis: ['authorized'], direction: 'export', group: ['partner'] });
    expect(await run(s)).toEqual([{ partner_iso3: 'NGA', currency: 'EUR', value: 200 }]);
    expect(await run(state({ direction: 'import', measure: 'facts', group: ['reporter', 'partner'] }))).toEqual([{ reporter_iso3: 'NGA', partner_iso3: 'DEU', facts: 1 }]);
  });

  it('filters by source and currency', async () => {
    expect(await run(state({ source: ['att-test'], currency: 'EUR', group: ['reporter'] }))).toEqual([{ reporter_iso3: 'FRA', direction: 'export', basis: 'actual', currency: 'EUR', value: 60 }]);
  });

  it('binds every filter value as a parameter, so quotes in a value cannot change the query', async () => {
    const q = exploreQuery(state({ reporter: ["AUT' OR 1=1 --"] }));
    expect(q.sql).not.toContain('AUT');
    expect(q.params).toEqual(["AUT' OR 1=1 --"]);
    expect(await runFixtureQuery(conn, q)).toEqual([]);
  });

  it('returns exactly the columns resultColumns announces, in order', async () => {
    for (const s of [defaultState(), state({ group: ['category', 'partner_region'], measure: 'licences' }), state({ group: [], measure: 'reports' })]) {
      expect(await fixtureColumns(conn, exploreQuery(s))).toEqual(resultColumns(s));
    }
  });

  it('lists only the tables a query reads: the smallest aggregate that answers, and the joined tables', () => {
    expect(exploreQuery(defaultState()).tables).toEqual(['transfer_totals']);
    expect(exploreQuery(state({ group: ['reporter_region', 'instrument'] })).tables).toEqual(['transfer_totals', 'reports', 'states']);
    expect(exploreQuery(state({ group: ['partner_region'] })).tables).toEqual(['transfer_partner_totals', 'states']);
    expect(exploreQuery(defaultState(), transfers).tables).toEqual(['transfers']);
  });

  it('gives the same rows with parameters inlined (the SQL offered for download and the console)', async () => {
    const q = exploreQuery(state({ reporter: ['AUT'], yearFrom: 2019, group: ['partner', 'year'] }));
    const inlined = inlineParams(q);
    expect(inlined).toContain('t."reporter_iso3" = \'AUT\'');
    expect(await runFixtureQuery(conn, { sql: inlined, params: [] })).toEqual(await runFixtureQuery(conn, q));
  });
});
