import { describe, expect, it } from 'vitest';
import { consoleAddress, consoleParams, expensiveReason, setFragmentParams, sharedQuery, sharedQueryFile, sqlFileFragment, sqlFragment } from '../../src/links/sqlFragment.ts';

describe('the console query in the URL fragment', () => {
  it('round-trips any SQL through #q=', () => {
    const sql = 'SELECT \'a & b = 50% + #1\', "x" FROM t -- é\nWHERE y = ?';
    expect(sharedQuery({ search: '', hash: sqlFragment(sql) })).toBe(sql);
  });

  it('still opens old ?q= links, and prefers the fragment when both are there', () => {
    expect(sharedQuery({ search: '?q=SELECT+1', hash: '' })).toBe('SELECT 1');
    expect(sharedQuery({ search: '?q=SELECT+1', hash: '#q=SELECT+2' })).toBe('SELECT 2');
    expect(sharedQuery({ search: '', hash: '' })).toBeNull();
  });

  it('writes the address with the query in the fragment and the old ?q= dropped, other parameters kept', () => {
    expect(consoleAddress({ pathname: '/en/sql', search: '?q=SELECT+1&x=2' }, 'SELECT 2')).toBe('/en/sql?x=2#q=SELECT+2');
    expect(consoleAddress({ pathname: '/en/sql', search: '' }, '')).toBe('/en/sql');
  });
});

describe('which linked queries wait for a click', () => {
  it('waits when a generator is called with a large number', () => {
    expect(expensiveReason("SELECT repeat('x',400000000)")).toEqual({ kind: 'generator', fn: 'repeat' });
    expect(expensiveReason('SELECT * FROM range(1e9)')).toEqual({ kind: 'generator', fn: 'range' });
    expect(expensiveReason('SELECT count(*) FROM generate_series(1, 10_000_000)')).toEqual({ kind: 'generator', fn: 'generate_series' });
  });

  it('waits for very long text', () => {
    expect(expensiveReason(`SELECT 1 ${' '.repeat(20_001)}`)?.kind).toBe('length');
  });

  it('runs the portal’s own kind of queries on open: small series, filters on large values, words in strings or comments', () => {
    expect(expensiveReason('SELECT unnest(generate_series(year(eif), 2024)) FROM p CROSS JOIN params')).toBeNull();
    expect(expensiveReason('SELECT * FROM transfers WHERE value > 1000000')).toBeNull();
    expect(expensiveReason("SELECT 'repeat(x, 900000)' -- range(1e9)\nFROM states")).toBeNull();
  });
});

describe('chart settings beside the query in the fragment', () => {
  const sql = 'SELECT year, sum(value) AS v FROM transfers WHERE a = 1 AND b <> 2 GROUP BY year';

  it('adds, replaces and removes settings and keeps the query as it was encoded', () => {
    const withChart = setFragmentParams(sqlFragment(sql), { chart_x: 'year', chart_kind: 'line' });
    expect(withChart.startsWith(sqlFragment(sql))).toBe(true);
    expect(sharedQuery({ search: '', hash: withChart })).toBe(sql);
    const changed = setFragmentParams(withChart, { chart_kind: 'bar', chart_x: null });
    expect(consoleParams({ search: '', hash: changed }).get('chart_kind')).toBe('bar');
    expect(consoleParams({ search: '', hash: changed }).has('chart_x')).toBe(false);
    expect(sharedQuery({ search: '', hash: changed })).toBe(sql);
    expect(setFragmentParams('', { chart_x: null })).toBe('');
  });

  it('reads settings from older links that carried them in the query string, the fragment winning', () => {
    const p = consoleParams({ search: '?chart_kind=line&chart_x=year', hash: '#chart_kind=bar' });
    expect([p.get('chart_kind'), p.get('chart_x')]).toEqual(['bar', 'year']);
  });
});

describe('sharedQueryFile', () => {
  it('reads the chart file a console link names, under the base path', () => {
    expect(sharedQueryFile({ hash: sqlFileFragment('/en/charts/home/home-value-1.sql') })).toBe('/en/charts/home/home-value-1.sql');
    expect(sharedQueryFile({ hash: '#qf=/portal/fr/charts/home/home-reporting.sql' }, '/portal/')).toBe('/portal/fr/charts/home/home-reporting.sql');
  });

  it('ignores anything but a .sql file of the charts folders', () => {
    for (const path of [
      '/data/manifest.json',
      '/en/charts/../data/x.sql',
      '//evil.example/en/charts/a.sql',
      'https://evil.example/en/charts/a.sql',
      '/en/charts/home/a.sql?x=1',
      '/en/charts/home/a.csv',
      '/de/charts/a.sql',
    ]) {
      expect(sharedQueryFile({ hash: `#qf=${encodeURIComponent(path)}` }), path).toBeNull();
    }
    expect(sharedQueryFile({ hash: '#qf=/en/charts/home/a.sql' }, '/portal/')).toBeNull();
    expect(sharedQueryFile({ hash: '#q=SELECT+1' })).toBeNull();
  });
});
