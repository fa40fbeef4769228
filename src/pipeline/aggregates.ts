/**
 * Publish stage for the pre-aggregated tables (src/schema/transferTotals.ts): each is computed in
 * DuckDB from the `transfers` table of the same build, checked against it, and written like every
 * other table (src/pipeline/publish.ts). Nothing is read twice or re-typed: keys keep the types of transfers, facts are
 * counted, the other figures summed.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { AGGREGATE_FIGURES, aggregateKeys, createTableSql, TRANSFER_AGGREGATES, transfers, type AnyTable } from '../schema/index.ts';

/** SQL expression of a figure over the facts of a group (types as the aggregate's schema says). */
function figureSql(name: string): string {
  if (name === 'facts') return 'CAST(COUNT(*) AS INTEGER)';
  // SUM of an INTEGER or BIGINT column is a HUGEINT: the cast fails loudly rather than wrap if it overflows.
  return name === 'value' ? `SUM("${name}")` : `CAST(SUM("${name}") AS BIGINT)`;
}

/** The INSERT that fills an aggregate from `transfers` (identifiers from the schema only). */
export function aggregateSql(t: AnyTable): string {
  const keys = aggregateKeys(t).map((c) => `"${c}"`);
  const select = [...keys, ...AGGREGATE_FIGURES.map(figureSql)];
  return `INSERT INTO "${t.name}" SELECT ${select.join(', ')} FROM "${transfers.name}" GROUP BY ${keys.join(', ')}`;
}

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
