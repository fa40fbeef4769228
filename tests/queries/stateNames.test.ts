/** States' names for a few codes, on SYNTHETIC states (invented codes AAA, BBB). */
import { describe, expect, it } from 'vitest';
import { stateNamesQuery } from '../../src/queries/stateNames.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';
import { synthConnection, synthState } from '../helpers/analysesTables.ts';

describe('stateNamesQuery', () => {
  it('names the codes asked for in the page language, the codes bound as parameters', async () => {
    const conn = await synthConnection({ states: [synthState('AAA', { name_en: 'Aland', name_es: 'Alandia' }), synthState('BBB', { name_en: 'Bland', name_es: 'Blandia' })] });
    expect(await runFixtureQuery(conn, stateNamesQuery('es', ['BBB', 'ZZZ', "AAA' OR 1=1"]))).toEqual([{ iso3: 'BBB', name: 'Blandia' }]);
    expect(stateNamesQuery('es', ['BBB', 'AAA']).params).toEqual(['BBB', 'AAA']);
    expect(await runFixtureQuery(conn, stateNamesQuery('en', []))).toEqual([]);
  });
});
