import { describe, expect, it } from 'vitest';
import { engineWarmUp } from '../../src/queries/engineWarmUp.ts';
import { queryRows } from '../../src/site-data/db.ts';

describe('the engine warm-up query', () => {
  it('reads no table and gives the rows its literal data implies', async () => {
    const q = engineWarmUp();
    expect(q.tables).toEqual([]);
    // Rows k=1 (label x) and k=3 (label NULL) pass the filter; k=2 has no value.
    expect(await queryRows(q)).toEqual([
      { label: 'x', n: 2, v: 1.5, kinds: 1 },
      { label: null, n: 4, v: 2.5, kinds: 1 },
    ]);
  });
});
