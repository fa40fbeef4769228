import { describe, expect, it } from 'vitest';
import { CLASS_COLORS, classBreaks, mapLegend, mapModel, NO_DATA_COLOR, niceBreak, ZERO_COLOR } from '../../src/charts/mapModel.ts';

// SYNTHETIC figures: made up for the test.
const opts = { unit: 'licences', format: (v: number) => String(v), zeroLabel: 'Zero', noDataLabel: 'No data' };

describe('map model: figures per State → colours and legend', () => {
  it('rounds class breaks to two significant digits', () => {
    expect(niceBreak(1187.5)).toBe(1200);
    expect(niceBreak(7)).toBe(7);
    expect(niceBreak(0.5)).toBeCloseTo(0.5);
  });

  it('puts breaks at quantiles of the positive figures, without repeats, inside their range', () => {
    expect(classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([3, 5, 7, 9]);
    expect(classBreaks([5, 5, 5])).toEqual([]);
    expect(classBreaks([0, 0])).toEqual([]);
  });

  it('colours larger figures darker and keeps every State of the input', () => {
    const m = mapModel(
      [
        { iso3: 'FRA', value: 10 },
        { iso3: 'DEU', value: 1000 },
        { iso3: 'NGA', value: 1 },
        { iso3: 'USA', value: 100 },
        { iso3: 'IND', value: 10000 },
      ],
      opts,
    );
    const color = (iso3: string) => m.fills.find((f) => f.iso3 === iso3)!.color;
    const rank = (iso3: string) => CLASS_COLORS.indexOf(color(iso3) as (typeof CLASS_COLORS)[number]);
    expect(rank('NGA')).toBeLessThan(rank('FRA'));
    expect(rank('FRA')).toBeLessThan(rank('USA'));
    expect(rank('DEU')).toBeLessThan(rank('IND'));
    expect(rank('IND')).toBe(CLASS_COLORS.length - 1);
    expect(m.fills.map((f) => f.iso3)).toEqual(['IND', 'DEU', 'USA', 'FRA', 'NGA']);
  });

  it('keeps zero apart from no data, and both apart from every class colour', () => {
    const m = mapModel(
      [
        { iso3: 'FRA', value: 0 },
        { iso3: 'DEU', value: null },
        { iso3: 'GBR', value: 3 },
      ],
      opts,
    );
    expect(m.fills.find((f) => f.iso3 === 'FRA')!.color).toBe(ZERO_COLOR);
    expect(m.fills.find((f) => f.iso3 === 'DEU')!.color).toBe(NO_DATA_COLOR);
    expect(CLASS_COLORS).not.toContain(ZERO_COLOR);
    expect(CLASS_COLORS).not.toContain(NO_DATA_COLOR);
    expect(ZERO_COLOR).not.toBe(NO_DATA_COLOR);
    expect(mapLegend(m)).toEqual([
      { label: '3', color: m.fills.find((f) => f.iso3 === 'GBR')!.color },
      { label: 'Zero', color: ZERO_COLOR },
      { label: 'No data', color: NO_DATA_COLOR },
    ]);
  });

  it('labels each class with the figures it holds and lists every figure in exactly one class', () => {
    const values = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144];
    const m = mapModel(
      values.map((v, i) => ({ iso3: `S${String(i).padStart(2, '0')}`, value: v })),
      opts,
    );
    for (const v of values) expect(m.classes.filter((c) => v >= c.min && v <= c.max)).toHaveLength(1);
    expect(m.classes[0]!.label).toBe(`1 – ${m.classes[0]!.max}`);
    expect(m.classes.at(-1)!.max).toBe(144);
    expect(m.zero).toBeNull();
  });

  it('gives a single figure a mid-dark colour, not the palest', () => {
    const m = mapModel([{ iso3: 'GBR', value: 42 }], opts);
    expect(m.classes).toHaveLength(1);
    expect(m.fills[0]!.color).not.toBe(CLASS_COLORS[0]);
  });
});
