import { describe, expect, it } from 'vitest';
import { exploreHref } from '../../src/links/explore.ts';
import { parseExploreQuery } from '../../src/queries/exploreState.ts';

describe('exploreHref', () => {
  it('builds the Explore query string in the documented order, in the page language', () => {
    expect(exploreHref('fr', { measure: 'value', group: 'year', year_to: 2013, year_from: 2008, reporter: 'AUT' })).toBe('/fr/explore?reporter=AUT&year_from=2008&year_to=2013&group=year&measure=value');
  });

  it('leaves out empty filters, keeps commas readable and always says group and measure', () => {
    expect(exploreHref('en', { source: 'eu-coarm-okfn', currency: undefined, group: 'year,partner' })).toBe('/en/explore?source=eu-coarm-okfn&group=year,partner&measure=value');
    expect(exploreHref('es', {})).toBe('/es/explore?group=year&measure=value');
  });

  // Every link shape the shell's pages build (home, trends, country profiles).
  it.each([
    { source: 'eu-coarm-okfn', currency: 'EUR', year_from: 2005, year_to: 2013, group: 'year,basis', measure: 'value' },
    { source: 'uk-siel-caat', currency: 'GBP', basis: 'authorized', year_from: 2008, year_to: 2015, group: 'year,att_category', measure: 'value' },
    { source: 'eu-coarm-okfn', currency: 'EUR', basis: 'authorized', group: 'year,category' },
    { group: 'year,partner_region' },
    { group: 'year,reporter' },
    { group: 'year,instrument', measure: 'reports' },
    { source: 'att-annual-transcriptions', partner: 'NGA', direction: 'import', year_from: 2015, year_to: 2015, group: 'partner,category', measure: 'items' },
    { source: 'eu-coarm-okfn', reporter: 'AUT', direction: 'export', currency: 'EUR', group: 'year,basis', measure: 'facts' },
  ] as const)('Explore parses %o without problems', (p) => {
    const href = exploreHref('en', p);
    const { state, problems } = parseExploreQuery(href.slice(href.indexOf('?') + 1));
    expect(problems).toEqual([]);
    expect(state.group.join(',')).toBe(p.group);
  });
});
