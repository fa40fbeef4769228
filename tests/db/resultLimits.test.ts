import { RecordBatch, tableFromArrays, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { largestValue, ResultBudget } from '../../src/db/resultLimits.ts';

/** One batch with a text column (SYNTHETIC values). */
function textBatch(values: string[]): RecordBatch {
  return new Table({ s: vectorFromArray(values, new Utf8()) }).batches[0]!;
}

describe('the console result bounds', () => {
  it('measures the largest text value from the offsets, without decoding it', () => {
    const b = textBatch(['a', 'x'.repeat(5000), 'bc']);
    expect(largestValue(b.getChild('s')!.data[0]!)).toBe(5000);
  });

  it('refuses a batch holding one value over the value bound, naming the column and size', () => {
    const budget = new ResultBudget({ rows: 100, bytes: 1e9, valueBytes: 1000 });
    expect(budget.add(textBatch(['short', 'y'.repeat(1001)]))).toEqual({ bound: 'valueBytes', limit: 1000, column: 's', size: 1001 });
  });

  it('stops at the byte bound across batches', () => {
    const budget = new ResultBudget({ rows: 1e6, bytes: 3000, valueBytes: 1e6 });
    expect(budget.add(textBatch(['z'.repeat(2000)]))).toBeNull();
    expect(budget.add(textBatch(['z'.repeat(2000)]))).toEqual({ bound: 'bytes', limit: 3000 });
  });

  it('stops at the row bound, counting the rows kept so far', () => {
    const budget = new ResultBudget({ rows: 5, bytes: 1e9, valueBytes: 1e6 });
    const batch = tableFromArrays({ n: Int32Array.from([1, 2, 3]) }).batches[0]!;
    expect(budget.add(batch)).toBeNull();
    expect(budget.rows).toBe(3);
    expect(budget.add(batch)).toEqual({ bound: 'rows', limit: 5 });
  });
});
