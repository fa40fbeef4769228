/**
 * What the SQL console's charts say about their sources, read at build time: the sources of each
 * published table, their titles, and the years each source covers.
 */
import { tableSources, tableSourcesQuery, tablesWithSources, type TableSourceRow } from '../queries/tableSources.ts';
import type { SourceYears } from '../queries/yearCoverage.ts';
import type { Lang } from '../i18n/index.ts';
import type { Manifest } from '../schema/manifest.ts';
import type { SqlChartContext } from '../specs/sqlChartCaption.ts';
import { sourceTitle } from './coverage.ts';
import { hasTable, queryRows } from './db.ts';
import { buildYearCoverage } from './yearCoverage.ts';

export async function sqlChartContext(manifest: Manifest, lang: Lang): Promise<SqlChartContext & { coverage: SourceYears[] }> {
  const tables = tablesWithSources(manifest.tables.map((tb) => tb.name).filter((name) => hasTable(name)));
  const rows = tables.length ? await queryRows<TableSourceRow>(tableSourcesQuery(tables)) : [];
  return {
    sourceTitles: Object.fromEntries(manifest.sources.map((s) => [s.id, sourceTitle(manifest, s.id, lang)])),
    tableSources: tableSources(rows),
    coverage: await buildYearCoverage(),
  };
}
