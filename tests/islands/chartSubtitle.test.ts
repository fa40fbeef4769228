import { describe, expect, it } from 'vitest';
import { chartSubtitle } from '../../src/islands/chartSubtitle.ts';
import { labeller } from '../../src/islands/exploreFormat.ts';
import { emptyExploreOptions } from '../../src/queries/exploreOptions.ts';
import { defaultState } from '../../src/queries/exploreState.ts';

describe('Explore chart subtitle years', () => {
  const l = labeller('en', emptyExploreOptions());

  it('writes a single chosen year once, never as a range of one year', () => {
    const text = chartSubtitle('en', { ...defaultState(), yearFrom: 2014, yearTo: 2014 }, l, []);
    expect(text).toContain('2014');
    expect(text).not.toContain('2014–2014');
  });

  it('writes a span and an open end as ranges', () => {
    expect(chartSubtitle('fr', { ...defaultState(), yearFrom: 2010, yearTo: 2014 }, labeller('fr', emptyExploreOptions()), [])).toContain('2010–2014');
    expect(chartSubtitle('en', { ...defaultState(), yearFrom: 2010, yearTo: null }, l, [])).toContain('2010–…');
  });
});
