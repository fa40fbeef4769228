import { Bool, DateDay, Float64, Int64, Table, TimestampMillisecond, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnsOf, rowsOf } from '../../src/db/results.ts';

function table(): Table {
  return new Table({
    n: vectorFromArray([12n, null], new Int64()),
    x: vectorFromArray([1.5, 2], new Float64()),
    d: vectorFromArray([new Date('2019-03-04T00:00:00Z'), null], new DateDay()),
    ts: vectorFromArray([new Date('2020-01-02T03:04:05Z'), null], new TimestampMillisecond()),
    s: vectorFromArray(['a', null], new Utf8()),
    b: vectorFromArray([true, false], new Bool()),
  });
}

describe('Arrow results as plain rows', () => {
  it('turns BigInt into number and dates into ISO strings', () => {
    expect(rowsOf(table())).toEqual([
      { n: 12, x: 1.5, d: '2019-03-04', ts: '2020-01-02T03:04:05.000Z', s: 'a', b: true },
      { n: null, x: 2, d: null, ts: null, s: null, b: false },
    ]);
  });
  it('returns a slice of rows for capped displays', () => {
    expect(rowsOf(table(), 1, 5).map((r) => r.x)).toEqual([2]);
  });
  it('classifies columns for alignment and formatting', () => {
    expect(columnsOf(table()).map((c) => c.kind)).toEqual(['number', 'number', 'date', 'date', 'text', 'boolean']);
  });
});
