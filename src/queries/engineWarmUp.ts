/**
 * A query that runs the operators Explore's queries use (a filter with bound parameters, a LEFT
 * JOIN, sums and counts grouped and ordered with NULLs last, casts) on a few literal rows, and reads
 * no table. Explore runs it once, when idle after its first DuckDB query (src/db/run.ts `runWhenIdle`): DuckDB-WASM
 * compiles each part of its 34 MB of code the first time it is called, and a reader's first query
 * of a new kind (the first join, say) otherwise pays for that compilation, measured at 20–30 ms.
 */
import type { Query } from '../db/query.ts';

export function engineWarmUp(): Query {
  return {
    sql: `SELECT
  r.label AS label,
  CAST(COALESCE(SUM(t.n), 0) AS INTEGER) AS n,
  CAST(SUM(t.v) AS DOUBLE) AS v,
  COUNT(DISTINCT t.s) AS kinds
FROM (VALUES (1, 2, 1.5, 'a'), (2, 3, NULL, 'b'), (3, 4, 2.5, 'a')) AS t(k, n, v, s)
LEFT JOIN (VALUES (1, 'x'), (3, NULL)) AS r(k, label) ON r.k = t.k
WHERE t.s IN (?, ?)
  AND t.k >= ?
  AND t.v IS NOT NULL
GROUP BY r.label
ORDER BY r.label NULLS LAST, n NULLS LAST`,
    params: ['a', 'b', 1],
    tables: [],
  };
}
