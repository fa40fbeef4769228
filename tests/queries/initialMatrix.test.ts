import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerCountsQuery, initialMatrixQuery, initialVersionsQuery } from '../../src/queries/initialMatrix.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';
import { initialFixtureConnection } from '../helpers/initialFixtureTables.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await initialFixtureConnection();
});

const cells = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.iso3} ${r.question_id} ${r.answer} v${r.version}`);

describe('initial-report matrix on the synthetic fixture', () => {
  it('takes each answer from the latest version that answers it, States by name, questions in template order', async () => {
    const rows = await runFixtureQuery(conn, initialMatrixQuery('en'));
    expect(cells(rows)).toEqual(['AUT A1.1a yes v1', 'AUT A1.1c partial v1', 'AUT A1.1f yes v2', 'AUT B2 yes v2', 'NGA A1.1a yes v1', 'NGA A1.1c not_stated v1', 'NGA A1.1f yes v1', 'ZZZ A1.1f partial v1']);
  });

  it('traces each cell to its report version, file and line, with the report’s words', async () => {
    const rows = await runFixtureQuery(conn, initialMatrixQuery('fr', { iso3: 'AUT' }));
    expect(rows.find((r) => r.question_id === 'A1.1f')).toEqual({
      iso3: 'AUT',
      name: 'Austria (fr)',
      region: 'Europe',
      question_id: 'A1.1f',
      section: 'A',
      answer: 'yes',
      text: 'SYNTHETIC: brokering law adopted',
      report_id: 'test:AUT:initial:v2',
      version: 2,
      report_date: '2099-06-01',
      source_file: 'aut-v2.csv',
      source_line: 2,
    });
  });

  it('filters by section and by region with bound parameters', async () => {
    expect(cells(await runFixtureQuery(conn, initialMatrixQuery('en', { section: 'B' })))).toEqual(['AUT B2 yes v2']);
    expect(cells(await runFixtureQuery(conn, initialMatrixQuery('en', { region: 'Africa', section: 'A' })))).toEqual(['NGA A1.1a yes v1', 'NGA A1.1c not_stated v1', 'NGA A1.1f yes v1']);
    // A State missing from `states` has no region: shown unfiltered, by its code, dropped by any region filter.
    expect((await runFixtureQuery(conn, initialMatrixQuery('es', { region: 'Europe' }))).some((r) => r.iso3 === 'ZZZ')).toBe(false);
    expect((await runFixtureQuery(conn, initialMatrixQuery('es'))).find((r) => r.iso3 === 'ZZZ')).toMatchObject({ name: 'ZZZ', region: null });
  });

  it('treats a filter value as data, never as SQL', async () => {
    expect(await runFixtureQuery(conn, initialMatrixQuery('en', { region: "Europe' OR '1'='1" }))).toEqual([]);
  });
});

describe('initial-report versions', () => {
  it('lists every version, marking the latest and the one each update supersedes', async () => {
    const rows = await runFixtureQuery(conn, initialVersionsQuery('en'));
    expect(rows.map((r) => [r.report_id, r.version, r.is_update, r.supersedes_report_id, r.is_latest])).toEqual([
      ['test:AUT:initial:v1', 1, false, null, false],
      ['test:AUT:initial:v2', 2, true, 'test:AUT:initial:v1', true],
      ['test:NGA:initial:v1', 1, false, null, true],
      ['test:ZZZ:initial:v1', 1, false, null, true],
    ]);
    expect((await runFixtureQuery(conn, initialVersionsQuery('en', { iso3: 'NGA' }))).map((r) => r.name)).toEqual(['Nigeria']);
  });
});

describe('who controls brokering / transit', () => {
  it('counts States per answer, a question left out of every version counting as not stated', async () => {
    const rows = await runFixtureQuery(conn, answerCountsQuery(['A1.1f', 'A1.1c']));
    expect(rows).toEqual([
      { question_id: 'A1.1c', answer: 'not_stated', states: 2, iso3s: 'NGA,ZZZ' },
      { question_id: 'A1.1c', answer: 'partial', states: 1, iso3s: 'AUT' },
      { question_id: 'A1.1f', answer: 'partial', states: 1, iso3s: 'ZZZ' },
      { question_id: 'A1.1f', answer: 'yes', states: 2, iso3s: 'AUT,NGA' },
    ]);
  });

  it('refuses an empty question list', () => {
    expect(() => answerCountsQuery([])).toThrow(/no question/);
  });
});

describe('question catalogue', () => {
  it('lists the 62 questions in template order, Section A first', async () => {
    const { initialQuestionsQuery } = await import('../../src/queries/initialMatrix.ts');
    const rows = await runFixtureQuery(conn, initialQuestionsQuery());
    expect(rows).toHaveLength(62);
    expect(rows.slice(0, 2).map((r) => r.question_id)).toEqual(['A1.1a', 'A1.1b']);
    expect(rows.findIndex((r) => r.section === 'B')).toBe(rows.filter((r) => r.section === 'A').length);
  });
});
