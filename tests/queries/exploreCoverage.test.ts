import { beforeAll, describe, expect, it } from 'vitest';
import { coverageQuery, directionHasData, measureHasData, measureHasDataFor, measuresWithData, type CoverageCell } from '../../src/queries/exploreCoverage.ts';
import { MEASURES } from '../../src/queries/exploreState.ts';
import { fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

let cells: CoverageCell[];
beforeAll(async () => {
  cells = (await runFixtureQuery(await fixtureConnection(), coverageQuery())) as unknown as CoverageCell[];
});

describe('which Explore choices have figures (SYNTHETIC fixture)', () => {
  it('counts facts and each figure per source, basis and direction', () => {
    expect(cells.find((c) => c.source === 'uk-test' && c.basis === 'refused')).toEqual({ source: 'uk-test', basis: 'refused', direction: 'export', facts: 1, value: 1, items: 0, licences: 1 });
  });

  it('knows measures and directions that no fact carries', () => {
    expect(MEASURES.filter((m) => measureHasData(cells, m))).toEqual(['value', 'items', 'licences', 'reports', 'facts']);
    expect(directionHasData(cells, 'export')).toBe(true);
    expect(directionHasData(cells, 'import')).toBe(true);
    expect(
      directionHasData(
        cells.filter((c) => c.source !== 'att-test'),
        'import',
      ),
    ).toBe(false);
    expect(
      measureHasData(
        cells.filter((c) => c.source !== 'att-test'),
        'items',
      ),
    ).toBe(false);
    // Items are reported only by att-test: the EU source selected has none, but licences and values.
    expect(measureHasDataFor(cells, 'items', { source: ['eu-test'], basis: [], direction: null })).toBe(false);
    expect(measuresWithData(cells, { source: ['eu-test'], basis: [], direction: null }, MEASURES)).toEqual(['value', 'licences']);
    expect(measuresWithData(cells, { source: ['att-test'], basis: ['actual'], direction: null }, MEASURES)).toEqual(['value', 'items']);
  });
});
