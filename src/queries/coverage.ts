/** Per source: the years its reports (and licence items, which have no reports) cover, how many States reported and how many reports. */
import type { Query } from '../db/query.ts';
import { euBrokering, euConsultations, euMissions, licenceItems, reports, type TableName } from '../schema/index.ts';

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

/**
 * Sources whose rows live in a table of their own (EU brokering, consultations, missions) have no
 * reports: the years their table covers and how many States reported in it (the broker, the
 * consulting Member State, the exporter), as SourceYears of the source that filled the table.
 */
const OWN_TABLE_REPORTER: ReadonlyMap<string, { table: TableName; reporter: string }> = new Map(
  (
    [
      [euBrokering.name, 'broker_iso3'],
      [euConsultations.name, "CASE WHEN subject = 'member_state' THEN state_iso3 END"],
      [euMissions.name, 'exporter_iso3'],
    ] as const
  ).map(([table, reporter]) => [table, { table: table as TableName, reporter }]),
);

export function isOwnTable(name: string): boolean {
  return OWN_TABLE_REPORTER.has(name);
}

export function ownTableYearsQuery(table: string, sourceId: string): Query {
  const own = OWN_TABLE_REPORTER.get(table);
  if (!own) throw new Error(`${table} is not a table of its own source`);
  return {
    sql: `SELECT ?::VARCHAR AS source_id, min(year)::INTEGER AS year_min, max(year)::INTEGER AS year_max,
                count(DISTINCT ${own.reporter})::INTEGER AS reporters, 0 AS reports
           FROM "${own.table}"`,
    params: [sourceId],
    tables: [own.table],
  };
}
