/**
 * The facts behind a row of the divergences page are exactly those the row sums, on SYNTHETIC
 * tables (invented States AAA–EEE): each side's facts add up to the row's figure, and only them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelFactsQuery, mirrorFactsQuery, registerPairFactsQuery } from '../../src/queries/divergenceFacts.ts';
import { mirrorQuery, twoChannelsQuery } from '../../src/queries/divergences.ts';
import { runFixtureQuery, type PlainRow } from '../helpers/fixtureTables.ts';
import { synthConnection, synthFact, synthReport } from '../helpers/analysesTables.ts';

let conn: DuckDBConnection;
const aaa = synthReport('ATT_ANNUAL', 'AAA', 2099);
const bbb = synthReport('ATT_ANNUAL', 'BBB', 2099);
const unA = synthReport('UNROCA', 'AAA', 2099);
const unB = synthReport('UNROCA', 'BBB', 2099);
const coarm = synthReport('EU_COARM', 'EEE', 2010);
const siel = synthReport('UK_SIEL', 'EEE', 2010);
const cat = (c: string) => ({ category_scheme: 'ATT' as const, category_code: c, att_category: c as 'I', att_match: 'exact' as const });
const ml = (code: string) => ({ category_scheme: 'ML' as const, category_code: code, att_category: null, att_match: 'none' as const, basis: 'authorized' as const });

beforeAll(async () => {
  conn = await synthConnection({
    reports: [aaa, bbb, unA, unB, coarm, siel],
    transfers: [
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('I'), items: 10 }),
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('I'), items: 2 }),
      synthFact(bbb, { direction: 'import', partner_iso3: 'AAA', ...cat('I'), items: 8 }),
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('II'), items: 5 }), // another category: not in the pair of category I
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('I'), basis: 'authorized', items: 99 }), // another basis
      synthFact(unA, { partner_iso3: 'BBB', category_scheme: 'UNROCA', category_code: 'II', att_category: 'II', att_match: 'exact', items: 4 }),
      synthFact(unB, { direction: 'import', partner_iso3: 'AAA', category_scheme: 'UNROCA', category_code: 'II', att_category: 'II', att_match: 'exact', items: 3 }),
      synthFact(coarm, { partner_iso3: 'AAA', ...ml('ML4'), licences: 5, value: 500, currency: 'EUR' }),
      synthFact(siel, { partner_iso3: 'AAA', ...ml('ML4'), licences: 1, value: 100, currency: 'GBP' }),
      synthFact(siel, { partner_iso3: 'AAA', ...ml('ML4'), licences: 2, value: 200, currency: 'GBP' }),
      synthFact(siel, { partner_iso3: 'AAA', ...ml('ML4'), basis: 'refused', licences: 4 }), // refusals are not compared
    ],
  });
});
const total = (rows: PlainRow[], col: string, keep: (r: PlainRow) => boolean) => rows.filter(keep).reduce((a, r) => a + Number(r[col] ?? 0), 0);

describe('divergenceFacts', () => {
  it('a mirror pair: the exporter’s and the importer’s facts sum to the pair’s items, with their lines', async () => {
    const pairs = await runFixtureQuery(conn, mirrorQuery(20));
    const pair = pairs.find((p) => p.att_category === 'I' && p.reported_by === 'both')!;
    expect(pair).toBeDefined();
    const facts = await runFixtureQuery(conn, mirrorFactsQuery(pair as never));
    expect(total(facts, 'items', (r) => r.direction === 'export')).toBe(pair.exporter_items);
    expect(total(facts, 'items', (r) => r.direction === 'import')).toBe(pair.importer_items);
    expect(facts.every((r) => r.source_file !== null && r.source_line !== null && r.category_scheme !== 'UNROCA')).toBe(true);
  });

  it('a UN Register pair lists both reports of that Register category', async () => {
    const facts = await runFixtureQuery(conn, registerPairFactsQuery({ exporter: 'AAA', importer: 'BBB', year: 2099, category: 'II' }));
    expect(facts.map((r) => [r.direction, r.items])).toEqual([
      ['export', 4],
      ['import', 3],
    ]);
  });

  it('a cell of two instruments lists the authorized ML facts of both, and they sum to the cell', async () => {
    const [cell] = await runFixtureQuery(conn, twoChannelsQuery('EU_COARM', 'UK_SIEL', 'EEE', 5));
    const facts = await runFixtureQuery(conn, channelFactsQuery(['EU_COARM', 'UK_SIEL'], 'EEE', cell as never));
    expect(total(facts, 'licences', (r) => r.instrument === 'EU_COARM')).toBe(cell!.a_licences);
    expect(total(facts, 'licences', (r) => r.instrument === 'UK_SIEL')).toBe(cell!.b_licences);
    expect(facts.every((r) => r.basis === 'authorized')).toBe(true);
  });

  it('binds every value (no value is written into the SQL)', () => {
    const q = mirrorFactsQuery({ exporter: "X'Y", importer: 'FRA', year: 2010, basis: 'actual', att_category: 'II' });
    expect(q.sql).not.toContain("X'Y");
    expect(q.params).toEqual(["X'Y", 'FRA', 2010, 'actual', 'II']);
    expect(channelFactsQuery(['A', 'B'], 'GBR', { year: 2010, partner: null, category: 'ML1' }).sql).toContain('t.partner_iso3 IS NULL');
  });
});
