/**
 * Which table answers an Explore question: the smallest pre-aggregated table (src/schema/
 * transferTotals.ts) that has every column the question reads, and the line-level `transfers`
 * otherwise. Pure: the same state always reads the same table, in the browser, at build time and
 * in tests (tests/queries/exploreTable.test.ts checks that both give the same rows).
 */
import type { AnyTable } from '../schema/columns.ts';
import { transfers } from '../schema/transfers.ts';
import { TRANSFER_AGGREGATES } from '../schema/transferTotals.ts';
import { splitsBasis, splitsDirection, type Dimension, type ExploreState, type Measure } from './exploreState.ts';

type TransferColumn = keyof typeof transfers.columns & string;

/** Columns of transfers each group-by dimension reads (regions and the instrument through a join on these). */
const DIMENSION_READS: Record<Dimension, readonly TransferColumn[]> = {
  year: ['year'],
  reporter: ['reporter_iso3'],
  partner: ['partner_iso3'],
  reporter_region: ['reporter_iso3'],
  partner_region: ['partner_iso3'],
  category: ['category_scheme', 'category_code'],
  att_category: ['att_category'],
  source: ['source_id'],
  instrument: ['report_id'],
  basis: ['basis'],
  direction: ['direction'],
};

/** The figure a measure sums or counts (facts: every aggregate counts them in its own `facts` column). */
const MEASURE_READS: Record<Measure, readonly TransferColumn[]> = {
  value: ['value', 'currency'],
  items: ['items'],
  licences: ['licences'],
  reports: ['report_id'],
  facts: [],
};

/** Every column of transfers the state's filters, groups and measure read. */
export function columnsRead(s: ExploreState): Set<TransferColumn> {
  const cols = new Set<TransferColumn>(MEASURE_READS[s.measure]);
  const add = (on: boolean, ...c: TransferColumn[]) => on && c.forEach((x) => cols.add(x));
  for (const g of s.group) add(true, ...DIMENSION_READS[g]);
  add(s.source.length > 0, 'source_id');
  add(s.reporter.length > 0, 'reporter_iso3');
  add(s.partner.length > 0, 'partner_iso3');
  add(s.direction !== null || splitsDirection(s), 'direction');
  add(s.basis.length > 0 || splitsBasis(s), 'basis');
  add(s.currency !== null, 'currency');
  add(s.categoryScheme !== null, 'category_scheme');
  add(s.category.length > 0, 'category_code');
  add(s.attCategory.length > 0, 'att_category');
  add(s.yearFrom !== null || s.yearTo !== null, 'year');
  return cols;
}

/** The table Explore reads for a state: the first (smallest) aggregate that has every column read, else transfers. */
export function exploreTable(s: ExploreState, aggregates: readonly AnyTable[] = TRANSFER_AGGREGATES): AnyTable {
  const read = columnsRead(s);
  return aggregates.find((t) => [...read].every((c) => c in t.columns)) ?? transfers;
}
