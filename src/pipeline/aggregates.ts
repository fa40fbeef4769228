/**
 * Publish stage for the pre-aggregated tables (src/schema/transferTotals.ts): each is computed in
 * DuckDB from the `transfers` table of the same build, checked against it, and written like every
 * other table (src/pipeline/publish.ts). Nothing is read twice or re-typed: keys keep the types of transfers, facts are
 * counted, the other figures summed.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { aggregateSql, createTableSql, TRANSFER_AGGREGATES, transfers, type AnyTable } from '../schema/index.ts';

export { aggregateSql };

/** Totals that must be the same in transfers and in each aggregate: facts, and the sums of items and licences (whole numbers, exact). */
async function checkTotals(conn: DuckDBConnection, table: string, facts: string): Promise<Record<string, string>> {
  const r = await conn.runAndReadAll(`SELECT CAST(${facts} AS HUGEINT)::VARCHAR AS facts, CAST(SUM("items") AS HUGEINT)::VARCHAR AS items, CAST(SUM("licences") AS HUGEINT)::VARCHAR AS licences FROM "${table}"`);
  return r.getRowObjectsJson()[0] as Record<string, string>;
}

/**
 * Builds and checks, on `conn`, every aggregate of the `transfers` table already loaded there, and
 * returns their definitions for the writer. A mismatch with transfers stops the build naming the
 * aggregate: it would mean the two disagree.
 */
export async function buildAggregates(conn: DuckDBConnection): Promise<AnyTable[]> {
  const want = await checkTotals(conn, transfers.name, 'COUNT(*)');
  const out: AnyTable[] = [];
  for (const t of TRANSFER_AGGREGATES) {
    await conn.run(createTableSql(t));
    await conn.run(aggregateSql(t));
    // Values are not compared: a double sum depends on the order of the additions.
    const have = await checkTotals(conn, t.name, 'COALESCE(SUM("facts"), 0)');
    for (const k of ['facts', 'items', 'licences']) if (want[k] !== have[k]) throw new Error(`publish: ${t.name} does not add up to transfers: ${k} ${have[k]} ≠ ${want[k]}`);
    out.push(t);
  }
  return out;
}
