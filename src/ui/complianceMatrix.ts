/**
 * One State's row of the compliance matrix: per year, the cell code (the annual report's status,
 * "voluntary" for a report in a year without obligation, "none" for a year without either) and the
 * flags of the report the data holds (not public, nil, information withheld).
 */
import { GRACE_DAYS, type AnnualRow } from '../queries/compliance.ts';

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

/**
 * The cell of a State-year for which the reader's own file (the "Your data" page) holds an ATT
 * annual report: the status its submission date gives against the deadline (31 May of the next
 * year, GRACE_DAYS of grace), as the compliance query computes it; a year without obligation makes
 * it voluntary. A report the published data already holds keeps its own cell.
 */
export function cellWithUserReport(current: CellCode, year: number, submitted: string | null): CellCode {
  if (current === 'none' || current === 'voluntary') return 'voluntary';
  if (current !== 'no_data' && current !== 'not_yet_due') return current;
  if (submitted === null) return 'date_unknown';
  const deadline = `${year + 1}-05-31`;
  const grace = new Date(Date.UTC(year + 1, 4, 31 + GRACE_DAYS)).toISOString().slice(0, 10);
  if (submitted <= deadline) return 'on_time';
  if (submitted <= grace) return 'grace';
  return 'late';
}
