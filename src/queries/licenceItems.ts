/**
 * Licence items (table licence_items): licences granted for dual-use and special military goods,
 * item by item. Kept apart from transfers, so these queries never add them to export figures.
 */
import { licenceItems } from '../schema/licenceItems.ts';
import type { Query } from '../db/query.ts';

const T = licenceItems.name;

/** Per reporting State and year: items, distinct licences, items with a Military List entry, value by currency. */
export function licenceYearsQuery(): Query {
  return {
    sql: `SELECT reporter_iso3, year::INTEGER AS year, currency,
       count(*)::INTEGER AS items,
       count(DISTINCT licence_number)::INTEGER AS licences,
       count(ml_category)::INTEGER AS military_items,
       sum(value)::DOUBLE AS value
  FROM ${T}
 GROUP BY reporter_iso3, year, currency
 ORDER BY reporter_iso3, year, currency`,
    params: [],
    tables: [T],
  };
}

/** Every licence item of one reporting State, in date order: what a profile links to in the SQL console. */
export function licenceItemsOfQuery(reporterIso3: string): Query {
  return {
    sql: `SELECT licence_number, decision_date, partner_iso3, partner_name, control_ag, control_mtcr, control_nsg1, control_nsg2,
       control_wa, control_ml, control_gkv_annex5, control_chkv, ml_category, att_category, value, currency, source_file, source_line
  FROM ${T}
 WHERE reporter_iso3 = ?
 ORDER BY decision_date, licence_number, source_line`,
    params: [reporterIso3],
    tables: [T],
  };
}
