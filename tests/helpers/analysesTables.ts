/**
 * Builders for SYNTHETIC tables used by the analyses tests (compliance, barometer, divergences):
 * invented States (codes AAA, BBB … are not real countries except where a test says so), invented
 * reports and facts (from the shared row factories, scripts/fixtures/rows.ts), loaded into an
 * in-memory DuckDB through the schema's own DDL. No real figures.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { loadTable } from '../../src/pipeline/publish.ts';
import { reconciliation, reports, states, transfers, type ReconciliationRow, type ReportRow, type StateRow, type TransferRow } from '../../src/schema/index.ts';
import { checkedRows, reconciliationRow, reportRow, stateRow, transferRow } from '../../scripts/fixtures/rows.ts';

export function synthState(iso3: string, over: Partial<StateRow> = {}): StateRow {
  return stateRow(iso3, { region: 'Europe', att_status: over.att_entry_into_force ? 'party' : 'unknown', ...over });
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
  return reportRow({
    report_id: `${source}:${iso3}:${year ?? 'initial'}:v${version}`,
    source_id: source,
    instrument,
    report_type: instrument === 'UNROCA' ? 'participation' : instrument === 'ATT_INITIAL' ? 'initial' : 'annual',
    reporter_iso3: iso3,
    reporter_name: iso3,
    year,
    version,
    facts: 0,
    source_file: `${source}.csv`,
    ...over,
  });
}

let nextId = 1;
export function synthFact(report: ReportRow, over: Partial<TransferRow>): TransferRow {
  const id = nextId++;
  return transferRow({
    transfer_id: id,
    source_id: report.source_id,
    report_id: report.report_id,
    reporter_iso3: report.reporter_iso3,
    reporter_name: report.reporter_name,
    year: report.year ?? 0,
    source_file: report.source_file,
    ...over,
  });
}

export function synthTotal(over: Partial<ReconciliationRow>): ReconciliationRow {
  return reconciliationRow({ source_id: 'eu-syn', year: 2099, reporter_name: 'x', reported_total: 0, lines_count: 0, source_file: 'eu-syn.csv', ...over });
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
  await loadTable(conn, states, checkedRows(states, t.states ?? []));
  await loadTable(conn, reports, checkedRows(reports, t.reports ?? []));
  await loadTable(conn, transfers, checkedRows(transfers, t.transfers ?? []));
  await loadTable(conn, reconciliation, checkedRows(reconciliation, t.reconciliation ?? []));
  return conn;
}
