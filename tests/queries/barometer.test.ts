/**
 * Barometer on SYNTHETIC reports (invented States AAA, BBB, CCC; invented facts): every score below
 * is worked out by hand from the criteria's points in src/queries/barometer.ts.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA, DEFAULT_WEIGHTS, MAX_POINTS, barometerQuery, parseWeights, rankRows, scoreOf, weightsParam } from '../../src/queries/barometer.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import { runFixtureQuery, type PlainRow } from '../helpers/fixtureTables.ts';
import { synthConnection, synthFact, synthReport } from '../helpers/analysesTables.ts';

let conn: DuckDBConnection;
let rows: PlainRow[];

const aaa2018 = synthReport('ATT_ANNUAL', 'AAA', 2018, { submitted_date: '2019-06-07', is_public: false, is_nil: true }); // nil, last day of grace
const aaa2019 = synthReport('ATT_ANNUAL', 'AAA', 2019, { submitted_date: '2020-05-31', is_public: true });
const bbb2019 = synthReport('EU_COARM', 'BBB', 2019, { is_public: true });
const ccc2019 = synthReport('UK_SIEL', 'CCC', 2019);

beforeAll(async () => {
  conn = await synthConnection({
    reports: [aaa2018, aaa2019, bbb2019, ccc2019, synthReport('UNROCA', 'AAA', 2019), synthReport('UNROCA', 'CCC', 2018)],
    transfers: [
      synthFact(aaa2019, { partner_iso3: 'BBB', value: 10, currency: 'EUR', items: 2, description: 'synthetic' }),
      synthFact(aaa2019, { direction: 'import', category_scheme: 'ML', category_code: 'ML99', att_category: null, att_match: 'none', items: 5 }),
      synthFact(bbb2019, { basis: 'authorized', partner_iso3: 'AAA', category_scheme: 'ML', category_code: 'ML4', att_category: 'VII', att_match: 'approximate', licences: 3, value: 100, currency: 'EUR' }),
      synthFact(bbb2019, { basis: 'refused', category_scheme: 'ML', category_code: 'ML4', att_category: 'VII', att_match: 'approximate', licences: 1 }),
      synthFact(ccc2019, { basis: 'authorized', partner_iso3: 'AAA', category_scheme: 'ML', category_code: 'ML4', att_category: 'VII', att_match: 'approximate', value: 5, currency: 'GBP' }),
    ],
  });
  rows = await runFixtureQuery(conn, barometerQuery());
});

const row = (iso3: string, year: number) => rows.find((r) => r.iso3 === iso3 && r.year === year)!;

describe('barometerQuery', () => {
  it('has 25 points in all, like the Small Arms Survey barometer', () => {
    expect(MAX_POINTS).toBe(25);
    expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(CRITERIA.length);
  });

  it('scores one row per State-year with an annual report, not UN Register entries alone', () => {
    expect(rows.map((r) => `${r.iso3} ${r.year}`)).toEqual(['AAA 2018', 'AAA 2019', 'BBB 2019', 'CCC 2019']);
  });

  it('pins the score of a complete ATT report: 15.75 of 25', () => {
    expect(row('AAA', 2019)).toMatchObject({
      instruments: 'ATT_ANNUAL',
      facts: 2,
      timely: 1,
      public: 1,
      consistent: 1,
      un_register: 1,
      partner: 0.5,
      category: 0.5,
      description: 0.5,
      value: 0.5,
      quantity: 1,
      both_directions: 1,
      deliveries: 1,
      licences: 0,
      refusals: 0,
      score: 15.75,
    });
  });

  it('gives a nil report submitted within grace its timeliness points only', () => {
    expect(row('AAA', 2018)).toMatchObject({ facts: 0, timely: 1, public: 0, partner: 0, deliveries: 0, score: 1.5 });
  });

  it('scores licences granted and refused, and half points for licences without numbers', () => {
    expect(row('BBB', 2019)).toMatchObject({ timely: 0, public: 1, licences: 1, refusals: 1, partner: 0.5, score: 13.5 });
    expect(row('CCC', 2019)).toMatchObject({ public: 0, un_register: 0, licences: 0.5, quantity: 0, score: 8 });
  });

  it('gives the same scores in JS with the default weights as in SQL', () => {
    for (const r of rows) expect(scoreOf(r, DEFAULT_WEIGHTS)).toBe(r.score);
  });

  it('runs as plain SQL text (what the SQL console receives)', async () => {
    expect(await runFixtureQuery(conn, { sql: inlineParams(barometerQuery()), params: [] })).toEqual(rows);
  });

  it('narrowed to some States (a reader’s file scored in the browser), gives exactly their rows of the whole query', async () => {
    const some = await runFixtureQuery(conn, barometerQuery(CRITERIA, { states: ['AAA', 'CCC'] }));
    expect(some).toEqual(rows.filter((r) => r.iso3 === 'AAA' || r.iso3 === 'CCC'));
    // The States travel as bound parameters; without them the text is the published one.
    expect(barometerQuery(CRITERIA, { states: ['AAA', 'CCC'] }).params).toEqual(['AAA', 'CCC', 'AAA', 'CCC', 'AAA', 'CCC']);
    expect(barometerQuery(CRITERIA, { states: [] })).toEqual(barometerQuery());
    expect(await runFixtureQuery(conn, barometerQuery(CRITERIA, { states: ['ZZZ'] }))).toEqual([]);
  });
});

describe('reweighting', () => {
  const year2019 = () => rows.filter((r) => r.year === 2019);
  const ranks = (w: Record<string, number>) => rankRows(year2019().map((r) => ({ iso3: String(r.iso3), score: scoreOf(r, w) }))).map((r) => `${r.rank} ${r.iso3} ${r.score}`);

  it('ranks by score with the default points', () => {
    expect(ranks(DEFAULT_WEIGHTS)).toEqual(['1 AAA 15.75', '2 BBB 13.5', '3 CCC 8']);
  });

  it('changes the ranking when deliveries are switched off', () => {
    expect(ranks({ ...DEFAULT_WEIGHTS, deliveries: 0 })).toEqual(['1 BBB 13.5', '2 AAA 11.75', '3 CCC 8']);
  });

  it('gives tied scores the same rank', () => {
    const only = Object.fromEntries(CRITERIA.map((c) => [c.id, c.id === 'category' ? 1 : 0]));
    expect(ranks(only)).toEqual(['1 BBB 1', '1 CCC 1', '3 AAA 0.5']);
  });

  it('reads and writes weights in the URL, keeping only changes and ignoring junk', () => {
    const w = { ...DEFAULT_WEIGHTS, deliveries: 0, value: 3 };
    expect(weightsParam(w)).toBe('value:3,deliveries:0');
    expect(parseWeights(`?w=${weightsParam(w)}`)).toEqual(w);
    expect(parseWeights('?w=nope:3,value:abc,timely:-1,public:2')).toEqual({ ...DEFAULT_WEIGHTS, public: 2 });
    expect(weightsParam(DEFAULT_WEIGHTS)).toBe('');
  });
});
