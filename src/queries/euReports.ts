/**
 * The EU annual-report extracts on a country profile: per State and year, its brokering licence
 * entries (as the brokering Member State), its denial consultations (initiated, received, or
 * concerning it as a destination) and the entries of exports to missions it made or that went to
 * missions on its territory. Each table is counted on its own, then joined on State and year;
 * nothing here reads `transfers`, and no brokering figure is ever added to an export figure.
 */
import type { Param, Query } from '../db/query.ts';

export interface EuYearRow {
  iso3: string;
  year: number;
  brokering_issued: number | null;
  brokering_refused: number | null;
  /** Sum of the value of licensed items over issued entries that give one (EUR). */
  brokering_value: number | null;
  consult_initiated: number | null;
  consult_received: number | null;
  consult_concerning: number | null;
  missions_out: number | null;
  missions_in: number | null;
}

export function euYearsQuery(iso3?: string): Query {
  const params: Param[] = iso3 ? [iso3] : [];
  const where = iso3 ? 'WHERE iso3 = ?' : '';
  const sql = `WITH b AS (
  SELECT broker_iso3 AS iso3, year,
         count(*) FILTER (WHERE decision = 'issued') AS brokering_issued,
         count(*) FILTER (WHERE decision = 'refused') AS brokering_refused,
         sum(licensed_value) FILTER (WHERE decision = 'issued') AS brokering_value
    FROM eu_brokering GROUP BY ALL),
c AS (
  SELECT state_iso3 AS iso3, year, sum(initiated) AS consult_initiated, sum(received) AS consult_received, sum(concerning) AS consult_concerning
    FROM eu_consultations GROUP BY ALL),
mo AS (SELECT exporter_iso3 AS iso3, year, count(*) AS missions_out FROM eu_missions GROUP BY ALL),
mi AS (SELECT destination_iso3 AS iso3, year, count(*) AS missions_in FROM eu_missions GROUP BY ALL),
k AS (SELECT iso3, year FROM b UNION SELECT iso3, year FROM c UNION SELECT iso3, year FROM mo UNION SELECT iso3, year FROM mi)
SELECT iso3, year::INTEGER AS year,
       nullif(brokering_issued, 0)::INTEGER AS brokering_issued, nullif(brokering_refused, 0)::INTEGER AS brokering_refused, brokering_value::DOUBLE AS brokering_value,
       consult_initiated::INTEGER AS consult_initiated, consult_received::INTEGER AS consult_received, consult_concerning::INTEGER AS consult_concerning,
       missions_out::INTEGER AS missions_out, missions_in::INTEGER AS missions_in
  FROM k LEFT JOIN b USING (iso3, year) LEFT JOIN c USING (iso3, year) LEFT JOIN mo USING (iso3, year) LEFT JOIN mi USING (iso3, year)
 ${where}
 ORDER BY iso3, year`;
  return { sql, params, tables: ['eu_brokering', 'eu_consultations', 'eu_missions'] };
}

/** The rows behind one table's figures for a State, for the SQL console. */
export function euRowsQuery(table: 'eu_brokering' | 'eu_consultations' | 'eu_missions', iso3: string): Query {
  const where = {
    eu_brokering: 'broker_iso3 = ?',
    eu_consultations: 'state_iso3 = ?',
    eu_missions: '(exporter_iso3 = ? OR destination_iso3 = ?)',
  }[table];
  return { sql: `SELECT * FROM ${table} WHERE ${where} ORDER BY year, source_line`, params: table === 'eu_missions' ? [iso3, iso3] : [iso3], tables: [table] };
}
