/**
 * Build-time compliance data for the compliance page and the country timelines: the named queries
 * of src/queries/compliance.ts run once per build (as of the data's build date) and split by State.
 */
import {
  annualComplianceQuery,
  annualReportCountQuery,
  initialComplianceQuery,
  otherInstrumentsQuery,
  yearSummaryQuery,
  type AnnualRow,
  type InitialRow,
  type OtherInstrumentRow,
  type YearSummaryRow,
} from '../queries/compliance.ts';
import type { Query } from '../db/query.ts';
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';
import { readManifest } from './manifest.ts';
import { groupBy } from '../specs/series.ts';

export interface StateCompliance {
  iso3: string;
  annual: AnnualRow[];
  initial: InitialRow | null;
  /** Years per other instrument (UNROCA, EU_COARM, UK_SIEL). */
  other: Record<string, number[]>;
}

export interface ComplianceData {
  asOf: string;
  attAnnualReports: number;
  summary: YearSummaryRow[];
  byState: Map<string, StateCompliance>;
  /** The queries as run, for the SQL blocks. */
  queries: { annual: Query; summary: Query; initial: Query };
}

const cache = new Map<string, Promise<ComplianceData | null>>();

async function load(dir: string): Promise<ComplianceData | null> {
  const manifest = readManifest(dir);
  if (!manifest || !hasTable('reports', dir) || !hasTable('states', dir)) return null;
  const asOf = manifest.builtAt.slice(0, 10);
  const queries = { annual: annualComplianceQuery(asOf), summary: yearSummaryQuery(asOf), initial: initialComplianceQuery(asOf) };
  // One after another: the build's connection runs one statement at a time.
  const annual = await queryRows<AnnualRow>(queries.annual, dir);
  const summary = await queryRows<YearSummaryRow>(queries.summary, dir);
  const initial = await queryRows<InitialRow>(queries.initial, dir);
  const other = await queryRows<OtherInstrumentRow>(otherInstrumentsQuery(), dir);
  const counts = await queryRows<{ n: number }>(annualReportCountQuery(), dir);
  const byState = new Map<string, StateCompliance>();
  const get = (iso3: string) => {
    let s = byState.get(iso3);
    if (!s) byState.set(iso3, (s = { iso3, annual: [], initial: null, other: {} }));
    return s;
  };
  for (const [iso3, rows] of groupBy(annual, (r) => r.iso3)) get(iso3).annual = rows;
  for (const r of initial) get(r.iso3).initial = r;
  for (const r of other) (get(r.iso3).other[r.instrument] ??= []).push(r.year);
  return { asOf, attAnnualReports: counts[0]?.n ?? 0, summary, byState, queries };
}

export function complianceData(dir = dataDir()): Promise<ComplianceData | null> {
  let c = cache.get(dir);
  if (!c) cache.set(dir, (c = load(dir)));
  return c;
}
