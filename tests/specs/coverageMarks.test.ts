import { describe, expect, it } from 'vitest';
import type { SourceYears } from '../../src/queries/yearCoverage.ts';
import { coverageMarks, drawnSourceGaps } from '../../src/specs/coverageMarks.ts';

// SYNTHETIC coverage: invented sources and years.
const coverage: SourceYears[] = [
  { source: 'register', direction: null, years: [1992, 1993, 1994, 1995], partial: [] },
  { source: 'licences', direction: 'export', years: [2010, 2011, 2012], partial: [{ year: 2012, from: 1, to: 3 }] },
  { source: 'late', direction: null, years: [1994, 1995, 1996], partial: [] },
  { source: 'exports-only', direction: 'export', years: [2010, 2011, 2012], partial: [] },
];

describe('drawnSourceGaps', () => {
  it('names the years after a source ends and its partly covered year', () => {
    expect(drawnSourceGaps(coverage, [{ source: 'register', reports: true }], [1992, 1997])).toEqual([{ source: 'register', years: [1996, 1997], partial: [] }]);
    expect(drawnSourceGaps(coverage, [{ source: 'licences', direction: 'export' }], [2010, 2012])).toEqual([{ source: 'licences', years: [], partial: [{ year: 2012, from: 1, to: 3 }] }]);
  });

  it('marks every year of a direction the source has no facts for (no imports is not zero imports)', () => {
    expect(drawnSourceGaps(coverage, [{ source: 'exports-only', direction: 'import' }], [2010, 2011])[0]?.years).toEqual([2010, 2011]);
  });

  it('leaves out the years before a later source began when told (leading: false), and lists each source once', () => {
    const drawn = [
      { source: 'late', reports: true },
      { source: 'late', reports: true },
    ];
    expect(drawnSourceGaps(coverage, drawn, [1992, 1997], { leading: false })).toEqual([{ source: 'late', years: [1997], partial: [] }]);
    expect(drawnSourceGaps(coverage, drawn, [1992, 1997])).toEqual([{ source: 'late', years: [1992, 1993, 1997], partial: [] }]);
  });
});

describe('coverageMarks', () => {
  it('is null when every year is covered', () => {
    expect(coverageMarks('en', [], (s) => s)).toBeNull();
  });

  it('hatches the years and names each source with its years and months, in the reader’s language', () => {
    const gaps = [
      { source: 'register', years: [1996, 1997], partial: [] },
      { source: 'licences', years: [], partial: [{ year: 2012, from: 1, to: 3 }] },
    ];
    const en = coverageMarks('en', gaps, (s) => s.toUpperCase())!;
    expect(en.bands).toEqual({ years: [1996, 1997, 2012], label: 'not covered' });
    expect(en.note).toContain('REGISTER: 1996–1997');
    expect(en.note).toContain('2012: LICENCES covers January–March only');
    const fr = coverageMarks('fr', gaps, (s) => s)!;
    expect(fr.bands.label).toBe('non couvert');
    expect(fr.note).toContain('janvier–mars');
    expect(coverageMarks('es', gaps, (s) => s)!.note).toContain('enero–marzo');
  });
});
