/**
 * The reader's mirror pairs (Your data rows against the published reports) on SYNTHETIC tables:
 * invented States AAA–FFF, invented facts. AAA's report is the reader's file (source your-file);
 * every expected figure is worked out by hand from the rows below.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { yourMirrorQuery } from '../../src/queries/yourMirrors.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import { USER_SOURCE_ID } from '../../src/schema/userSource.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';
import { synthConnection, synthFact, synthReport, synthState } from '../helpers/analysesTables.ts';

let conn: DuckDBConnection;

const yours = synthReport('ATT_ANNUAL', 'AAA', 2099, { source_id: USER_SOURCE_ID, report_id: `${USER_SOURCE_ID}:AAA:2099:v1`, source_file: 'mine.csv' });
const aaaUn = synthReport('UNROCA', 'AAA', 2099, { report_type: 'annual' }); // published, AAA's own: never "yours"
const bbbUn = synthReport('UNROCA', 'BBB', 2099, { report_type: 'annual' });
const bbbAtt = synthReport('ATT_ANNUAL', 'BBB', 2099);
const cccCoarm = synthReport('EU_COARM', 'CCC', 2099);
const eeeUn = synthReport('UNROCA', 'EEE', 2099, { report_type: 'annual' });
const att = (c: string) => ({ category_scheme: 'ATT' as const, category_code: c, att_category: c as 'I', att_match: 'exact' as const });

beforeAll(async () => {
  conn = await synthConnection({
    states: [synthState('AAA', { name_en: 'Aland', name_fr: 'Alande' }), synthState('BBB', { name_en: 'Bland', name_fr: 'Blande' })],
    reports: [yours, aaaUn, bbbUn, bbbAtt, cccCoarm, eeeUn],
    transfers: [
      // The reader's file: AAA's exports and one import.
      synthFact(yours, { partner_iso3: 'BBB', ...att('I'), items: 10 }),
      synthFact(yours, { partner_iso3: 'DDD', ...att('I'), items: 3 }), // DDD reported nothing: no pair
      synthFact(yours, { partner_iso3: 'EEE', ...att('IV'), items: 2 }), // EEE reported imports, not this one
      synthFact(yours, { direction: 'import', partner_iso3: 'CCC', ...att('II'), items: 4, value: 40, currency: 'EUR' }),
      // Published: BBB's imports in two instruments, kept apart.
      synthFact(bbbUn, { direction: 'import', partner_iso3: 'AAA', ...att('I'), items: 8 }),
      synthFact(bbbUn, { direction: 'import', partner_iso3: 'AAA', ...att('III'), items: 2 }),
      synthFact(bbbUn, { direction: 'import', partner_iso3: 'FFF', ...att('I'), items: 1 }), // not about AAA
      synthFact(bbbAtt, { direction: 'import', partner_iso3: 'AAA', ...att('I'), items: 10 }),
      synthFact(eeeUn, { direction: 'import', partner_iso3: 'FFF', ...att('IV'), items: 5 }),
      // Published: CCC's exports to AAA.
      synthFact(cccCoarm, { partner_iso3: 'AAA', ...att('II'), items: 6, value: 50, currency: 'EUR' }),
      // Published: AAA's own Register report, not the reader's file.
      synthFact(aaaUn, { partner_iso3: 'BBB', ...att('I'), items: 9 }),
    ],
  });
});

describe('yourMirrorQuery', () => {
  it('pairs the file’s exports with the partners’ imports and its imports with their exports, per partner instrument, largest divergence first', async () => {
    const rows = await runFixtureQuery(conn, yourMirrorQuery('en'));
    expect(rows.map((r) => [r.exporter, r.importer, r.att_category, r.your_side, r.partner_instrument, r.reported_by, r.exporter_items, r.importer_items, r.items_difference])).toEqual([
      ['AAA', 'BBB', 'III', 'exporter', 'UNROCA', 'importer_only', null, 2, -2],
      ['AAA', 'EEE', 'IV', 'exporter', 'UNROCA', 'exporter_only', 2, null, 2],
      ['CCC', 'AAA', 'II', 'importer', 'EU_COARM', 'both', 6, 4, 2],
      ['AAA', 'BBB', 'I', 'exporter', 'UNROCA', 'both', 10, 8, 2],
      ['AAA', 'BBB', 'I', 'exporter', 'ATT_ANNUAL', 'both', 10, 10, 0],
    ]);
  });

  it('gives the published analysis’s measures, values only in one currency, and names in the page language', async () => {
    const rows = await runFixtureQuery(conn, yourMirrorQuery('fr'));
    const ccc = rows.find((r) => r.exporter === 'CCC')!;
    expect(ccc).toMatchObject({ exporter_value: 50, importer_value: 40, exporter_currency: 'EUR', importer_currency: 'EUR', value_difference: 10, importer_name: 'Alande' });
    expect(ccc.items_ratio).toBeCloseTo(1.5, 10);
    expect(ccc.items_srd).toBeCloseTo(0.4, 10);
    expect(ccc.value_srd).toBeCloseTo(20 / 90, 10);
    const bbb = rows.find((r) => r.partner_instrument === 'UNROCA' && r.att_category === 'I')!;
    expect(bbb).toMatchObject({ exporter_name: 'Alande', importer_name: 'Blande', items_ratio: 1.25, value_difference: null });
    expect(bbb.items_srd).toBeCloseTo(4 / 18, 10);
  });

  it('is empty without a reader’s file, limits with a bound parameter, and runs as plain SQL text', async () => {
    expect(await runFixtureQuery(conn, { ...yourMirrorQuery('en'), params: ['not-a-source', 500] })).toEqual([]);
    expect(await runFixtureQuery(conn, yourMirrorQuery('en', 2))).toHaveLength(2);
    expect(await runFixtureQuery(conn, { sql: inlineParams(yourMirrorQuery('en')), params: [] })).toHaveLength(5);
  });
});
