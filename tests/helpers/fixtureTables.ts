/**
 * SYNTHETIC tables for the query tests: a dozen invented transfers (no real figures) loaded into
 * an in-memory DuckDB (Node bindings, the same 1.4.3 engine as the browser's wasm) through the
 * schema's own DDL, so column types match the published tables exactly. The rows are small
 * enough that every expected answer in the tests can be worked out by hand from this file.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { buildAggregates } from '../../src/pipeline/aggregates.ts';
import { loadTable } from '../../src/pipeline/publish.ts';
import type { Query, Runner } from '../../src/db/query.ts';
import { categoryRow, checkedRows, stateRow, transferRow } from '../../scripts/fixtures/rows.ts';
import { categories, reports, states, transfers, type CategoryRow, type ReportRow, type StateRow, type TransferRow } from '../../src/schema/index.ts';

export type Cell = string | number | boolean | null;
export type PlainRow = Record<string, Cell>;

const state = (iso3: string, iso2: string, name: string, region: string | null): StateRow => stateRow(iso3, { iso2, name_en: name, name_fr: `${name} (fr)`, name_es: `${name} (es)`, region });

export const fixtureStates: StateRow[] = [
  state('AUT', 'AT', 'Austria', 'Europe'),
  state('DEU', 'DE', 'Germany', 'Europe'),
  state('FRA', 'FR', 'France', 'Europe'),
  state('GBR', 'GB', 'United Kingdom', 'Europe'),
  state('NGA', 'NG', 'Nigeria', 'Africa'),
  state('USA', 'US', 'United States', 'Americas'),
];

const category = (scheme: CategoryRow['scheme'], code: string, label: string, att: CategoryRow['att_category'], match: CategoryRow['att_match'], order: number): CategoryRow =>
  categoryRow(scheme, code, label, { att_category: att, att_match: match, sort_order: order });

export const fixtureCategories: CategoryRow[] = [
  category('ATT', 'I', 'Battle tanks', 'I', 'exact', 1),
  category('ML', 'ML4', 'Bombs and missiles', 'VII', 'approximate', 4),
  category('ML', 'ML6', 'Ground vehicles', 'II', 'approximate', 6),
  // 5A002 (UK) is deliberately absent: a category in the data without a label.
];

type F = [
  id: number,
  source: string,
  report: string,
  reporter: string,
  year: number,
  direction: TransferRow['direction'],
  partner: string | null,
  scheme: TransferRow['category_scheme'],
  code: string,
  att: TransferRow['att_category'],
  basis: TransferRow['basis'],
  licences: number | null,
  items: number | null,
  value: number | null,
  currency: string | null,
];

/** The invented facts. Columns: id, source, report, reporter, year, direction, partner, scheme, code, ATT category, basis, licences, items, value, currency. */
const FACTS: F[] = [
  [1, 'eu-test', 'eu-test:AUT:2019:1', 'AUT', 2019, 'export', 'NGA', 'ML', 'ML4', 'VII', 'authorized', 2, null, 100, 'EUR'],
  [2, 'eu-test', 'eu-test:AUT:2019:1', 'AUT', 2019, 'export', 'USA', 'ML', 'ML6', 'II', 'authorized', 1, null, 50, 'EUR'],
  [3, 'eu-test', 'eu-test:AUT:2019:1', 'AUT', 2019, 'export', 'NGA', 'ML', 'ML4', 'VII', 'actual', null, null, 30, 'EUR'],
  [4, 'eu-test', 'eu-test:AUT:2020:1', 'AUT', 2020, 'export', 'NGA', 'ML', 'ML4', 'VII', 'authorized', 3, null, 200, 'EUR'],
  [5, 'eu-test', 'eu-test:DEU:2019:1', 'DEU', 2019, 'export', 'USA', 'ML', 'ML6', 'II', 'authorized', 5, null, 1000, 'EUR'],
  [6, 'eu-test', 'eu-test:DEU:2020:1', 'DEU', 2020, 'export', 'NGA', 'ML', 'ML4', 'VII', 'authorized', 1, null, null, null],
  [7, 'uk-test', 'uk-test:GBR:2019:1', 'GBR', 2019, 'export', 'USA', 'ML', 'ML4', 'VII', 'authorized', 4, null, 70, 'GBP'],
  [8, 'uk-test', 'uk-test:GBR:2020:1', 'GBR', 2020, 'export', 'NGA', 'UK', '5A002', null, 'refused', 1, null, 5, 'GBP'],
  [9, 'att-test', 'att-test:NGA:2020:1', 'NGA', 2020, 'import', 'DEU', 'ATT', 'I', 'I', 'actual', null, 12, null, null],
  [10, 'att-test', 'att-test:FRA:2020:1', 'FRA', 2020, 'export', null, 'ATT', 'I', 'I', 'actual', null, 3, 40, 'USD'],
  [11, 'att-test', 'att-test:FRA:2020:1', 'FRA', 2020, 'export', 'USA', 'ATT', 'I', 'I', 'actual', null, 2, 60, 'EUR'],
];

