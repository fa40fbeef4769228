import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { categoryOptionsQuery, currencyOptionsQuery, loadExploreOptions, sourceOptionsQuery, stateOptionsQuery } from '../../src/queries/exploreOptions.ts';
import { fixtureConnection, fixtureRunner, runFixtureQuery } from '../helpers/fixtureTables.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await fixtureConnection();
});

describe('Explore filter options on the synthetic fixture', () => {
  it('lists sources with their year span, number of facts and currencies', async () => {
    expect(await runFixtureQuery(conn, sourceOptionsQuery())).toEqual([
      { source_id: 'att-test', year_min: 2020, year_max: 2020, facts: 3, currencies: 'EUR,USD' },
      { source_id: 'eu-test', year_min: 2019, year_max: 2020, facts: 6, currencies: 'EUR' },
      { source_id: 'uk-test', year_min: 2019, year_max: 2020, facts: 2, currencies: 'GBP' },
    ]);
  });

  it('names States in the page language and flags reporters and partners', async () => {
    const rows = await runFixtureQuery(conn, stateOptionsQuery('fr'));
    expect(rows.find((r) => r.iso3 === 'NGA')).toEqual({ iso3: 'NGA', name: 'Nigeria (fr)', region: 'Africa', is_reporter: true, is_partner: true });
    expect(rows.find((r) => r.iso3 === 'AUT')).toMatchObject({ is_reporter: true, is_partner: false });
    expect(rows.find((r) => r.iso3 === 'USA')).toMatchObject({ is_reporter: false, is_partner: true });
  });

  it('lists the categories in the data in scheme order, unlabelled ones included', async () => {
    expect(await runFixtureQuery(conn, categoryOptionsQuery('es'))).toEqual([
      { scheme: 'ATT', code: 'I', label: 'Battle tanks (es)', att_category: 'I', facts: 3, sources: 'att-test' },
      { scheme: 'ML', code: 'ML4', label: 'Bombs and missiles (es)', att_category: 'VII', facts: 5, sources: 'eu-test,uk-test' },
      { scheme: 'ML', code: 'ML6', label: 'Ground vehicles (es)', att_category: 'II', facts: 2, sources: 'eu-test' },
      { scheme: 'UK', code: '5A002', label: null, att_category: null, facts: 1, sources: 'uk-test' },
    ]);
  });

  it('lists currencies of facts that have a value, most used first', async () => {
    expect(await runFixtureQuery(conn, currencyOptionsQuery())).toEqual([
      { currency: 'EUR', facts: 6 },
      { currency: 'GBP', facts: 2 },
      { currency: 'USD', facts: 1 },
    ]);
  });
});

describe('loadExploreOptions', () => {
  it('assembles the filter lists, keeping only States that occur in the data', async () => {
    const o = await loadExploreOptions(fixtureRunner(conn), 'en', (id) => `Title of ${id}`);
    expect(o.sources[0]).toEqual({ id: 'att-test', title: 'Title of att-test', yearMin: 2020, yearMax: 2020, currencies: ['EUR', 'USD'] });
    // Alphabetical by the name a reader sees, not by code: Austria, France, Germany, Nigeria, United…
    expect(o.states.map((s) => s.iso3)).toEqual(['AUT', 'FRA', 'DEU', 'NGA', 'GBR', 'USA']);
    expect(o.currencies).toEqual(['EUR', 'GBP', 'USD']);
    expect([o.yearMin, o.yearMax]).toEqual([2019, 2020]);
    expect(o.categories.find((c) => c.code === 'ML4')).toEqual({ scheme: 'ML', code: 'ML4', label: 'Bombs and missiles', att: 'VII' });
  });

  it('says which categories each source uses only where asked, as positions in the category list', async () => {
    const o = await loadExploreOptions(fixtureRunner(conn), 'en', (id) => id, { sourceCategories: true });
    const used = (id: string) => o.sources.find((s) => s.id === id)!.categories!.map((i) => `${o.categories[i]!.scheme}:${o.categories[i]!.code}`);
    expect(used('att-test')).toEqual(['ATT:I']);
    expect(used('eu-test')).toEqual(['ML:ML4', 'ML:ML6']);
    expect(used('uk-test')).toEqual(['ML:ML4', 'UK:5A002']);
  });
});
