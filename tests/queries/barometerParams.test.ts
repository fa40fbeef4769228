import { describe, expect, it } from 'vitest';
import { barometerParamProblems } from '../../src/queries/barometerParams.ts';
import { CRITERIA } from '../../src/queries/barometer.ts';

const id = CRITERIA[0]!.id;

describe('barometerParamProblems', () => {
  it('accepts known criteria with points 0–100 and a year with scores', () => {
    expect(barometerParamProblems(`?year=2012&w=${id}:0,${id}:7.5`, [2012])).toEqual([]);
  });

  it('reports unknown criteria, points out of range or not numbers, a year without scores and unknown keys', () => {
    expect(barometerParamProblems(`?year=1800&w=nope:3,${id}:400,${id}:x,${id}&zoom=2`, [2012])).toEqual([
      { key: 'w', value: 'nope:3' },
      { key: 'w', value: `${id}:400` },
      { key: 'w', value: `${id}:x` },
      { key: 'w', value: id },
      { key: 'year', value: '1800' },
      { key: 'zoom', value: '2' },
    ]);
  });
});
