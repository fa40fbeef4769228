import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileReportsQuery, profileTopQuery, profileYearsQuery } from '../../src/queries/countryProfiles.ts';
import { fixtureConnection, type PlainRow, runFixtureQuery } from '../helpers/fixtureTables.ts';

let conn: DuckDBConnection;
let years: PlainRow[];
beforeAll(async () => {
  conn = await fixtureConnection();
  years = await runFixtureQuery(conn, profileYearsQuery());
});

const of = (rows: PlainRow[], iso3: string) => rows.filter((r) => r.iso3 === iso3);

describe('country profile years on the synthetic fixture', () => {
  it('sums a State’s own exports per year and basis, in year then basis order', () => {
    expect(of(years, 'AUT')).toEqual([
      { iso3: 'AUT', role: 'exporter', direction: 'export', source_id: 'eu-test', currency: 'EUR', basis: 'actual', year: 2019, value: 30, licences: null, items: null, facts: 1 },
      { iso3: 'AUT', role: 'exporter', direction: 'export', source_id: 'eu-test', currency: 'EUR', basis: 'authorized', year: 2019, value: 150, licences: 3, items: null, facts: 2 },
      { iso3: 'AUT', role: 'exporter', direction: 'export', source_id: 'eu-test', currency: 'EUR', basis: 'authorized', year: 2020, value: 200, licences: 3, items: null, facts: 1 },
    ]);
  });

  it('puts a fact without a value in its source’s only currency, and keeps a source of two currencies apart', () => {
    // Fact 6 (DEU 2020, no value): eu-test uses EUR only. Fact 9 (att-test, EUR and USD): no currency.
    expect(of(years, 'DEU')).toEqual([
      { iso3: 'DEU', role: 'exporter', direction: 'export', source_id: 'eu-test', currency: 'EUR', basis: 'authorized', year: 2019, value: 1000, licences: 5, items: null, facts: 1 },
      { iso3: 'DEU', role: 'exporter', direction: 'import', source_id: 'att-test', currency: null, basis: 'actual', year: 2020, value: null, licences: null, items: 12, facts: 1 },
      { iso3: 'DEU', role: 'exporter', direction: 'export', source_id: 'eu-test', currency: 'EUR', basis: 'authorized', year: 2020, value: null, licences: 1, items: null, facts: 1 },
    ]);
  });

  it('counts each fact once per named side: a fact without a partner only for its reporter', () => {
    expect(years.reduce((n, r) => n + (r.facts as number), 0)).toBe(2 * 11 - 1);
    expect(
      of(years, 'FRA')
        .map((r) => r.currency)
        .sort(),
    ).toEqual(['EUR', 'USD']);
  });
});

describe('country profile tops on the synthetic fixture', () => {
  it('ranks counterparts by value and keeps the first n of each flow and basis', async () => {
    const top = (n: number) => runFixtureQuery(conn, profileTopQuery('partner', n)).then((rows) => rows.filter((r) => r.iso3 === 'AUT' && r.basis === 'authorized'));
    expect((await top(8)).map((r) => [r.key, r.value])).toEqual(
      expect.arrayContaining([
        ['NGA', 300],
        ['USA', 50],
      ]),
    );
    expect((await top(1)).map((r) => [r.key, r.value, r.licences, r.facts])).toEqual([['NGA', 300, 5, 2]]);
  });

  it('keys categories as scheme:code', async () => {
    const rows = (await runFixtureQuery(conn, profileTopQuery('category', 8))).filter((r) => r.iso3 === 'NGA' && r.role === 'importer');
    // Fact 9 is NGA's own import report; the rest are other States' exports to NGA.
    expect(rows.map((r) => `${r.source_id} ${r.basis} ${r.key}`).sort()).toEqual(['att-test actual ATT:I', 'eu-test actual ML:ML4', 'eu-test authorized ML:ML4', 'uk-test refused UK:5A002']);
  });
});

describe('country profile reports on the synthetic fixture', () => {
  it('counts one report per instrument, State, year and version, nil flag kept', async () => {
    const rows = await runFixtureQuery(conn, profileReportsQuery());
    expect(of(rows, 'AUT')).toEqual([
      { iso3: 'AUT', instrument: 'EU_COARM', year: 2019, reports: 1, nil: false },
      { iso3: 'AUT', instrument: 'EU_COARM', year: 2020, reports: 1, nil: false },
      { iso3: 'AUT', instrument: 'UNROCA', year: 2019, reports: 1, nil: null },
    ]);
  });
});
