/**
 * One State's row of the compliance matrix: per year, the cell code (the annual report's status,
 * "voluntary" for a report in a year without obligation, "none" for a year without either) and the
 * flags of the report the data holds (not public, nil, information withheld).
 */
import type { CellCode, Flag } from '../islands/ComplianceMatrix.tsx';
import type { AnnualRow } from '../queries/compliance.ts';

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
