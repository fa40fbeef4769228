import { describe, expect, it } from 'vitest';
import { sourceYears, uncoveredYears, yearCoverageQuery, type YearCoverageRow } from '../../src/queries/yearCoverage.ts';
import { defaultState } from '../../src/queries/exploreState.ts';
import { query } from '../../src/site-data/db.ts';
import { writeSyntheticData } from '../../scripts/fixtures/syntheticData.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// SYNTHETIC coverage: "dated" reports decisions 2013-01 to 2015-03 (exports only); "plain" exports 2012–2014 and imports 2014 only.
const rows: YearCoverageRow[] = [
  { source_id: 'dated', direction: 'export', year: 2013, first_month: 1, last_month: 12 },
  { source_id: 'dated', direction: 'export', year: 2014, first_month: 1, last_month: 12 },
  { source_id: 'dated', direction: 'export', year: 2015, first_month: 1, last_month: 3 },
  { source_id: 'plain', direction: 'export', year: 2012, first_month: null, last_month: null },
  { source_id: 'plain', direction: 'export', year: 2014, first_month: null, last_month: null },
  { source_id: 'plain', direction: 'import', year: 2014, first_month: null, last_month: null },
  { source_id: 'register', direction: null, year: 2010, first_month: null, last_month: null },
];
const cov = sourceYears(rows);

describe('yearCoverage', () => {
  it('reads the years of each source and direction, and the months of a partly covered end year', () => {
    expect(cov.find((c) => c.source === 'dated')).toEqual({ source: 'dated', direction: 'export', years: [2013, 2014, 2015], partial: [{ year: 2015, from: 1, to: 3 }] });
    expect(cov.find((c) => c.source === 'plain' && c.direction === 'export')?.partial).toEqual([]);
  });

  it('lists, per selected source, the years of the span it does not cover and its partial years', () => {
    const s = { ...defaultState(), measure: 'value' as const };
    expect(uncoveredYears(cov, s, [2012, 2015])).toEqual([
      { source: 'dated', years: [2012], partial: [{ year: 2015, from: 1, to: 3 }] },
      { source: 'plain', years: [2013, 2015], partial: [] },
    ]);
  });

  it('counts a source with no facts in the direction as covering none of the span (no imports is not zero imports)', () => {
    const s = { ...defaultState(), measure: 'value' as const, direction: 'import' as const, source: ['dated'] };
    expect(uncoveredYears(cov, s, [2014, 2015])).toEqual([{ source: 'dated', years: [2014, 2015], partial: [] }]);
  });

  it('uses the years of reports for the number of reports', () => {
    const s = { ...defaultState(), measure: 'reports' as const };
    expect(uncoveredYears(cov, s, [2010, 2011])).toEqual([{ source: 'register', years: [2011], partial: [] }]);
  });

  it('runs on the published tables (SYNTHETIC build)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yearcov-'));
    await writeSyntheticData(dir);
    const q = yearCoverageQuery();
    const got = (await query(q.sql, q.params, dir)) as unknown as YearCoverageRow[];
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((r) => typeof r.year === 'number')).toBe(true);
  });
});
