import { describe, expect, it } from 'vitest';
import { chartSettingsParams, defaultChartSettings, parseChartSettings } from '../../src/charts/chartSettings.ts';
import type { ResultColumn, Row } from '../../src/db/results.ts';

const col = (name: string, kind: ResultColumn['kind']): ResultColumn => ({ name, kind, type: kind === 'number' ? 'Float64' : 'Utf8' });

describe('chart defaults from the result (SYNTHETIC rows)', () => {
  it('puts the year on x and the measure on y, and splits actual and authorized values into series instead of one sawtooth line', () => {
    const columns = [col('year', 'number'), col('basis', 'text'), col('currency', 'text'), col('value', 'number')];
    const rows: Row[] = [
      { year: 2019, basis: 'actual', currency: 'EUR', value: 1 },
      { year: 2019, basis: 'authorized', currency: 'EUR', value: 5 },
      { year: 2020, basis: 'actual', currency: 'EUR', value: 2 },
      { year: 2020, basis: 'authorized', currency: 'EUR', value: 6 },
    ];
    expect(defaultChartSettings(columns, rows)).toEqual({ x: 'year', y: 'value', series: ['basis'], kind: 'line' });
  });

  it('never puts the currency on x, and adds series until each line has one row per x', () => {
    const columns = [col('currency', 'text'), col('source_id', 'text'), col('instrument', 'text'), col('year', 'number'), col('n', 'number')];
    const rows: Row[] = [];
    for (const year of [2019, 2020])
      for (const [source_id, instrument] of [
        ['a', 'UNROCA'],
        ['b', 'EU_COARM'],
        ['b', 'UK_SIEL'],
      ] as const)
        rows.push({ currency: 'EUR', source_id, instrument, year, n: year - 1990 });
    expect(defaultChartSettings(columns, rows)).toEqual({ x: 'year', y: 'n', series: ['source_id', 'instrument'], kind: 'line' });
  });

  it('uses bars when x is not ordered, and needs a number', () => {
    expect(defaultChartSettings([col('reporter_iso3', 'text'), col('facts', 'number')], [{ reporter_iso3: 'AUT', facts: 3 }])).toEqual({ x: 'reporter_iso3', y: 'facts', series: [], kind: 'bar' });
    expect(defaultChartSettings([col('a', 'text')], [{ a: 'x' }])).toBeNull();
  });

  it('reads settings back from the URL only when they name columns of the result', () => {
    const columns = [col('year', 'number'), col('basis', 'text'), col('value', 'number')];
    const p = new URLSearchParams(chartSettingsParams({ x: 'year', y: 'value', series: ['basis'], kind: 'bar' }) as Record<string, string>);
    expect(parseChartSettings(p, columns)).toEqual({ x: 'year', y: 'value', series: ['basis'], kind: 'bar' });
    p.set('chart_y', 'basis');
    expect(parseChartSettings(p, columns)).toBeNull();
    expect(parseChartSettings(new URLSearchParams('chart_x=nope&chart_y=value&chart_kind=line'), columns)).toBeNull();
  });
});
