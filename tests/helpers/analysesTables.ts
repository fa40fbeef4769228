/**
 * Builders for SYNTHETIC tables used by the analyses tests (compliance, barometer, divergences):
 * invented States (codes AAA, BBB … are not real countries except where a test says so), invented
 * reports and facts, loaded into an in-memory DuckDB through the schema's own DDL. No real figures.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { loadTable } from '../../src/pipeline/publish.ts';
import { reconciliation, reports, states, transfers, type AnyTable, type ReconciliationRow, type ReportRow, type StateRow, type TransferRow } from '../../src/schema/index.ts';

export function synthState(iso3: string, over: Partial<StateRow> = {}): StateRow {
  return {
    iso3,
    iso2: iso3.slice(0, 2),
    name_en: `State ${iso3}`,
    name_fr: `État ${iso3}`,
    name_es: `Estado ${iso3}`,
    region: 'Europe',
    subregion: null,
    is_un_member: true,
    att_status: over.att_entry_into_force ? 'party' : 'unknown',
    att_signature_date: null,
    att_consent_date: null,
    att_consent_type: null,
    att_entry_into_force: null,
    att_source_url: null,
    att_notes: null,
    att_status_date: null,
    att_provisional_application_date: null,
    att_footnotes: null,
    att_declarations: null,
    att_source_id: null,
    att_source_line: null,
    ...over,
  };
}

const INSTRUMENT_SOURCE: Record<ReportRow['instrument'], string> = {
  ATT_ANNUAL: 'att-syn',
  ATT_INITIAL: 'att-init-syn',
  EU_COARM: 'eu-syn',
  UK_SIEL: 'uk-syn',
  UNROCA: 'unroca-syn',
  ATT_STATUS: 'status-syn',
  CH_SECO: 'ch-syn',
};

export function synthReport(instrument: ReportRow['instrument'], iso3: string, year: number | null, over: Partial<ReportRow> = {}): ReportRow {
  const version = over.version ?? 1;
  const source = INSTRUMENT_SOURCE[instrument];
  return {
    report_id: `${source}:${iso3}:${year ?? 'initial'}:v${version}`,
    source_id: source,
    instrument,
    report_type: instrument === 'UNROCA' ? 'participation' : instrument === 'ATT_INITIAL' ? 'initial' : 'annual',
    reporter_iso3: iso3,
    reporter_name: iso3,
    year,
    version,
    submitted_date: null,
    is_public: null,
    is_nil: null,
    sensitive_withheld: null,
    facts: 0,
    source_file: `${source}.csv`,
    ...over,
  };
}

let nextId = 1;
export function synthFact(report: ReportRow, over: Partial<TransferRow>): TransferRow {
  const id = nextId++;
  return {
    transfer_id: id,
    source_id: report.source_id,
    report_id: report.report_id,
    reporter_iso3: report.reporter_iso3,
    reporter_name: report.reporter_name,
    year: report.year ?? 0,
    direction: 'export',
    partner_iso3: null,
    partner_name: null,
    category_scheme: 'ATT',
    category_code: 'I',
    att_category: 'I',
    att_match: 'exact',
    basis: 'actual',
    licences: null,
    items: null,
    value: null,
    currency: null,
    decision_date: null,
    origin_iso3: null,
    intermediate: null,
    description: null,
    comments: null,
    items_as_written: null,
    reporter_rule: null,
    source_file: report.source_file,
    source_line: id + 1,
    ...over,
  };
}

export function synthTotal(over: Partial<ReconciliationRow>): ReconciliationRow {
  return {
    source_id: 'eu-syn',
    report_id: null,
    year: 2099,
    reporter_iso3: null,
    reporter_name: 'x',
    partner_iso3: null,
    partner_name: null,
    category_code: 'Total',
    measure: 'licences',
    currency: null,
    reported_total: 0,
    lines_sum: null,
    lines_count: 0,
    difference: null,
    status: 'no_lines',
    source_file: 'eu-syn.csv',
    source_line: 1,
    ...over,
  };
}

function checked<T>(table: AnyTable, rows: T[]): T[] {
  for (const [i, r] of rows.entries()) {
    const res = table.row.safeParse(r);
    if (!res.success) throw new Error(`synthetic ${table.name} row ${i + 1}: ${res.error.issues[0]?.path.join('.')} ${res.error.issues[0]?.message}`);
  }
  return rows;
}

export interface SynthTables {
  states?: StateRow[];
  reports?: ReportRow[];
  transfers?: TransferRow[];
  reconciliation?: ReconciliationRow[];
}

/** A fresh in-memory database holding the given tables (empty tables for the others). */
export async function synthConnection(t: SynthTables): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await db.connect();
  await loadTable(conn, states, checked(states, t.states ?? []));
  await loadTable(conn, reports, checked(reports, t.reports ?? []));
  await loadTable(conn, transfers, checked(transfers, t.transfers ?? []));
  await loadTable(conn, reconciliation, checked(reconciliation, t.reconciliation ?? []));
  return conn;
}
