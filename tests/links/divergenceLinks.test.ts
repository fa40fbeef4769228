import { describe, expect, it } from 'vitest';
import { channelCellHref, mirrorRowHref, registerPairHref, sourceOfFile } from '../../src/links/divergenceLinks.ts';
import { parseRegisterQuery } from '../../src/queries/registerState.ts';

const stateOf = (href: string) => parseRegisterQuery(href.slice(href.indexOf('?') + 1));

describe('divergence row links', () => {
  it('a mirror pair opens the register on that pair, year and ATT category', () => {
    const href = mirrorRowHref('fr', { exporter: 'DEU', importer: 'FRA', year: 2012, att_category: 'II' });
    expect(href.startsWith('/fr/register?')).toBe(true);
    expect(stateOf(href)).toEqual({ state: expect.objectContaining({ supplier: 'DEU', recipient: 'FRA', yearFrom: 2012, yearTo: 2012, attCategory: 'II', category: null }), problems: [] });
  });

  it('a UN Register pair keeps its Register category; a cell of two instruments its ML category', () => {
    expect(stateOf(registerPairHref('en', { exporter: 'USA', importer: 'JPN', year: 2014, category: 'IV' })).state.category).toEqual({ scheme: 'UNROCA', code: 'IV' });
    const cell = stateOf(channelCellHref('es', 'GBR', { year: 2010, partner: null, category: 'ML10' })).state;
    expect(cell).toEqual(expect.objectContaining({ supplier: 'GBR', recipient: null, category: { scheme: 'ML', code: 'ML10' } }));
  });

  it('finds the one source that pins a file', () => {
    const pins = { a: { 'x.csv': 'u1' }, b: { 'y.csv': 'u2', 'z.csv': 'u3' }, c: { 'z.csv': 'u4' } };
    expect(sourceOfFile(pins, 'y.csv')).toBe('b');
    expect(sourceOfFile(pins, 'z.csv')).toBeNull();
    expect(sourceOfFile(pins, 'none.csv')).toBeNull();
  });
});
