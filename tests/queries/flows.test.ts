/**
 * Flows queries on the SYNTHETIC fixture tables (tests/helpers/fixtureTables.ts: invented facts).
 * Every expected figure is worked out by hand from those rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { flowFactsQuery, flowFactsSummaryQuery, flowsDefaultQuery, flowsQuery } from '../../src/queries/flows.ts';
import { defaultFlowsState, type FlowsState } from '../../src/queries/flowsState.ts';
import { fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await fixtureConnection();
});

const eu = (over: Partial<FlowsState> = {}): FlowsState => ({ ...defaultFlowsState('eu-test', 'EUR'), ...over });
const pairs = (rows: Record<string, unknown>[]) => rows.map((r) => [r.exporter, r.importer, r.amount, r.facts]);

describe('flowsQuery', () => {
  it('sums one source, side, basis and currency per exporter and importer, largest first', async () => {
    // AUT→NGA 100 + 200, AUT→USA 50, DEU→USA 1000; DEU→NGA has no value; the actual row (30) is another basis.
    expect(pairs(await runFixtureQuery(conn, flowsQuery(eu())))).toEqual([
      ['DEU', 'USA', 1000, 1],
      ['AUT', 'NGA', 300, 2],
      ['AUT', 'USA', 50, 1],
    ]);
  });

  it('never adds currencies up: values are read in the state’s currency only', async () => {
    const att = { source: 'att-test', basis: 'actual' as const };
    expect(pairs(await runFixtureQuery(conn, flowsQuery(eu({ ...att, currency: 'USD' }))))).toEqual([['FRA', null, 40, 1]]);
    expect(pairs(await runFixtureQuery(conn, flowsQuery(eu({ ...att, currency: 'EUR' }))))).toEqual([['FRA', 'USA', 60, 1]]);
    // Values without a currency match nothing rather than a sum over all currencies.
    expect(await runFixtureQuery(conn, flowsQuery(eu({ ...att, currency: null })))).toEqual([]);
  });

  it('turns an importer’s report around: the partner is the exporter', async () => {
    const s = eu({ source: 'att-test', reportedBy: 'import', basis: 'actual', measure: 'items', currency: null });
    expect(pairs(await runFixtureQuery(conn, flowsQuery(s)))).toEqual([['DEU', 'NGA', 12, 1]]);
  });

  it('filters years, category and ATT category, and counts facts', async () => {
    expect(pairs(await runFixtureQuery(conn, flowsQuery(eu({ yearFrom: 2020 }))))).toEqual([['AUT', 'NGA', 200, 1]]);
    expect(pairs(await runFixtureQuery(conn, flowsQuery(eu({ category: { scheme: 'ML', code: 'ML6' } }))))).toEqual([
      ['DEU', 'USA', 1000, 1],
      ['AUT', 'USA', 50, 1],
    ]);
    expect(pairs(await runFixtureQuery(conn, flowsQuery(eu({ measure: 'facts', currency: null, attCategory: 'VII' }))))).toEqual([
      ['AUT', 'NGA', 2, 2],
      ['DEU', 'NGA', 1, 1],
    ]);
  });

  it('binds every choice as a parameter: no user text in the SQL', () => {
    const q = flowsQuery(eu({ source: "x'; DROP TABLE transfers; --", category: { scheme: 'ML', code: 'ML4' }, yearFrom: 2019, yearTo: 2020 }));
    expect(q.sql).not.toContain('DROP');
    expect(q.sql).not.toContain('ML4');
    expect(q.params).toEqual(["x'; DROP TABLE transfers; --", 'export', 'authorized', 'EUR', 2019, 2020, 'ML', 'ML4']);
  });
});

describe('flowFactsQuery and flowFactsSummaryQuery', () => {
  it('lists the facts of one flow with file and line, and their sum is the flows table’s figure', async () => {
    const s = eu();
    const flows = await runFixtureQuery(conn, flowsQuery(s));
    for (const f of flows) {
      const key = { exporter: f.exporter as string, importer: f.importer as string };
      const facts = await runFixtureQuery(conn, flowFactsQuery(s, key, 'fr'));
      expect(facts.reduce((a, r) => a + (r.value as number), 0)).toBe(f.amount);
      expect(facts).toHaveLength(f.facts as number);
      expect(await runFixtureQuery(conn, flowFactsSummaryQuery(s, key))).toEqual([{ facts: f.facts, amount: f.amount }]);
    }
    const autNga = await runFixtureQuery(conn, flowFactsQuery(s, { exporter: 'AUT', importer: 'NGA' }, 'en'));
    expect(autNga.map((r) => [r.transfer_id, r.year, r.value, r.source_file, r.category_label])).toEqual([
      [1, 2019, 100, autNga[0]!.source_file, 'Bombs and missiles'],
      [4, 2020, 200, autNga[0]!.source_file, 'Bombs and missiles'],
    ]);
    expect(typeof autNga[0]!.source_line).toBe('number');
  });

  it('selects a flow whose importer is not stated (NULL), and pages with limit and offset', async () => {
    const s = eu({ source: 'att-test', basis: 'actual', currency: 'USD' });
    expect((await runFixtureQuery(conn, flowFactsQuery(s, { exporter: 'FRA', importer: null }, 'en'))).map((r) => r.transfer_id)).toEqual([10]);
    const page2 = await runFixtureQuery(conn, flowFactsQuery(eu(), { exporter: 'AUT', importer: 'NGA' }, 'en', 1, 1));
    expect(page2.map((r) => r.transfer_id)).toEqual([4]);
  });
});

describe('flowsDefaultQuery', () => {
  it('picks the source with values whose flows have the most exporters, in its most used currency', async () => {
    // eu-test: AUT and DEU export with values (EUR); uk-test and att-test have one exporter each.
    expect(await runFixtureQuery(conn, flowsDefaultQuery())).toEqual([{ source_id: 'eu-test', currency: 'EUR' }]);
  });
});
