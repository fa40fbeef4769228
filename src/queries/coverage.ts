/** Per source: the years its reports cover, how many States reported and how many reports. */
import type { Query } from '../db/query.ts';
import { reports } from '../schema/index.ts';

export interface SourceYears {
  source_id: string;
  year_min: number | null;
  year_max: number | null;
  reporters: number;
  reports: number;
}

export function sourceYearsQuery(): Query {
  return {
    sql: `SELECT source_id, min(year)::INTEGER AS year_min, max(year)::INTEGER AS year_max,
                count(DISTINCT reporter_iso3)::INTEGER AS reporters, count(*)::INTEGER AS reports
           FROM ${reports.name} GROUP BY source_id`,
    params: [],
    tables: [reports.name],
  };
}
