import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/pipeline/kit/csv.ts';
import { checkWidth, readHeader } from '../../../src/pipeline/kit/header.ts';
import { RowReject } from '../../../src/pipeline/kit/rowReject.ts';
import { eachRow } from '../../../src/pipeline/kit/rows.ts';
import type { Reject } from '../../../src/pipeline/types.ts';

// SYNTHETIC rows.
const csv = 'a,b\n1,2\n3\n5,x\n';

describe('eachRow', () => {
  it('loads or rejects every row, naming file, line, reason and raw text, so read = loaded + rejected', () => {
    const { width, rows } = readHeader(parseCsv(csv, 't.csv'), ['a', 'b'], 't.csv');
    const rejects: Reject[] = [];
    const loaded: string[] = [];
    const count = eachRow('t.csv', rows, rejects, (row) => {
      checkWidth(row, width);
      if (!/^\d+$/.test(row.fields[1]!)) throw new RowReject('bad_number', `b: '${row.fields[1]}' is not a number`);
      loaded.push(row.raw);
    });
    expect(count).toEqual({ read: 3, loaded: 1 });
    expect(loaded).toEqual(['1,2']);
    expect(rejects).toEqual([
      { file: 't.csv', line: 3, reasonCode: 'wrong_column_count', reason: 'expected 2 columns, found 1', raw: '3' },
      { file: 't.csv', line: 4, reasonCode: 'bad_number', reason: "b: 'x' is not a number", raw: '5,x' },
    ]);
  });

  it('lets any other error through: a bug or an unreadable file fails the build', () => {
    const rows = [{ line: 2, raw: 'x' }];
    expect(() =>
      eachRow('t.csv', rows, [], () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('readHeader', () => {
  it('finds columns by name, in any order', () => {
    expect([...readHeader(parseCsv('b,a\n', 't.csv'), ['a', 'b'], 't.csv').index]).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
  });
  it('refuses a column given twice, and with exact, a column the format does not have', () => {
    expect(() => readHeader(parseCsv('a,b,a\n', 't.csv'), ['a', 'b'], 't.csv')).toThrow(/^t\.csv:1: duplicate column names in header: a$/);
    expect(() => readHeader(parseCsv('a,b,c\n', 't.csv'), ['a', 'b'], 't.csv', { exact: true })).toThrow(/^t\.csv:1: unknown column\(s\): c/);
    expect(readHeader(parseCsv('a,b,c\n', 't.csv'), ['a', 'b'], 't.csv').width).toBe(3);
  });
  it('names the delimiter in a width reject when asked', () => {
    expect(() => checkWidth({ line: 2, fields: ['1'], raw: '1' }, 2, 'bad_column_count', ';')).toThrow("expected 2 columns separated by ';', found 1");
  });
});
