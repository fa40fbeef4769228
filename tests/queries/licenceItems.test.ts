/** Licence-item queries on a SYNTHETIC licence_items table built in memory (invented licences). */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceItemsOfQuery, licenceYearsQuery } from '../../src/queries/licenceItems.ts';
import { createTableSql, licenceItems, type LicenceItemRow } from '../../src/schema/index.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';

const item = (over: Partial<LicenceItemRow>): LicenceItemRow => ({
  item_id: 1, source_id: 'syn', reporter_iso3: 'CHE', licence_number: '1', decision_date: '2012-01-04', year: 2012, partner_iso3: 'TUR', partner_name: 'T?rkei',
  control_ag: null, control_mtcr: null, control_nsg1: null, control_nsg2: null, control_wa: null, control_ml: null, control_gkv_annex5: null, control_chkv: null,
  ml_category: null, att_category: null, att_match: 'none', value: 10, currency: 'CHF', source_file: 'f.csv', source_line: 2, ...over,
});

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(createTableSql(licenceItems));
  const rows = [
    item({ item_id: 1, licence_number: 'A', value: 100, control_ml: '18a', ml_category: 'ML18' }),
    item({ item_id: 2, licence_number: 'A', value: 50, control_wa: '2B001c', source_line: 3 }),
    item({ item_id: 3, licence_number: 'B', value: 7, decision_date: '2013-05-01', year: 2013, source_line: 4 }),
    item({ item_id: 4, reporter_iso3: 'XXX', licence_number: 'C', value: 1, source_line: 5 }),
  ];
  const cols = Object.keys(licenceItems.columns);
  for (const r of rows) await conn.run(`INSERT INTO ${licenceItems.name} VALUES (${cols.map(() => '?').join(', ')})`, cols.map((c) => (r as Record<string, unknown>)[c] as never));
});

describe('licence-item queries', () => {
  it('counts items, distinct licences and items with an ML entry per State and year, and sums values per currency', async () => {
    expect(await runFixtureQuery(conn, licenceYearsQuery())).toEqual([
      { reporter_iso3: 'CHE', year: 2012, currency: 'CHF', items: 2, licences: 1, military_items: 1, value: 150 },
      { reporter_iso3: 'CHE', year: 2013, currency: 'CHF', items: 1, licences: 1, military_items: 0, value: 7 },
      { reporter_iso3: 'XXX', year: 2012, currency: 'CHF', items: 1, licences: 1, military_items: 0, value: 1 },
    ]);
  });

  it('lists one State’s items in date order, the State bound as a parameter', async () => {
    const q = licenceItemsOfQuery('CHE');
    expect(q.params).toEqual(['CHE']);
    expect(q.sql).not.toContain('CHE');
    expect((await runFixtureQuery(conn, q)).map((r) => [r.licence_number, r.decision_date, r.control_ml])).toEqual([
      ['A', '2012-01-04', '18a'],
      ['A', '2012-01-04', null],
      ['B', '2013-05-01', null],
    ]);
  });
});
