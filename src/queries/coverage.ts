/** Per source: the years its reports (and licence items, which have no reports) cover, how many States reported and how many reports. */
import type { Query } from '../db/query.ts';
import { licenceItems, reports } from '../schema/index.ts';

export interface SourceYears {
  source_id: string;
  year_min: number | null;
  year_max: number | null;
  reporters: number;
  reports: number;
}

/** `withLicenceItems`: include the licence_items table (absent from older builds). */
export function sourceYearsQuery(withLicenceItems = true): Query {
  const parts = [`SELECT source_id, year, reporter_iso3, 1 AS report FROM ${reports.name}`];
  if (withLicenceItems) parts.push(`SELECT source_id, year, reporter_iso3, 0 AS report FROM ${licenceItems.name}`);
  return {
    sql: `SELECT source_id, min(year)::INTEGER AS year_min, max(year)::INTEGER AS year_max,
                count(DISTINCT reporter_iso3)::INTEGER AS reporters, sum(report)::INTEGER AS reports
           FROM (${parts.join(' UNION ALL ')}) GROUP BY source_id`,
    params: [],
    tables: withLicenceItems ? [reports.name, licenceItems.name] : [reports.name],
  };
}
