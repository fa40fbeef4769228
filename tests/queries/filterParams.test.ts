import { describe, expect, it } from 'vitest';
import { categoryParam, factFilterParams, paramTaker, readCategory, takeFactFilters, writeParams, type FactFilters, type ParamProblem } from '../../src/queries/filterParams.ts';

const none = (): FactFilters => ({ yearFrom: null, yearTo: null, category: null, attCategory: null });

function read(query: string): { s: FactFilters; problems: ParamProblem[] } {
  const s = none();
  const problems: ParamProblem[] = [];
  takeFactFilters(paramTaker(new URLSearchParams(query), problems), s);
  return { s, problems };
}

describe('the year, category and ATT category parameters of the flows view and the register', () => {
  it('reads all four and writes them back in the same order', () => {
    const q = 'year_from=2010&year_to=2013&category=UNROCA:VII.a&att_category=VII';
    const { s, problems } = read(q);
    expect(problems).toEqual([]);
    expect(s).toEqual({ yearFrom: 2010, yearTo: 2013, category: { scheme: 'UNROCA', code: 'VII.a' }, attCategory: 'VII' });
    expect(writeParams(factFilterParams(s))).toBe(q);
  });

  it('keeps the default of a bad value and reports key and value, in reading order', () => {
    const { s, problems } = read('att_category=IX&category=ml10&year_to=13&year_from=2010');
    expect(s).toEqual({ ...none(), yearFrom: 2010 });
    expect(problems).toEqual([
      { key: 'year_to', value: '13' },
      { key: 'category', value: 'ml10' },
      { key: 'att_category', value: 'IX' },
    ]);
  });

  it('treats an empty value as absent, not as a problem', () => {
    expect(read('year_from=&category=')).toEqual({ s: none(), problems: [] });
  });

  it('splits a category at its first colon only where the scheme allows it', () => {
    expect(readCategory('UK:PL5001')).toEqual({ scheme: 'UK', code: 'PL5001' });
    expect(readCategory('ML10')).toBeNull();
    expect(readCategory('UK:<b>')).toBeNull();
    expect(categoryParam({ scheme: 'CH_KM', code: 'KM 3' })).toBe('CH_KM:KM 3');
  });

  it('leaves null keys out and encodes values, keeping : and > readable', () => {
    expect(
      writeParams([
        ['a', null],
        ['category', 'CH_KM:KM 3'],
        ['flow', 'DEU>-'],
        ['text', 'a&b'],
      ]),
    ).toBe('category=CH_KM:KM%203&flow=DEU>-&text=a%26b');
  });
});
