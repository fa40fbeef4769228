/**
 * Compliance queries on SYNTHETIC tables (invented States AAA–DDD, invented reports and dates).
 * As of 1 March 2020: obligations run to 2019, whose deadline has not passed yet.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { annualComplianceQuery, initialComplianceQuery, otherInstrumentsQuery, yearSummaryQuery } from '../../src/queries/compliance.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';
import { synthConnection, synthReport, synthState } from '../helpers/analysesTables.ts';

const AS_OF = '2020-03-01';
let conn: DuckDBConnection;

beforeAll(async () => {
  conn = await synthConnection({
    states: [
      synthState('AAA', { att_entry_into_force: '2014-12-24' }), // in force before the first full year
      synthState('BBB', { att_entry_into_force: '2016-07-15', region: 'Africa' }), // joined mid-year
      synthState('CCC', { att_entry_into_force: '2017-01-01' }), // in force on 1 January: 2017 is a full year
      synthState('DDD'), // entry into force unknown: no obligations derived
    ],
    reports: [
      synthReport('ATT_ANNUAL', 'AAA', 2015, { submitted_date: '2016-05-31', is_public: true, is_nil: false }), // on the deadline
      synthReport('ATT_ANNUAL', 'AAA', 2016, { submitted_date: '2017-06-07', is_public: false }), // last day of grace
      synthReport('ATT_ANNUAL', 'AAA', 2017, { submitted_date: '2018-06-08', is_public: true }), // a day after grace
      synthReport('ATT_ANNUAL', 'AAA', 2018, { submitted_date: '2019-05-02', is_public: true, is_nil: true, sensitive_withheld: true }), // nil report
      synthReport('ATT_ANNUAL', 'BBB', 2016, { submitted_date: '2017-05-01', is_public: true }), // voluntary: 2016 not a full year
      synthReport('ATT_ANNUAL', 'BBB', 2017, { submitted_date: null }), // held, date unknown
      synthReport('ATT_ANNUAL', 'CCC', 2017, { version: 1, submitted_date: '2018-05-20', is_public: false }),
      synthReport('ATT_ANNUAL', 'CCC', 2017, { version: 2, submitted_date: '2018-09-01', is_public: true }), // amendment made it public
      synthReport('ATT_ANNUAL', 'DDD', 2018, { submitted_date: '2019-05-30' }), // no known entry into force
      synthReport('ATT_INITIAL', 'AAA', null, { submitted_date: '2015-12-23', is_public: true }),
      synthReport('ATT_INITIAL', 'BBB', null, { submitted_date: '2017-08-01' }),
      synthReport('UNROCA', 'AAA', 2019),
      synthReport('UNROCA', 'BBB', 2017),
      synthReport('UNROCA', 'DDD', 2017),
      synthReport('EU_COARM', 'AAA', 2015, { is_public: true }),
    ],
  });
});

describe('annualComplianceQuery', () => {
  it('derives one obligation per full calendar year in force and a status per deadline and grace period', async () => {
    const rows = await runFixtureQuery(conn, annualComplianceQuery(AS_OF));
    const brief = rows.map((r) => `${r.iso3} ${r.year} ${r.obliged ? 'obliged' : 'voluntary'} ${r.status}`);
    expect(brief).toEqual([
      'AAA 2015 obliged on_time',
      'AAA 2016 obliged grace',
      'AAA 2017 obliged late',
      'AAA 2018 obliged on_time',
      'AAA 2019 obliged not_yet_due',
      'BBB 2016 voluntary on_time',
      'BBB 2017 obliged date_unknown',
      'BBB 2018 obliged no_data',
      'BBB 2019 obliged not_yet_due',
      'CCC 2017 obliged on_time',
      'CCC 2018 obliged no_data',
      'CCC 2019 obliged not_yet_due',
      'DDD 2018 voluntary on_time',
    ]);
  });

  it('dates the deadline 31 May of the next year and keeps the first submission with the flags of the latest version', async () => {
    const rows = await runFixtureQuery(conn, annualComplianceQuery(AS_OF));
    const ccc = rows.find((r) => r.iso3 === 'CCC' && r.year === 2017)!;
    expect(ccc).toMatchObject({ due: '2018-05-31', submitted: '2018-05-20', is_public: true, versions: 2 });
    const nil = rows.find((r) => r.iso3 === 'AAA' && r.year === 2018)!;
    expect(nil).toMatchObject({ is_nil: true, sensitive_withheld: true, is_public: true });
  });

  it('calls a missing report "no data" once the grace period is over, "not yet due" before', async () => {
    const before = await runFixtureQuery(conn, annualComplianceQuery('2020-06-07'));
    expect(before.find((r) => r.iso3 === 'CCC' && r.year === 2019)!.status).toBe('not_yet_due');
    const after = await runFixtureQuery(conn, annualComplianceQuery('2020-06-08'));
    expect(after.find((r) => r.iso3 === 'CCC' && r.year === 2019)!.status).toBe('no_data');
  });

  it('runs as plain SQL text once its parameter is written in (what the SQL console receives)', async () => {
    const q = annualComplianceQuery(AS_OF);
    const rows = await runFixtureQuery(conn, { sql: inlineParams(q), params: [] });
    expect(rows).toHaveLength(13);
  });
});

describe('yearSummaryQuery', () => {
  it('counts obliged States, reports by status, public/restricted/nil/withheld, and UN Register reports', async () => {
    const rows = await runFixtureQuery(conn, yearSummaryQuery(AS_OF));
    expect(rows).toEqual([
      { year: 2015, obliged: 1, reported: 1, on_time: 1, grace: 0, late: 0, date_unknown: 0, public: 1, restricted: 0, nil: 0, withheld: 0, unroca: 0 },
      { year: 2016, obliged: 1, reported: 1, on_time: 0, grace: 1, late: 0, date_unknown: 0, public: 0, restricted: 1, nil: 0, withheld: 0, unroca: 0 },
      { year: 2017, obliged: 3, reported: 3, on_time: 1, grace: 0, late: 1, date_unknown: 1, public: 2, restricted: 0, nil: 0, withheld: 0, unroca: 1 },
      { year: 2018, obliged: 3, reported: 1, on_time: 1, grace: 0, late: 0, date_unknown: 0, public: 1, restricted: 0, nil: 1, withheld: 1, unroca: 0 },
      { year: 2019, obliged: 3, reported: 0, on_time: 0, grace: 0, late: 0, date_unknown: 0, public: 0, restricted: 0, nil: 0, withheld: 0, unroca: 1 },
    ]);
  });
});

describe('initialComplianceQuery', () => {
  it('dates the initial report one year after entry into force, less a day', async () => {
    const rows = await runFixtureQuery(conn, initialComplianceQuery(AS_OF));
    expect(rows.map((r) => [r.iso3, r.due, r.submitted, r.status])).toEqual([
      ['AAA', '2015-12-23', '2015-12-23', 'on_time'],
      ['BBB', '2017-07-14', '2017-08-01', 'late'],
      ['CCC', '2017-12-31', null, 'no_data'],
    ]);
    const early = await runFixtureQuery(conn, initialComplianceQuery('2017-06-01'));
    expect(early.find((r) => r.iso3 === 'CCC')!.status).toBe('not_yet_due');
  });
});

describe('otherInstrumentsQuery', () => {
  it('lists UN Register and EU COARM years per State, apart from the ATT', async () => {
    const rows = await runFixtureQuery(conn, otherInstrumentsQuery());
    expect(rows.map((r) => `${r.iso3} ${r.instrument} ${r.year}`)).toEqual(['AAA EU_COARM 2015', 'AAA UNROCA 2019', 'BBB UNROCA 2017', 'DDD UNROCA 2017']);
  });
});
