/**
 * What the data covers, per source: years, reporting States and reports, read from the reports
 * and licence_items tables at build time and joined to the manifest's source list (titles, licences, row counts).
 */

import { isOwnTable, ownTableYearsQuery, type SourceYears, sourceYearsQuery } from '../queries/coverage.ts';
import type { Lang } from '../i18n/index.ts';
import { SOURCE_TEXT } from '../i18n/sourceTitles.ts';
import type { Manifest, ManifestSource } from '../schema/manifest.ts';
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';

export interface SourceCoverage {
  source: ManifestSource;
  yearMin: number | null;
  yearMax: number | null;
  reporters: number;
  reports: number;
}

export async function sourceCoverage(manifest: Manifest, dir = dataDir()): Promise<SourceCoverage[]> {
  // Licence items (licence_items) have no reports: their years and reporters count too.
  const rows = hasTable('reports', dir) ? await queryRows<SourceYears>(sourceYearsQuery(hasTable('licence_items', dir)), dir) : [];
  const by = new Map(rows.map((r) => [r.source_id, r]));
  const own = await ownTableCoverage(manifest, dir);
  return manifest.sources.map((source) => {
    const r = by.get(source.id) ?? own.get(source.id);
    return { source, yearMin: r?.year_min ?? null, yearMax: r?.year_max ?? null, reporters: r?.reporters ?? 0, reports: r?.reports ?? 0 };
  });
}

/** Years and reporting States of the sources that fill tables of their own (no reports), from those tables. */
async function ownTableCoverage(manifest: Manifest, dir: string): Promise<Map<string, SourceYears>> {
  const out = new Map<string, SourceYears>();
  for (const source of manifest.sources) {
    const table = Object.keys(source.tableRows ?? {})[0];
    if (!table || !isOwnTable(table) || !hasTable(table, dir)) continue;
    const [r] = await queryRows<SourceYears>(ownTableYearsQuery(table, source.id), dir);
    if (r) out.set(source.id, r);
  }
  return out;
}

/** Rows of a published table according to the manifest (0 when the table is absent). */
export function tableRows(manifest: Manifest, name: string): number {
  return manifest.tables.find((t) => t.name === name)?.rows ?? 0;
}

/**
 * A source's title in the page's language (i18n/sourceTitles.ts), for chart source lines, cards,
 * option lists and the footer. A source missing there (a test fixture's) keeps the manifest's title.
 */
export function sourceTitle(manifest: Manifest, id: string, lang: Lang): string {
  return SOURCE_TEXT[id]?.title[lang] ?? manifest.sources.find((s) => s.id === id)?.title ?? id;
}

/** A source's one-sentence caveat in the page's language, or null when only the manifest's English caveats exist. */
export function sourceCaveat(id: string, lang: Lang): string | null {
  return SOURCE_TEXT[id]?.caveat[lang] ?? null;
}

/** Every source's title in the page's language, joined: the source line of charts drawn from all of them. */
export function allSourceTitles(manifest: Manifest, lang: Lang): string {
  return manifest.sources.map((s) => sourceTitle(manifest, s.id, lang)).join('; ');
}
