/**
 * columnValues (src/db/arrowColumns.ts) gives what Arrow's own `get(i)` gives, NULLs included, on
 * every path: numbers with and without NULLs, BIGINT, ASCII and non-ASCII text, dictionaries,
 * several chunks, a sliced chunk, and a type it does not read itself (booleans). SYNTHETIC values.
 */
import { Bool, Dictionary, Float64, Int32, Int64, makeData, makeVector, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnValues } from '../../src/db/arrowColumns.ts';

/** What Arrow itself reads, with BIGINT as a number. */
const viaGet = (v: Vector) =>
  Array.from({ length: v.length }, (_, i) => {
    const x = v.get(i);
    return typeof x === 'bigint' ? Number(x) : (x as unknown);
  });

describe('columnValues', () => {
  it('reads numbers, NULLs included, like get(i) (and unlike toArray, which gives 0 for NULL)', () => {
    const v = vectorFromArray([1, null, 3, -4, null], new Int32());
    expect(columnValues(v)).toEqual([1, null, 3, -4, null]);
    expect(columnValues(v)).toEqual(viaGet(v));
    expect(Array.from(v.toArray())).toContain(0);
    const f = vectorFromArray([1.5, 2.25, null], new Float64());
    expect(columnValues(f)).toEqual([1.5, 2.25, null]);
  });

  it('reads BIGINT as numbers', () => {
    const v = vectorFromArray([1n, null, 9007199254740991n], new Int64());
    expect(columnValues(v)).toEqual([1, null, 9007199254740991]);
  });

  it('reads ASCII text by slicing one decoded string, and other text one value at a time', () => {
    const ascii = vectorFromArray(['DEU', null, 'FRA', '', 'eu.coarm-2020'], new Utf8());
    expect(columnValues(ascii)).toEqual(['DEU', null, 'FRA', '', 'eu.coarm-2020']);
    const accents = vectorFromArray(['Côte d’Ivoire', null, 'Türkiye', 'ASCII'], new Utf8());
    expect(columnValues(accents)).toEqual(['Côte d’Ivoire', null, 'Türkiye', 'ASCII']);
  });

  it('reads dictionary-encoded text through its dictionary', () => {
    const dictionary = vectorFromArray(['authorized', 'actual'], new Utf8());
    const type = new Dictionary(new Utf8(), new Int32());
    const data = makeData({ type, length: 4, nullCount: 1, nullBitmap: Uint8Array.of(0b1011), data: Int32Array.of(1, 0, 1, 0), dictionary });
    const v = makeVector(data);
    expect(columnValues(v)).toEqual(['actual', 'authorized', null, 'authorized']);
    expect(columnValues(v)).toEqual(viaGet(v));
  });

  it('reads several chunks in order, and a sliced chunk from its offset', () => {
    const a = vectorFromArray(['A', null], new Utf8());
    const b = vectorFromArray(['B', 'C'], new Utf8());
    expect(columnValues(a.concat(b))).toEqual(['A', null, 'B', 'C']);
    const n = vectorFromArray([10, null, 30, 40, null, 60], new Int32()).slice(2, 5);
    expect(columnValues(n)).toEqual([30, 40, null]);
    expect(columnValues(n)).toEqual(viaGet(n));
    const s = vectorFromArray(['x', 'yy', null, 'zzz'], new Utf8()).slice(1, 4);
    expect(columnValues(s)).toEqual(['yy', null, 'zzz']);
  });

  it('falls back to get(i) for a type it does not read itself', () => {
    const v = vectorFromArray([true, null, false], new Bool());
    expect(columnValues(v)).toEqual(['true', null, 'false']);
  });
});
