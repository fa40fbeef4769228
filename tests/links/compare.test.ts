import { describe, expect, it } from 'vitest';
import { compareHref, compareQuery, parseCompareQuery } from '../../src/links/compare.ts';

const known = new Set(['DEU', 'FRA', 'GBR', 'ITA', 'ESP', 'AUT']);

describe('parseCompareQuery', () => {
  it('keeps known codes in order, once, in upper case', () => {
    expect(parseCompareQuery('states=deu,FRA,DEU, gbr', known)).toEqual({ states: ['DEU', 'FRA', 'GBR'], unknown: [], dropped: [] });
  });

  it('reports codes that are not States of the data, and drops those past the fifth', () => {
    expect(parseCompareQuery('states=DEU,XXX,FRA,GBR,ITA,ESP,AUT', known)).toEqual({ states: ['DEU', 'FRA', 'GBR', 'ITA', 'ESP'], unknown: ['XXX'], dropped: ['AUT'] });
  });

  it('reads an absent or empty parameter as no States', () => {
    expect(parseCompareQuery('', known).states).toEqual([]);
    expect(parseCompareQuery('states=', known).states).toEqual([]);
  });
});

describe('compareHref', () => {
  it('round-trips through parseCompareQuery', () => {
    const href = compareHref('fr', ['DEU', 'FRA']);
    expect(href).toBe('/fr/compare?states=DEU,FRA');
    expect(parseCompareQuery(compareQuery(['DEU', 'FRA']), known).states).toEqual(['DEU', 'FRA']);
  });
});
