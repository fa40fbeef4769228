/**
 * One State's row of the compliance matrix: per year, the cell code (the annual report's status,
 * "voluntary" for a report in a year without obligation, "none" for a year without either) and the
 * flags of the report the data holds (not public, nil, information withheld).
 */
import type { AnnualRow } from '../queries/compliance.ts';

export type CellCode = 'on_time' | 'grace' | 'late' | 'date_unknown' | 'no_data' | 'not_yet_due' | 'voluntary' | 'none';

export interface MatrixRow {
  iso3: string;
  name: string;
  region: string | null;
  regionLabel: string;
  eif: string;
  initial: string;
  /** ATT status per year of `years` (same order). */
  att: CellCode[];
  /** Flags of the ATT report per year (same order): restricted (not public), nil, withheld. */
  flags: Flag[][];
  unroca: number[];
  coarm: number[];
}

export type Flag = 'restricted' | 'nil' | 'withheld';

export function matrixCells(annual: readonly AnnualRow[], years: readonly number[]): { att: CellCode[]; flags: Flag[][] } {
  const byYear = new Map(annual.map((r) => [r.year, r]));
  const att = years.map((y): CellCode => {
    const r = byYear.get(y);
    if (!r) return 'none';
    return r.obliged ? r.status : 'voluntary';
  });
  const flags = years.map((y): Flag[] => {
    const r = byYear.get(y);
    if (!r || r.versions === 0) return [];
    const out: Flag[] = [];
    if (r.is_public === false) out.push('restricted');
    if (r.is_nil) out.push('nil');
    if (r.sensitive_withheld) out.push('withheld');
    return out;
  });
  return { att, flags };
}
