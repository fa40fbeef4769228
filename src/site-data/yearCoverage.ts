/**
 * The years each source covers (src/queries/yearCoverage.ts), read once per build for the charts
 * drawn at build time, and the same years per instrument for charts whose series are instruments
 * (reporting States per year: the UN Register's index and its transfers are one instrument).
 */
import { sourceYears, yearCoverageQuery, type SourceYears, type YearCoverageRow } from '../queries/yearCoverage.ts';
import type { Manifest } from '../schema/manifest.ts';
import { hasTable, queryRows } from './db.ts';

let cached: Promise<SourceYears[]> | null = null;

export function buildYearCoverage(): Promise<SourceYears[]> {
  cached ??= hasTable('transfers') && hasTable('reports') ? queryRows<YearCoverageRow>(yearCoverageQuery()).then((rows) => sourceYears(rows)) : Promise.resolve([]);
  return cached;
}

/** The years with reports of every source of `instrument`, as one entry named `name` (e.g. the series' label). */
export function instrumentReportYears(coverage: readonly SourceYears[], manifest: Manifest, instrument: string, name: string): SourceYears {
  const ids = new Set(manifest.sources.filter((s) => s.instrument === instrument).map((s) => s.id));
  const years = [...new Set(coverage.filter((c) => c.direction === null && ids.has(c.source)).flatMap((c) => c.years))].sort((a, b) => a - b);
  return { source: name, direction: null, years, partial: [] };
}
