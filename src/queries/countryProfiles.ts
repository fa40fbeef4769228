/**
 * The grouped queries behind the country pages, for every State at once (src/site-data/
 * countryProfiles.ts splits their rows by State): a State appears on either side of a transfer,
 * as exporter or importer, in its own reports or in other States' reports.
 */
import type { Query } from '../db/query.ts';
import { ident, sql, toQuery } from './sql.ts';

const T = ident('transfers');

/**
 * Facts without a value (licence counts, refusals) join their source's currency flow when the
 * source uses a single currency: their values are null, so nothing in another currency is ever
 * added, and the flow keeps its licence counts. A source with several currencies keeps them apart.
 */
const FACTS = sql`
  (SELECT t.* REPLACE (coalesce(t.currency, c.currency) AS currency)
     FROM ${T} t
     LEFT JOIN (SELECT source_id, max(currency) AS currency FROM ${T} GROUP BY source_id HAVING count(DISTINCT currency) = 1) c
       ON c.source_id = t.source_id)`;

// The State's side of a transfer and the counterpart, for each reported direction; States not named drop out.
const SIDES = sql`(
  SELECT *, reporter_iso3 AS iso3, partner_iso3 AS other, 'exporter' AS role FROM ${FACTS} WHERE direction = 'export'
  UNION ALL SELECT *, partner_iso3, reporter_iso3, 'importer' FROM ${FACTS} WHERE direction = 'export'
  UNION ALL SELECT *, reporter_iso3, partner_iso3, 'importer' FROM ${FACTS} WHERE direction = 'import'
  UNION ALL SELECT *, partner_iso3, reporter_iso3, 'exporter' FROM ${FACTS} WHERE direction = 'import') s WHERE iso3 IS NOT NULL`;

const MEASURES = sql`sum(value)::DOUBLE AS value, sum(licences)::BIGINT AS licences, sum(items)::BIGINT AS items, count(*)::INTEGER AS facts`;
const GROUP = sql`iso3, role, direction, source_id, currency, basis`;

/** One row per State, side, reported direction, source, currency, basis and year, in year order (then basis, so ties keep one order from build to build). */
export function profileYearsQuery(): Query {
  return toQuery(sql`SELECT ${GROUP}, year::INTEGER AS year, ${MEASURES} FROM ${SIDES} GROUP BY ALL ORDER BY year, basis`, ['transfers']);
}

/** What a profile ranks: the counterpart State, or the category as `scheme:code`. */
export type ProfileTopKey = 'partner' | 'category';

const KEY = { partner: sql`other`, category: sql`category_scheme || ':' || category_code` } as const;

/**
 * The `top` counterparts or categories of each flow and basis (same grouping as the years),
 * ranked by value, then items, licences, facts, then the key so ties have one order.
 */
export function profileTopQuery(key: ProfileTopKey, top: number): Query {
  return toQuery(
    sql`SELECT * FROM (SELECT ${GROUP}, ${KEY[key]} AS key, ${MEASURES} FROM ${SIDES} GROUP BY ALL) QUALIFY row_number() OVER (PARTITION BY ${GROUP} ORDER BY value DESC NULLS LAST, items DESC NULLS LAST, licences DESC NULLS LAST, facts DESC, key) <= ${top}`,
    ['transfers'],
  );
}

/** Every counterpart of each flow and basis (same grouping as the years), for the profile's world map. */
export function profilePartnersQuery(): Query {
  return toQuery(sql`SELECT ${GROUP}, other AS key, ${MEASURES} FROM ${SIDES} GROUP BY ALL`, ['transfers']);
}

/**
 * Reports per State, instrument and year (year null for initial reports). A report is one
 * instrument, State, year and version: two sources describing the same report (the UN Register
 * index and the Register's transfer tables) count it once.
 */
export function profileReportsQuery(): Query {
  return toQuery(
    sql`SELECT reporter_iso3 AS iso3, instrument, year::INTEGER AS year, count(DISTINCT version)::INTEGER AS reports, bool_or(is_nil) AS nil
         FROM ${ident('reports')} WHERE reporter_iso3 IS NOT NULL GROUP BY ALL ORDER BY instrument, year`,
    ['reports'],
  );
}
