import { describe, expect, it } from 'vitest';
import { formatYearRanges, groupBy, pivotByYear, topKeys, topSeries, yearRanges } from '../../src/specs/series.ts';

describe('topKeys', () => {
  it('ranks keys by their total over all years, ties by key', () => {
    const rows = [
      { key: 'a', value: 1 },
      { key: 'b', value: 5 },
      { key: 'a', value: 3 },
      { key: 'c', value: 4 },
      { key: null, value: 4 },
    ];
    expect(topKeys(rows, 3)).toEqual(['b', 'a', 'c']);
  });
});

describe('topSeries', () => {
  it('keeps only the top keys, labelled, without summing the rest into a fake series', () => {
    const rows = [
      { key: 'X', year: 2009, value: 10 },
      { key: 'Y', year: 2008, value: 1 },
      { key: 'X', year: 2008, value: 5 },
    ];
    const r = topSeries(rows, 1, (k) => `S-${k}`);
    expect(r.series).toEqual(['S-X']);
    expect(r.points).toEqual([
      { year: 2008, series: 'S-X', value: 5 },
      { year: 2009, series: 'S-X', value: 10 },
    ]);
  });
});

describe('pivotByYear', () => {
  it('puts years in rows and series in columns, null where a series has no value', () => {
    const r = pivotByYear(
      [
        { year: 2009, series: 'a', value: 2 },
        { year: 2008, series: 'a', value: 1 },
        { year: 2009, series: 'b', value: 3 },
      ],
      ['a', 'b'],
    );
    expect(r).toEqual({
      years: [2008, 2009],
      cells: [
        [1, null],
        [2, 3],
      ],
    });
  });
});

describe('year ranges', () => {
  it('compresses consecutive years into ranges', () => {
    expect(yearRanges([2012, 2008, 2009, 2010, 2009])).toEqual([
      [2008, 2010],
      [2012, 2012],
    ]);
    expect(formatYearRanges([2012, 2008, 2009, 2010])).toBe('2008–2010, 2012');
    expect(formatYearRanges([])).toBe('');
  });
});

describe('groupBy', () => {
  it('groups in first-seen order', () => {
    expect([...groupBy([1, 2, 3, 4], (n) => n % 2)]).toEqual([
      [1, [1, 3]],
      [0, [2, 4]],
    ]);
  });
});
