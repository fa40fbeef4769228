import { describe, expect, it } from 'vitest';
import { matrixCells } from '../../src/ui/complianceMatrix.ts';
import type { AnnualRow } from '../../src/queries/compliance.ts';

// SYNTHETIC rows as annualComplianceQuery returns them (invented State and dates).
const row = (year: number, over: Partial<AnnualRow>): AnnualRow => ({
  iso3: 'AAA',
  year,
  obliged: true,
  due: `${year + 1}-05-31`,
  submitted: null,
  status: 'no_data',
  is_public: null,
  is_nil: null,
  sensitive_withheld: null,
  versions: 0,
  ...over,
});

describe('matrixCells', () => {
  it('gives each year its status, "voluntary" for a report without obligation and "none" for an empty year', () => {
    const cells = matrixCells(
      [
        row(2016, { obliged: false, status: 'on_time', versions: 1, is_public: true }),
        row(2017, { status: 'grace', versions: 1, is_public: false, is_nil: true, sensitive_withheld: true }),
        row(2018, { status: 'late', versions: 2, is_public: true, sensitive_withheld: false }),
        row(2019, {}),
      ],
      [2015, 2016, 2017, 2018, 2019],
    );
    expect(cells.att).toEqual(['none', 'voluntary', 'grace', 'late', 'no_data']);
    expect(cells.flags).toEqual([[], [], ['restricted', 'nil', 'withheld'], [], []]);
  });
});
