/**
 * UN Register mirror pairs (part of the cross-report consistency analysis, divergences.ts).
 *
 * The Register asks both sides of a transfer to report it: the exporter in its exports table, the
 * importer in its imports table. The same transfer therefore appears twice in the data, once per
 * report — a mirror pair, not a duplicate. Here the two are set side by side: exporter's items vs
 * importer's items, same exporter, importer, year and Register category (VII.a missiles and VII.b
 * MANPADS apart; the Register's own codes, so no crosswalk blurs the comparison).
 *
 * - A side's items are the sum of its rows' numeric counts; rows whose count is text ("classified")
 *   are counted apart (items_text), never read as 0.
 * - Only pairs where both States' reports for that year are in the data are compared: a report page
 *   that was not scraped (or whose rows could not be attributed) cannot disagree. A side that reported
 *   that year but not the pair has 0 items (reported_by exporter_only / importer_only).
 * - Measures as in divergences.ts: difference (x − m), ratio (x / m), symmetric relative difference.
 */
import type { Query } from '../db/query.ts';

const PAIRS = `reg AS (
  SELECT CASE WHEN direction = 'export' THEN reporter_iso3 ELSE partner_iso3 END AS exporter,
         CASE WHEN direction = 'export' THEN partner_iso3 ELSE reporter_iso3 END AS importer,
         direction, year::INTEGER AS year, category_code AS category, items
    FROM transfers
   WHERE category_scheme = 'UNROCA' AND reporter_iso3 IS NOT NULL AND partner_iso3 IS NOT NULL
),
side AS (
  SELECT direction, exporter, importer, year, category,
         sum(items)::DOUBLE AS items,
         count(*) FILTER (WHERE items IS NULL)::INTEGER AS items_text,
         count(*)::INTEGER AS facts
    FROM reg
   GROUP BY ALL
),
reported AS (SELECT DISTINCT reporter_iso3 AS iso3, year::INTEGER AS year FROM transfers WHERE category_scheme = 'UNROCA' AND reporter_iso3 IS NOT NULL),
x AS (SELECT * FROM side WHERE direction = 'export'),
m AS (SELECT * FROM side WHERE direction = 'import'),
pairs AS (
  SELECT coalesce(x.exporter, m.exporter) AS exporter, coalesce(x.importer, m.importer) AS importer,
         coalesce(x.year, m.year) AS year, coalesce(x.category, m.category) AS category,
         x.items AS exporter_items, m.items AS importer_items,
         coalesce(x.items_text, 0) AS exporter_items_text, coalesce(m.items_text, 0) AS importer_items_text,
         CASE WHEN x.exporter IS NULL THEN 'importer_only' WHEN m.exporter IS NULL THEN 'exporter_only' ELSE 'both' END AS reported_by
    FROM x
    FULL JOIN m ON m.exporter = x.exporter AND m.importer = x.importer AND m.year = x.year AND m.category = x.category
),
compared AS (
  SELECT p.* FROM pairs p
    JOIN reported e ON e.iso3 = p.exporter AND e.year = p.year
    JOIN reported i ON i.iso3 = p.importer AND i.year = p.year
   WHERE p.exporter <> p.importer
)`;

export interface RegisterMirrorRow {
  exporter: string;
  importer: string;
  year: number;
  category: string;
  reported_by: 'both' | 'exporter_only' | 'importer_only';
  exporter_items: number | null;
  importer_items: number | null;
  exporter_items_text: number;
  importer_items_text: number;
  items_difference: number | null;
  items_ratio: number | null;
  items_srd: number | null;
}

/**
 * Pairs with their discrepancies: reported by both sides first, then largest absolute symmetric
 * relative difference of items. A side that did not report the pair counts as 0 items; where either
 * side gave a count as text, its total is incomplete and the measures are NULL.
 */
export function registerMirrorQuery(limit = 200): Query {
  const xi = 'coalesce(exporter_items, 0)';
  const mi = 'coalesce(importer_items, 0)';
  const full = 'exporter_items_text + importer_items_text = 0';
  const sql = `WITH ${PAIRS}
SELECT exporter, importer, year, category, reported_by,
       exporter_items, importer_items, exporter_items_text, importer_items_text,
       CASE WHEN ${full} THEN (${xi} - ${mi})::DOUBLE END AS items_difference,
       CASE WHEN ${full} AND ${mi} <> 0 THEN (${xi} / ${mi})::DOUBLE END AS items_ratio,
       CASE WHEN ${full} AND ${xi} + ${mi} <> 0 THEN (2.0 * (${xi} - ${mi}) / (${xi} + ${mi}))::DOUBLE END AS items_srd
  FROM compared
 ORDER BY reported_by = 'both' DESC, abs(items_srd) DESC NULLS LAST, year, exporter, importer, category
 LIMIT ?`;
  return { sql, params: [limit], tables: ['transfers'] };
}

export interface RegisterMirrorSummaryRow {
  reported_by: 'both' | 'exporter_only' | 'importer_only';
  pairs: number;
  items_agree: number;
  exporter_items: number;
  importer_items: number;
}

/** How many pairs each side reported, and how many of those reported by both agree on the items. */
export function registerMirrorSummaryQuery(): Query {
  const sql = `WITH ${PAIRS}
SELECT reported_by, count(*)::INTEGER AS pairs,
       count(*) FILTER (WHERE exporter_items IS NOT DISTINCT FROM importer_items AND exporter_items_text = importer_items_text)::INTEGER AS items_agree,
       coalesce(sum(exporter_items), 0)::DOUBLE AS exporter_items,
       coalesce(sum(importer_items), 0)::DOUBLE AS importer_items
  FROM compared
 GROUP BY reported_by
 ORDER BY CASE reported_by WHEN 'both' THEN 0 WHEN 'exporter_only' THEN 1 ELSE 2 END`;
  return { sql, params: [], tables: ['transfers'] };
}
