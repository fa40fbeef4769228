/**
 * A reader's own SIPRI trade register (table user_sipri_deliveries, only in their browser) set
 * beside what States reported: per supplier, recipient, delivery year and ATT category, SIPRI's
 * numbers delivered vs the items reported as actual exports by the supplier and as actual imports
 * by the recipient (UN Register, ATT annual reports, and the reader's own transcriptions).
 *
 * SIPRI's categories reach the ATT categories only through an approximate crosswalk
 * (src/reference/sipriCategories.ts): `crosswalk` says so per row, and rows of SIPRI categories
 * with no ATT counterpart (sensors, engines …) are listed with no category and nothing to compare.
 * A reported count given as text (items empty) adds nothing to the sums; `reported_rows` says how
 * many rows each sum has, so an empty sum is told apart from no report.
 */
import type { Query } from '../db/query.ts';

export const SIPRI_TABLE = 'user_sipri_deliveries';

const SQL = `WITH sipri AS (
  SELECT supplier_iso3, recipient_iso3, delivery_year::INTEGER AS year, att_category,
         string_agg(DISTINCT armament_category, ', ' ORDER BY armament_category) AS sipri_categories,
         sum(numbers_delivered)::DOUBLE AS sipri_delivered,
         bool_or(delivered_estimate) AS sipri_estimate,
         min(att_match) AS att_match,
         count(*)::INTEGER AS sipri_rows
    FROM ${SIPRI_TABLE}
   GROUP BY ALL
),
reported AS (
  SELECT CASE WHEN direction = 'export' THEN reporter_iso3 ELSE partner_iso3 END AS supplier_iso3,
         CASE WHEN direction = 'export' THEN partner_iso3 ELSE reporter_iso3 END AS recipient_iso3,
         direction, year::INTEGER AS year, att_category, items, att_match, source_id
    FROM transfers
   WHERE basis = 'actual' AND att_category IS NOT NULL AND reporter_iso3 IS NOT NULL AND partner_iso3 IS NOT NULL
),
side AS (
  SELECT supplier_iso3, recipient_iso3, year, att_category, direction,
         sum(items)::DOUBLE AS items, count(*)::INTEGER AS reported_rows,
         string_agg(DISTINCT source_id, ', ' ORDER BY source_id) AS sources,
         bool_or(att_match <> 'exact') AS approximate
    FROM reported
   GROUP BY ALL
)
SELECT s.supplier_iso3 AS supplier, s.recipient_iso3 AS recipient, s.year, s.att_category AS category,
       s.sipri_categories, s.sipri_delivered, s.sipri_estimate,
       x.items AS reported_by_supplier, coalesce(x.reported_rows, 0) AS supplier_rows,
       m.items AS reported_by_recipient, coalesce(m.reported_rows, 0) AS recipient_rows,
       concat_ws(', ', x.sources, m.sources) AS reported_sources,
       CASE WHEN s.att_category IS NULL THEN 'none' ELSE 'approximate' END AS crosswalk
  FROM sipri s
  LEFT JOIN side x ON x.direction = 'export' AND x.supplier_iso3 = s.supplier_iso3 AND x.recipient_iso3 = s.recipient_iso3 AND x.year = s.year AND x.att_category = s.att_category
  LEFT JOIN side m ON m.direction = 'import' AND m.supplier_iso3 = s.supplier_iso3 AND m.recipient_iso3 = s.recipient_iso3 AND m.year = s.year AND m.att_category = s.att_category
 ORDER BY s.year DESC, supplier, recipient, category NULLS LAST
 LIMIT ?`;

export interface SipriComparisonRow {
  supplier: string;
  recipient: string;
  year: number;
  category: string | null;
  sipri_categories: string;
  sipri_delivered: number | null;
  sipri_estimate: boolean;
  reported_by_supplier: number | null;
  supplier_rows: number;
  reported_by_recipient: number | null;
  recipient_rows: number;
  reported_sources: string;
  crosswalk: 'approximate' | 'none';
}

/** The comparison, newest year first; at most `limit` rows (a full SIPRI export has tens of thousands). */
export function sipriComparisonQuery(limit = 1000): Query {
  return { sql: SQL, params: [limit], tables: ['transfers'] };
}
