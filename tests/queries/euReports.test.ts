/**
 * The EU annual-report extracts per State and year, on SYNTHETIC rows (invented figures) loaded
 * through the schema's own DDL; and the guarantee that Explore's export sums never read them.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTable } from '../../src/pipeline/publish.ts';
import { ownTableYearsQuery } from '../../src/queries/coverage.ts';
import { euRowsQuery, euYearsQuery } from '../../src/queries/euReports.ts';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, type ExploreState } from '../../src/queries/exploreState.ts';
import { type EuBrokeringRow, type EuConsultationRow, type EuMissionRow, euBrokering, euConsultations, euMissions } from '../../src/schema/index.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';

const broker = (year: number, iso3: string, decision: 'issued' | 'refused', value: number | null, line: number): EuBrokeringRow => ({
  year,
  broker_iso3: iso3,
  broker_name: iso3,
  decision,
  origin_iso3: 'CAN',
  origin_names: 'Canada',
  destination_iso3: 'BGR',
  destination_names: 'Bulgaria',
  licences: 1,
  licensed_value: value,
  brokered_value: null,
  brokered_value_text: null,
  currency: 'EUR',
  ml_categories: 'ML4',
  quantity: null,
  source_file: 'broker.csv',
  source_line: line,
});
const consult = (year: number, subject: 'member_state' | 'destination', iso3: string, i: number | null, r: number | null, c: number | null, line: number): EuConsultationRow => ({
  year,
  subject,
  state_iso3: iso3,
  state_name: iso3,
  initiated: i,
  received: r,
  concerning: c,
  source_file: 'consult.csv',
  source_line: line,
});
const mission = (year: number, exporter: string, destination: string, line: number): EuMissionRow => ({
  year,
  exporter_iso3: exporter,
  exporter_name: exporter,
  destination_iso3: destination,
  destination_name: destination,
  mission: 'UNIFIL',
  items: 'Helmets',
  source_file: 'mission.csv',
  source_line: line,
});

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
  await loadTable(conn, euBrokering, [broker(2011, 'DEU', 'issued', 100, 1), broker(2011, 'DEU', 'issued', null, 2), broker(2011, 'DEU', 'refused', 50, 3), broker(2012, 'AUT', 'issued', 7, 4)]);
  await loadTable(conn, euConsultations, [consult(2011, 'member_state', 'DEU', 4, 2, null, 1), consult(2010, 'destination', 'DEU', null, null, 3, 2), consult(2011, 'destination', 'LBN', null, null, 1, 3)]);
  await loadTable(conn, euMissions, [mission(2011, 'DEU', 'LBN', 1), mission(2011, 'DEU', 'LBN', 2), mission(2012, 'AUT', 'DEU', 3)]);
});

describe('euYearsQuery', () => {
  it('counts each table on its own per State and year; value of issued entries only; empty where a table has nothing', async () => {
    expect(await runFixtureQuery(conn, euYearsQuery('DEU'))).toEqual([
      { iso3: 'DEU', year: 2010, brokering_issued: null, brokering_refused: null, brokering_value: null, consult_initiated: null, consult_received: null, consult_concerning: 3, missions_out: null, missions_in: null },
      { iso3: 'DEU', year: 2011, brokering_issued: 2, brokering_refused: 1, brokering_value: 100, consult_initiated: 4, consult_received: 2, consult_concerning: null, missions_out: 2, missions_in: null },
      { iso3: 'DEU', year: 2012, brokering_issued: null, brokering_refused: null, brokering_value: null, consult_initiated: null, consult_received: null, consult_concerning: null, missions_out: null, missions_in: 1 },
    ]);
  });

  it('returns every State without a parameter', async () => {
    const rows = await runFixtureQuery(conn, euYearsQuery());
    expect(rows.map((r) => `${r.iso3} ${r.year}`)).toEqual(['AUT 2012', 'DEU 2010', 'DEU 2011', 'DEU 2012', 'LBN 2011']);
    expect(rows.find((r) => r.iso3 === 'LBN')).toMatchObject({ consult_concerning: 1, missions_in: 2 });
  });

  it('lists the rows behind a State’s figures, missions on either side', async () => {
    expect((await runFixtureQuery(conn, euRowsQuery('eu_missions', 'DEU'))).map((r) => r.source_line)).toEqual([1, 2, 3]);
    expect((await runFixtureQuery(conn, euRowsQuery('eu_brokering', 'DEU'))).map((r) => r.source_line)).toEqual([1, 2, 3]);
    expect(euRowsQuery('eu_consultations', 'DEU')).toMatchObject({ params: ['DEU'], tables: ['eu_consultations'] });
  });
});

describe('ownTableYearsQuery', () => {
  it('gives the years and reporting States of a table of its own, as coverage of its source', async () => {
    expect(await runFixtureQuery(conn, ownTableYearsQuery('eu_brokering', 'eu-brokering-test'))).toEqual([{ source_id: 'eu-brokering-test', year_min: 2011, year_max: 2012, reporters: 2, reports: 0 }]);
    // Only Member State rows count as reporting States; destinations are not reporters.
    expect(await runFixtureQuery(conn, ownTableYearsQuery('eu_consultations', 'c'))).toMatchObject([{ year_min: 2010, year_max: 2011, reporters: 1 }]);
    expect(() => ownTableYearsQuery('transfers', 'x')).toThrow(/not a table of its own/);
  });
});

describe('Explore never reads the EU brokering, consultation or mission tables', () => {
  const states: ExploreState[] = [defaultState(), { ...defaultState(), group: ['year', 'reporter', 'partner', 'category'] as ExploreState['group'] }];
  it.each(states.map((s, i) => [i, s] as const))('state %i: its query reads transfers and joins only, never eu_*', (_i, s) => {
    const q = exploreQuery(s);
    expect(q.tables.filter((t) => t.startsWith('eu_'))).toEqual([]);
    expect(q.sql).not.toMatch(/\beu_(brokering|consultations|missions)\b/);
  });
});
