/**
 * SYNTHETIC initial-report tables for the query tests: three invented reports (Austria's initial
 * report and its update, Nigeria's report) and one of a State missing from `states`, on top of the
 * query fixture's States. No real State made these answers; every expected result in the tests can be
 * worked out by hand from this file.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { questionRows } from '../../src/pipeline/initialQuestionRows.ts';
import { loadTable } from '../../src/pipeline/publish.ts';
import { INITIAL_QUESTIONS } from '../../src/reference/initialQuestions.ts';
import { initialAnswers, initialQuestions, initialReports, states, type InitialAnswerRow, type InitialReportRow } from '../../src/schema/index.ts';
import { fixtureStates } from './fixtureTables.ts';

const report = (iso3: string, version: number, date: string | null, answers: number, supersedes: string | null = null): InitialReportRow => ({
  report_id: `test:${iso3}:initial:v${version}`,
  reporter_iso3: iso3,
  reporter_name: iso3,
  version,
  report_date: date,
  is_public: version === 1 ? true : null,
  is_update: version > 1,
  supersedes_report_id: supersedes,
  answers,
  source_file: `${iso3.toLowerCase()}-v${version}.csv`,
});

export const fixtureInitialReports: InitialReportRow[] = [
  report('AUT', 1, '2099-01-10', 4),
  report('AUT', 2, '2099-06-01', 2, 'test:AUT:initial:v1'),
  report('NGA', 1, null, 3),
  // ZZZ is not in the states table: the matrix must still show it, by its code.
  report('ZZZ', 1, '2099-03-03', 1),
];

const answer = (iso3: string, version: number, question_id: string, ans: InitialAnswerRow['answer'], line: number, text: string | null = null): InitialAnswerRow => ({
  report_id: `test:${iso3}:initial:v${version}`,
  question_id,
  answer: ans,
  text,
  source_file: `${iso3.toLowerCase()}-v${version}.csv`,
  source_line: line,
});

export const fixtureInitialAnswers: InitialAnswerRow[] = [
  answer('AUT', 1, 'A1.1a', 'yes', 2),
  answer('AUT', 1, 'A1.1f', 'no', 3, 'SYNTHETIC: no brokering law'),
  answer('AUT', 1, 'A1.1c', 'partial', 4),
  answer('AUT', 1, 'B2', 'no', 5),
  // The update changes brokering and the public list; A1.1a and A1.1c stand from version 1.
  answer('AUT', 2, 'A1.1f', 'yes', 2, 'SYNTHETIC: brokering law adopted'),
  answer('AUT', 2, 'B2', 'yes', 3),
  answer('NGA', 1, 'A1.1a', 'yes', 2),
  answer('NGA', 1, 'A1.1f', 'yes', 3),
  answer('NGA', 1, 'A1.1c', 'not_stated', 4),
  answer('ZZZ', 1, 'A1.1f', 'partial', 2),
];

/** A fresh in-memory database holding the fixture States, the question catalogue and the initial reports. */
export async function initialFixtureConnection(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await db.connect();
  await loadTable(conn, states, fixtureStates);
  await loadTable(conn, initialQuestions, questionRows(INITIAL_QUESTIONS));
  for (const r of fixtureInitialReports) initialReports.row.parse(r);
  for (const a of fixtureInitialAnswers) initialAnswers.row.parse(a);
  await loadTable(conn, initialReports, fixtureInitialReports);
  await loadTable(conn, initialAnswers, fixtureInitialAnswers);
  return conn;
}
