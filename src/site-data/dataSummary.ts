/**
 * The Data page's summaries (src/queries/dataSummary.ts), run on the published tables at build time;
 * empty before the first pipeline run.
 */
import { rejectsSummaryQuery, reconciliationByStatusQuery, topMismatchesQuery, type Mismatch, type ReconciliationStatusCount, type RejectSummary } from '../queries/dataSummary.ts';
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';

export async function rejectsSummary(dir = dataDir()): Promise<RejectSummary[]> {
  return hasTable('rejects', dir) ? queryRows<RejectSummary>(rejectsSummaryQuery(), dir) : [];
}

export async function reconciliationByStatus(dir = dataDir()): Promise<ReconciliationStatusCount[]> {
  return hasTable('reconciliation', dir) ? queryRows<ReconciliationStatusCount>(reconciliationByStatusQuery(), dir) : [];
}

/**
 * The largest mismatches, ranked by difference relative to the printed total: absolute
 * differences in different currencies (or counts) cannot be ranked against each other.
 */
export async function topMismatches(limit = 10, dir = dataDir()): Promise<Mismatch[]> {
  return hasTable('reconciliation', dir) ? queryRows<Mismatch>(topMismatchesQuery(limit), dir) : [];
}
