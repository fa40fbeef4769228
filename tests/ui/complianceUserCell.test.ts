/** The compliance cell a report of the reader's own file gives a State-year (SYNTHETIC dates). */
import { describe, expect, it } from 'vitest';
import { cellWithUserReport } from '../../src/ui/complianceMatrix.ts';

describe('cellWithUserReport', () => {
  it('dates the submission against 31 May of the next year and the seven days of grace', () => {
    expect(cellWithUserReport('no_data', 2020, '2021-05-31')).toBe('on_time');
    expect(cellWithUserReport('no_data', 2020, '2021-06-07')).toBe('grace');
    expect(cellWithUserReport('no_data', 2020, '2021-06-08')).toBe('late');
    expect(cellWithUserReport('not_yet_due', 2025, null)).toBe('date_unknown');
  });

  it('makes a year without obligation voluntary and keeps a report the published data holds', () => {
    expect(cellWithUserReport('none', 2013, '2014-05-01')).toBe('voluntary');
    expect(cellWithUserReport('late', 2020, '2021-05-01')).toBe('late');
  });
});
