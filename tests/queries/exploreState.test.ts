import { describe, expect, it } from 'vitest';
import { exploreHref } from '../../src/links/explore.ts';
import { defaultState, parseExploreQuery, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';

const full: ExploreState = {
  source: ['eu-coarm-okfn', 'uk-siel-caat'],
  reporter: ['AUT', 'DEU'],
  partner: ['NGA'],
  direction: 'export',
  basis: ['authorized', 'actual'],
  currency: 'EUR',
  categoryScheme: 'ML',
  category: ['ML4', 'ML10'],
  attCategory: ['VII'],
  yearFrom: 2008,
  yearTo: 2013,
  group: ['year', 'partner', 'category'],
  measure: 'value',
  chart: 'stacked',
  view: 'map',
  sort: { column: 'value', desc: true },
};

describe('explore state in the URL', () => {
  it('writes every key in the documented order with readable commas', () => {
    expect(serializeExploreState(full)).toBe(
      'source=eu-coarm-okfn,uk-siel-caat&reporter=AUT,DEU&partner=NGA&direction=export&basis=authorized,actual&currency=EUR&category_scheme=ML&category=ML4,ML10&att_category=VII&year_from=2008&year_to=2013&group=year,partner,category&measure=value&chart=stacked&view=map&sort=-value',
    );
  });

  it('round-trips exactly: state → URL → same state → same URL', () => {
    for (const s of [full, defaultState(), { ...defaultState(), group: [], measure: 'facts' as const }, { ...defaultState(), sort: { column: 'year', desc: false } }]) {
      const url = serializeExploreState(s);
      const back = parseExploreQuery(url);
      expect(back.problems).toEqual([]);
      expect(back.state).toEqual(s);
      expect(serializeExploreState(back.state)).toBe(url);
    }
  });

  it('always writes group and measure, and leaves the default chart out', () => {
    expect(serializeExploreState(defaultState())).toBe('group=year&measure=value');
  });

  it('keeps an empty group (one total) distinct from the default year group', () => {
    expect(parseExploreQuery('group=&measure=facts').state.group).toEqual([]);
    expect(parseExploreQuery('').state.group).toEqual(['year']);
  });

  it('reads the links other pages build with exploreHref', () => {
    const href = exploreHref('en', { source: 'eu-coarm-okfn', reporter: 'AUT', direction: 'export', currency: 'EUR', year_from: 2008, year_to: 2013, group: 'year,basis', measure: 'value' });
    const { state, problems } = parseExploreQuery(href.split('?')[1]!);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ source: ['eu-coarm-okfn'], reporter: ['AUT'], direction: 'export', currency: 'EUR', yearFrom: 2008, yearTo: 2013, group: ['year', 'basis'], measure: 'value' });
  });

  it('replaces each bad parameter by its default and reports it, keeping the good ones', () => {
    const { state, problems } = parseExploreQuery('reporter=AUT,xx&measure=weight&group=year,colour&year_from=1800&basis=actual&chart=pie&foo=1&sort=name');
    expect(state).toEqual({ ...defaultState(), basis: ['actual'] });
    expect(problems.map((p) => p.key)).toEqual(['reporter', 'measure', 'group', 'year_from', 'chart', 'foo', 'sort']);
  });

  it('rejects an inverted year range, repeated values, too many groups and repeated keys', () => {
    expect(parseExploreQuery('year_from=2015&year_to=2010').state).toMatchObject({ yearFrom: null, yearTo: null });
    expect(parseExploreQuery('reporter=AUT,AUT').problems).toEqual([{ key: 'reporter', value: 'AUT,AUT' }]);
    expect(parseExploreQuery('group=year,partner,reporter,basis').state.group).toEqual(['year']);
    expect(parseExploreQuery('reporter=AUT&reporter=DEU')).toMatchObject({ state: { reporter: ['AUT'] }, problems: [{ key: 'reporter', value: 'DEU' }] });
  });

  it('accepts a sort only on a column the result has', () => {
    expect(parseExploreQuery('group=partner&measure=facts&sort=-facts').state.sort).toEqual({ column: 'facts', desc: true });
    expect(parseExploreQuery('group=partner&measure=facts&sort=value').problems).toEqual([{ key: 'sort', value: 'value' }]);
  });
});
