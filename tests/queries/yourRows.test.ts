import { describe, expect, it } from 'vitest';
import { yourRowsQuery } from '../../src/queries/yourRows.ts';
import { USER_SOURCE_ID } from '../../src/schema/userSource.ts';
import { fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

describe("the reader's own rows (Your data page)", () => {
  it('lists only the rows of the reader’s file, in file and line order', async () => {
    const conn = await fixtureConnection();
    expect(await runFixtureQuery(conn, yourRowsQuery())).toEqual([]);
    // SYNTHETIC: two fixture facts relabelled as if a reader's file had added them, lines reversed.
    await conn.run(
      `INSERT INTO transfers SELECT * REPLACE ('${USER_SOURCE_ID}' AS source_id, 'mine.csv' AS source_file, 10 - source_line AS source_line) FROM transfers WHERE source_id = 'eu-test' ORDER BY source_line LIMIT 2`,
    );
    const rows = await runFixtureQuery(conn, yourRowsQuery());
    expect(rows.map((r) => [r.source_id, r.source_file, r.source_line])).toEqual([
      [USER_SOURCE_ID, 'mine.csv', 3],
      [USER_SOURCE_ID, 'mine.csv', 4],
    ]);
  });
});