export const fixtureTransfers: TransferRow[] = FACTS.map(([id, source, report, reporter, year, direction, partner, scheme, code, att, basis, licences, items, value, currency]) =>
  transferRow({
    transfer_id: id,
    source_id: source,
    report_id: report,
    reporter_iso3: reporter,
    reporter_name: reporter,
    year,
    direction,
    partner_iso3: partner,
    partner_name: partner,
    category_scheme: scheme,
    category_code: code,
    att_category: att,
    att_match: att === null ? 'none' : scheme === 'ATT' ? 'exact' : 'approximate',
    basis,
    licences,
    items,
    value,
    currency,
    decision_date: id === 1 ? '2019-03-04' : null,
    description: id === 10 ? '<script>alert(1)</script> synthetic' : null,
  }),
);

const INSTRUMENT: Record<string, ReportRow['instrument']> = { 'eu-test': 'EU_COARM', 'uk-test': 'UK_SIEL', 'att-test': 'ATT_ANNUAL' };

/** Reports with facts, then one SYNTHETIC UN Register participation record that carries none. */
export const fixtureReports: ReportRow[] = [...new Set(fixtureTransfers.map((t) => t.report_id))].map((id) => {
  const rows = fixtureTransfers.filter((t) => t.report_id === id);
  const f = rows[0]!;
  return {
    report_id: id,
    source_id: f.source_id,
    instrument: INSTRUMENT[f.source_id]!,
    report_type: 'annual',
    reporter_iso3: f.reporter_iso3,
    reporter_name: f.reporter_name,
    year: f.year,
    version: 1,
    submitted_date: null,
    is_public: true,
    is_nil: false,
    sensitive_withheld: null,
    facts: rows.length,
    source_file: f.source_file,
  };
});
fixtureReports.push({
  report_id: 'un-test:AUT:2019:v1',
  source_id: 'un-test',
  instrument: 'UNROCA',
  report_type: 'participation',
  reporter_iso3: 'AUT',
  reporter_name: 'austria',
  year: 2019,
  version: 1,
  submitted_date: null,
  is_public: null,
  is_nil: null,
  sensitive_withheld: null,
  facts: 0,
  source_file: 'years.json',
});

/** A fresh in-memory database holding the fixture tables (and the aggregates of transfers). */
export async function fixtureConnection(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await db.connect();
  await loadTable(conn, transfers, checkedRows(transfers, fixtureTransfers));
  // The pre-aggregated tables, as the publish stage derives them from transfers.
  await buildAggregates(conn);
  await loadTable(conn, reports, checkedRows(reports, fixtureReports));
  await loadTable(conn, states, checkedRows(states, fixtureStates));
  await loadTable(conn, categories, checkedRows(categories, fixtureCategories));
  return conn;
}

/** Runs a named query with its parameters bound; BigInt becomes number, dates ISO strings. */
export async function runFixtureQuery(conn: DuckDBConnection, q: Pick<Query, 'sql' | 'params'>): Promise<PlainRow[]> {
  const reader = await conn.runAndReadAll(q.sql, q.params as DuckDBValue[]);
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
}

/** The Runner contract (src/db/query.ts) over a fixture connection, for code that takes a runner. */
export function fixtureRunner(conn: DuckDBConnection): Runner {
  return async <T extends object>(q: Query) => (await runFixtureQuery(conn, q)) as unknown as T[];
}

function plain(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** The column names of a query's result, in order. */
export async function fixtureColumns(conn: DuckDBConnection, q: Pick<Query, 'sql' | 'params'>): Promise<string[]> {
  const reader = await conn.runAndReadAll(q.sql, q.params as DuckDBValue[]);
  return reader.columnNames();
}
