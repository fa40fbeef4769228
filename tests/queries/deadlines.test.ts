/** Reporting deadlines on SYNTHETIC States (invented codes and dates), run in Node DuckDB. */
import { describe, expect, it } from 'vitest';
import { deadlinesQuery } from '../../src/queries/deadlines.ts';
import { synthConnection, synthState } from '../helpers/analysesTables.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';

const conn = await synthConnection({
  states: [
    synthState('AAA', { att_entry_into_force: '2014-12-24' }), // in force before 2015: 2015 is its first year
    synthState('BBB', { att_entry_into_force: '2016-02-29' }), // leap day; joined mid-year
    synthState('CCC', { att_entry_into_force: '2017-01-01' }), // in force on 1 January: 2017 counts
    synthState('DDD', { att_status: 'signatory' }), // no obligations
  ],
  reports: [],
});
const rows = await runFixtureQuery(conn, deadlinesQuery(2018));
const of = (iso3: string) => rows.filter((r) => r.iso3 === iso3);

describe('deadlinesQuery', () => {
  it('gives the initial report the day before the first anniversary of entry into force', () => {
    expect(of('AAA')[0]).toEqual({ iso3: 'AAA', kind: 'initial', report_year: null, entry_into_force: '2014-12-24', due: '2015-12-23', grace_end: null });
    // The same arithmetic as the compliance analysis: 29 Feb 2016 + 1 year is 28 Feb 2017, minus one day.
    expect(of('BBB')[0]!.due).toBe('2017-02-27');
  });

  it('gives an annual report for each full calendar year, due 31 May next year, grace to 7 June', () => {
    expect(
      of('AAA')
        .filter((r) => r.kind === 'annual')
        .map((r) => [r.report_year, r.due, r.grace_end]),
    ).toEqual([
      [2015, '2016-05-31', '2016-06-07'],
      [2016, '2017-05-31', '2017-06-07'],
      [2017, '2018-05-31', '2018-06-07'],
      [2018, '2019-05-31', '2019-06-07'],
    ]);
    expect(
      of('BBB')
        .filter((r) => r.kind === 'annual')
        .map((r) => r.report_year),
    ).toEqual([2017, 2018]);
    expect(
      of('CCC')
        .filter((r) => r.kind === 'annual')
        .map((r) => r.report_year),
    ).toEqual([2017, 2018]);
  });

  it('gives a State that is not a party no deadline', () => {
    expect(of('DDD')).toEqual([]);
  });
});
