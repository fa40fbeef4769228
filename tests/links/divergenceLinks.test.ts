import { describe, expect, it } from 'vitest';
import { channelCellHref, mirrorRowHref, registerPairHref, sourceOfFile } from '../../src/links/divergenceLinks.ts';
import { sharedQuery } from '../../src/links/sqlFragment.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import { channelFactsQuery, mirrorFactsQuery, registerPairFactsQuery } from '../../src/queries/divergenceFacts.ts';

const sqlOf = (href: string) => sharedQuery({ search: '', hash: href.slice(href.indexOf('#')) });

describe('divergence row links', () => {
  it('open the facts of the row in the SQL console of the page language', () => {
    const m = { exporter: 'DEU', importer: 'FRA', year: 2012, basis: 'actual', att_category: 'II' };
    const href = mirrorRowHref('fr', m);
    expect(href.startsWith('/fr/sql#')).toBe(true);
    expect(sqlOf(href)).toBe(inlineParams(mirrorFactsQuery(m)));
    const r = { exporter: 'USA', importer: 'JPN', year: 2014, category: 'IV' };
    expect(sqlOf(registerPairHref('en', r))).toBe(inlineParams(registerPairFactsQuery(r)));
    const c = { year: 2010, partner: null, category: 'ML10' };
    expect(sqlOf(channelCellHref('es', ['EU_COARM', 'UK_SIEL'], 'GBR', c))).toBe(inlineParams(channelFactsQuery(['EU_COARM', 'UK_SIEL'], 'GBR', c)));
  });

  it('finds the one source that pins a file', () => {
    const pins = { a: { 'x.csv': 'u1' }, b: { 'y.csv': 'u2', 'z.csv': 'u3' }, c: { 'z.csv': 'u4' } };
    expect(sourceOfFile(pins, 'y.csv')).toBe('b');
    expect(sourceOfFile(pins, 'z.csv')).toBeNull();
    expect(sourceOfFile(pins, 'none.csv')).toBeNull();
  });
});
