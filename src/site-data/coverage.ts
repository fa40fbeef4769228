/**
 * What the data covers, per source: years, reporting States and reports, read from the reports
 * and licence_items tables at build time and joined to the manifest's source list (titles, licences, row counts).
 */
import { dataDir } from './dataDir.ts';
import { hasTable, query } from './db.ts';
import type { Manifest, ManifestSource } from '../schema/manifest.ts';

export interface SourceCoverage {
  source: ManifestSource;
  yearMin: number | null;
  yearMax: number | null;
  reporters: number;
  reports: number;
}

export async function sourceCoverage(manifest: Manifest, dir = dataDir()): Promise<SourceCoverage[]> {
  // Licence items (licence_items) have no reports: their years and reporters count too.
  const parts = [
    ...(hasTable('reports', dir) ? [`SELECT source_id, year, reporter_iso3, 1 AS report FROM reports`] : []),
    ...(hasTable('licence_items', dir) ? [`SELECT source_id, year, reporter_iso3, 0 AS report FROM licence_items`] : []),
  ];
  const rows = parts.length
    ? await query<{ source_id: string; year_min: number | null; year_max: number | null; reporters: number; reports: number }>(
        `SELECT source_id, min(year)::INTEGER AS year_min, max(year)::INTEGER AS year_max,
                count(DISTINCT reporter_iso3)::INTEGER AS reporters, sum(report)::INTEGER AS reports
           FROM (${parts.join(' UNION ALL ')}) GROUP BY source_id`,
        [],
        dir,
      )
    : [];
  const by = new Map(rows.map((r) => [r.source_id, r]));
  return manifest.sources.map((source) => {
    const r = by.get(source.id);
    return { source, yearMin: r?.year_min ?? null, yearMax: r?.year_max ?? null, reporters: r?.reporters ?? 0, reports: r?.reports ?? 0 };
  });
}

/** Rows of a published table according to the manifest (0 when the table is absent). */
export function tableRows(manifest: Manifest, name: string): number {
  return manifest.tables.find((t) => t.name === name)?.rows ?? 0;
}

/** Source titles by id, for chart source lines. */
export function sourceTitle(manifest: Manifest, id: string): string {
  return manifest.sources.find((s) => s.id === id)?.title ?? id;
}
