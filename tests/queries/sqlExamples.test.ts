import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { SQL_EXAMPLES } from '../../src/queries/sqlExamples.ts';
import { createTableSql, euBrokering, reconciliation, rejects } from '../../src/schema/index.ts';
import { fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await fixtureConnection();
  // The examples also read these tables; empty ones are enough to check the SQL binds.
  await conn.run(createTableSql(reconciliation));
  await conn.run(createTableSql(euBrokering));
  await conn.run(createTableSql(rejects));
});

describe('SQL console examples', () => {
  it('all run on tables with the published schema', async () => {
    for (const ex of SQL_EXAMPLES) await expect(runFixtureQuery(conn, { sql: ex.sql, params: [] }), ex.id).resolves.toBeInstanceOf(Array);
  });

  it('have a title in every language and unique ids', () => {
    expect(new Set(SQL_EXAMPLES.map((e) => e.id)).size).toBe(SQL_EXAMPLES.length);
    for (const ex of SQL_EXAMPLES) for (const l of ['en', 'fr', 'es'] as const) expect(ex.title[l].length, `${ex.id} ${l}`).toBeGreaterThan(5);
  });

  it('never sum values without grouping by currency', () => {
    for (const ex of SQL_EXAMPLES.filter((e) => /SUM\([^)]*value\)/i.test(e.sql))) expect(ex.sql, ex.id).toMatch(/GROUP BY[^;]*currency/i);
  });

  it('give the known answer on the fixture for the first example', async () => {
    const rows = await runFixtureQuery(conn, { sql: SQL_EXAMPLES[0]!.sql, params: [] });
    expect(rows.filter((r) => r.year === 2019 && r.currency === 'EUR')).toEqual([
      { year: 2019, basis: 'actual', currency: 'EUR', value: 30, facts: 1 },
      { year: 2019, basis: 'authorized', currency: 'EUR', value: 1150, facts: 3 },
    ]);
  });
});
