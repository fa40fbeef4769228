/**
 * Divergence queries on SYNTHETIC tables (invented States AAA–EEE, invented facts and totals).
 * Every expected figure is worked out by hand from the rows below.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { largestMismatchesQuery, mirrorCoverageQuery, mirrorQuery, reconciliationByReportQuery, twoChannelsByYearQuery, twoChannelsQuery } from '../../src/queries/divergences.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';
import { synthConnection, synthFact, synthReport, synthTotal } from '../helpers/analysesTables.ts';

let conn: DuckDBConnection;

const aaa = synthReport('ATT_ANNUAL', 'AAA', 2099);
const bbb = synthReport('ATT_ANNUAL', 'BBB', 2099);
const coarm2009 = synthReport('EU_COARM', 'EEE', 2009);
const coarm2010 = synthReport('EU_COARM', 'EEE', 2010);
const siel2010 = synthReport('UK_SIEL', 'EEE', 2010);
const siel2011 = synthReport('UK_SIEL', 'EEE', 2011);
const cat = (c: string) => ({ category_scheme: 'ATT' as const, category_code: c, att_category: c as 'I', att_match: 'exact' as const });
const ml = (code: string) => ({ category_scheme: 'ML' as const, category_code: code, att_category: null, att_match: 'none' as const, basis: 'authorized' as const });

beforeAll(async () => {
  conn = await synthConnection({
    reports: [aaa, bbb, coarm2009, coarm2010, siel2010, siel2011],
    transfers: [
      // Mirror: AAA (exporter) and BBB (importer) both reported 2099.
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('I'), items: 10, value: 100, currency: 'EUR' }),
      synthFact(bbb, { direction: 'import', partner_iso3: 'AAA', ...cat('I'), items: 8, value: 90, currency: 'EUR' }),
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('II'), items: 5 }), // BBB reports no category II import
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('III'), items: 3, value: 40, currency: 'EUR' }),
      synthFact(bbb, { direction: 'import', partner_iso3: 'AAA', ...cat('III'), items: 3, value: 30, currency: 'USD' }), // other currency
      synthFact(aaa, { partner_iso3: 'CCC', ...cat('I'), items: 4 }), // CCC reported nothing: no pair
      synthFact(aaa, { partner_iso3: null, ...cat('I'), items: 7 }), // missing partner: cannot be paired
      synthFact(bbb, { direction: 'import', partner_iso3: 'DDD', ...cat('I'), items: 1 }), // DDD reported no exports
      // Same State, two instruments: EEE in EU_COARM (EUR) and UK_SIEL (GBP); only 2010 is common.
      synthFact(coarm2009, { partner_iso3: 'AAA', ...ml('ML4'), licences: 1, value: 10, currency: 'EUR' }),
      synthFact(coarm2010, { partner_iso3: 'AAA', ...ml('ML4'), licences: 5, value: 500, currency: 'EUR' }),
      synthFact(coarm2010, { partner_iso3: 'BBB', ...ml('ML6'), licences: 2, value: 20, currency: 'EUR' }),
      synthFact(siel2010, { partner_iso3: 'AAA', ...ml('ML4'), licences: 1, value: 100, currency: 'GBP' }),
      synthFact(siel2010, { partner_iso3: 'AAA', ...ml('ML4'), licences: 2, value: 200, currency: 'GBP' }),
      synthFact(siel2010, { partner_iso3: 'CCC', ...ml('ML10'), licences: 1, value: 50, currency: 'GBP' }),
      synthFact(siel2010, { partner_iso3: 'AAA', ...ml('ML4'), basis: 'refused', licences: 4 }), // refusals are not compared
      synthFact(siel2010, { partner_iso3: 'AAA', category_scheme: 'UK', category_code: '5A002', att_category: null, att_match: 'none', basis: 'authorized', licences: 6, value: 60, currency: 'GBP' }), // not ML
      synthFact(siel2011, { partner_iso3: 'AAA', ...ml('ML4'), licences: 9, value: 900, currency: 'GBP' }),
    ],
    reconciliation: [
      synthTotal({ report_id: 'R1', reporter_iso3: 'AAA', measure: 'licences', reported_total: 5, lines_sum: 5, lines_count: 2, difference: 0, status: 'match' }),
      synthTotal({ report_id: 'R1', reporter_iso3: 'AAA', measure: 'licences', reported_total: 3, lines_sum: 4, lines_count: 2, difference: -1, status: 'mismatch', source_line: 7 }),
      synthTotal({ report_id: 'R1', reporter_iso3: 'AAA', measure: 'licence_value', currency: 'EUR', reported_total: 110, lines_sum: 100, lines_count: 1, difference: 10, status: 'mismatch', source_line: 8 }),
      synthTotal({ report_id: 'R1', reporter_iso3: 'AAA', measure: 'licence_value', currency: 'EUR', reported_total: 50, status: 'no_lines' }),
      synthTotal({ report_id: 'R2', reporter_iso3: 'BBB', measure: 'licences', reported_total: 9, lines_sum: 9, lines_count: 3, difference: 0, status: 'match' }),
      synthTotal({ report_id: null, measure: 'licences', reported_total: 99, lines_sum: 1, lines_count: 1, difference: 98, status: 'mismatch' }), // EU-wide total: no report
    ],
  });
});

describe('mirrorQuery', () => {
  it('pairs exporter and importer reports by pair, year, basis and ATT category, largest divergence first', async () => {
    const rows = await runFixtureQuery(conn, mirrorQuery());
    expect(rows.map((r) => [r.exporter, r.importer, r.att_category, r.reported_by, r.exporter_items, r.importer_items, r.items_difference])).toEqual([
      ['AAA', 'BBB', 'II', 'exporter_only', 5, null, 5],
      ['AAA', 'BBB', 'I', 'both', 10, 8, 2],
      ['AAA', 'BBB', 'III', 'both', 3, 3, 0],
    ]);
  });

  it('computes difference, ratio and symmetric relative difference, and compares values only in one currency', async () => {
    const [onlyX, cat1, cat3] = await runFixtureQuery(conn, mirrorQuery());
    expect(onlyX).toMatchObject({ items_ratio: null, items_srd: 2 });
    expect(cat1!.items_ratio).toBeCloseTo(1.25, 10);
    expect(cat1!.items_srd).toBeCloseTo(4 / 18, 10);
    expect(cat1).toMatchObject({ exporter_value: 100, importer_value: 90, exporter_currency: 'EUR', importer_currency: 'EUR', value_difference: 10 });
    expect(cat1!.value_srd).toBeCloseTo(20 / 190, 10);
    expect(cat3).toMatchObject({ items_srd: 0, exporter_currency: 'EUR', importer_currency: 'USD', value_difference: null, value_ratio: null, value_srd: null });
  });

  it('limits the list with a bound parameter and runs as plain SQL text', async () => {
    expect(await runFixtureQuery(conn, mirrorQuery(1))).toHaveLength(1);
    expect(await runFixtureQuery(conn, { sql: inlineParams(mirrorQuery()), params: [] })).toHaveLength(3);
  });
});

describe('mirrorCoverageQuery', () => {
  it('counts facts per direction that name no partner or map to no ATT category', async () => {
    expect(await runFixtureQuery(conn, mirrorCoverageQuery())).toEqual([
      { direction: 'export', reporters: 2, facts: 14, no_partner: 1, no_att_category: 9, pairable: 4 },
      { direction: 'import', reporters: 1, facts: 3, no_partner: 0, no_att_category: 0, pairable: 3 },
    ]);
  });
});

describe('twoChannelsQuery', () => {
  it('compares licence counts by year, destination and ML category for the years both instruments cover', async () => {
    const rows = await runFixtureQuery(conn, twoChannelsQuery('EU_COARM', 'UK_SIEL', 'EEE'));
    expect(rows.map((r) => [r.year, r.partner, r.category, r.a_licences, r.b_licences, r.licences_difference, r.licences_srd])).toEqual([
      [2010, 'AAA', 'ML4', 5, 3, 2, 0.5],
      [2010, 'BBB', 'ML6', 2, null, 2, 2],
      [2010, 'CCC', 'ML10', null, 1, -1, -2],
    ]);
    expect(rows[0]).toMatchObject({ a_value: 500, a_currency: 'EUR', b_value: 300, b_currency: 'GBP' });
  });

  it('sums per year, values side by side in their own currencies', async () => {
    const [y] = await runFixtureQuery(conn, twoChannelsByYearQuery('EU_COARM', 'UK_SIEL', 'EEE'));
    expect(y).toMatchObject({ year: 2010, cells: 3, cells_both: 1, a_licences: 7, b_licences: 4, licences_difference: 3, a_value: 520, a_currency: 'EUR', b_value: 350, b_currency: 'GBP' });
    expect(y!.licences_ratio).toBeCloseTo(1.75, 10);
    expect(y!.licences_srd).toBeCloseTo(6 / 11, 10);
  });
});

describe('reconciliation queries', () => {
  it('summarises totals per report and measure, leaving out totals over all reporters', async () => {
    const rows = await runFixtureQuery(conn, reconciliationByReportQuery());
    expect(rows.map((r) => [r.report_id, r.measure, r.totals, r.matched, r.mismatched, r.no_lines, r.abs_difference])).toEqual([
      ['R1', 'licence_value', 2, 0, 1, 1, 10],
      ['R1', 'licences', 2, 1, 1, 0, 1],
      ['R2', 'licences', 1, 1, 0, 0, 0],
    ]);
  });

  it('lists mismatches by relative size', async () => {
    const rows = await runFixtureQuery(conn, largestMismatchesQuery(10));
    expect(rows.map((r) => [r.measure, r.difference])).toEqual([
      ['licences', 98],
      ['licences', -1],
      ['licence_value', 10],
    ]);
  });
});
