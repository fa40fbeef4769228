/**
 * Cross-report consistency ("divergences"), three ways:
 *
 * 1. Mirror analysis: an exporter's report and the importer's report on the same pair, year, basis
 *    and ATT category (the crosswalk is the common ground between schemes). Items are compared
 *    directly; values only where both sides used one and the same currency (never converted).
 *    Measures as in trade statistics: difference (exporter − importer), ratio (exporter / importer)
 *    and symmetric relative difference 2(x − m)/(x + m), which lies in [−2, 2] and is ±2 when one
 *    side reports nothing. Only pairs where both States reported in that direction that year are
 *    compared: a State that did not report cannot disagree. Facts without a partner cannot be paired.
 *    UN Register facts are paired on their own, by Register category (registerMirrors.ts), so that a
 *    transfer a State reported both to the Register and in another instrument is not counted twice.
 * 2. Same State, two instruments: what one State reported in two channels for the same years, by
 *    year, destination and category (e.g. the UK's EU COARM figures vs its licence data). Licence
 *    counts are compared; values are shown side by side in their own currencies.
 * 3. Printed totals vs the sum of their lines, per report (the pipeline's reconciliation table).
 */
import type { Query } from '../db/query.ts';

/** The three discrepancy measures of x (first side) and m (second side); NULL where undefined. */
export const measures = (x: string, m: string, prefix: string) => `(${x} - ${m})::DOUBLE AS ${prefix}difference,
       CASE WHEN ${m} <> 0 THEN (${x} / ${m})::DOUBLE END AS ${prefix}ratio,
       CASE WHEN ${x} + ${m} <> 0 THEN (2.0 * (${x} - ${m}) / (${x} + ${m}))::DOUBLE END AS ${prefix}srd`;

const MIRROR = `sides AS (
  SELECT CASE WHEN direction = 'export' THEN reporter_iso3 ELSE partner_iso3 END AS exporter,
         CASE WHEN direction = 'export' THEN partner_iso3 ELSE reporter_iso3 END AS importer,
         direction, year::INTEGER AS year, basis, att_category, items, value, currency
    FROM transfers
   WHERE reporter_iso3 IS NOT NULL AND partner_iso3 IS NOT NULL AND att_category IS NOT NULL
     AND category_scheme <> 'UNROCA'
),
side AS (
  SELECT direction, exporter, importer, year, basis, att_category,
         sum(items)::DOUBLE AS items,
         CASE WHEN count(DISTINCT currency) = 1 AND count(value) = count(*) THEN sum(value)::DOUBLE END AS value,
         CASE WHEN count(DISTINCT currency) = 1 THEN max(currency) END AS currency,
         count(*)::INTEGER AS facts
    FROM sides
   GROUP BY ALL
),
-- Who reported that year is read from the same instruments as the pairs: an importer that reported
-- only to the UN Register (whose pairs are a section of their own) has not reported this pair as 0.
exporting AS (SELECT DISTINCT reporter_iso3 AS iso3, year::INTEGER AS year FROM transfers WHERE direction = 'export' AND category_scheme <> 'UNROCA'),
importing AS (SELECT DISTINCT reporter_iso3 AS iso3, year::INTEGER AS year FROM transfers WHERE direction = 'import' AND category_scheme <> 'UNROCA'),
x AS (SELECT * FROM side WHERE direction = 'export'),
m AS (SELECT * FROM side WHERE direction = 'import'),
pairs AS (
  SELECT coalesce(x.exporter, m.exporter) AS exporter, coalesce(x.importer, m.importer) AS importer,
         coalesce(x.year, m.year) AS year, coalesce(x.basis, m.basis) AS basis, coalesce(x.att_category, m.att_category) AS att_category,
         x.items AS exporter_items, m.items AS importer_items,
         x.value AS exporter_value, x.currency AS exporter_currency, m.value AS importer_value, m.currency AS importer_currency,
         CASE WHEN x.exporter IS NULL THEN 'importer_only' WHEN m.exporter IS NULL THEN 'exporter_only' ELSE 'both' END AS reported_by
    FROM x
    FULL JOIN m ON m.exporter = x.exporter AND m.importer = x.importer AND m.year = x.year AND m.basis = x.basis AND m.att_category = x.att_category
)`;

export interface MirrorRow {
  exporter: string;
  importer: string;
  year: number;
  basis: string;
  att_category: string;
  reported_by: 'both' | 'exporter_only' | 'importer_only';
  exporter_items: number | null;
  importer_items: number | null;
  items_difference: number | null;
  items_ratio: number | null;
  items_srd: number | null;
  exporter_value: number | null;
  exporter_currency: string | null;
  importer_value: number | null;
  importer_currency: string | null;
  value_difference: number | null;
  value_ratio: number | null;
  value_srd: number | null;
}

/** A mirror row's columns in the order the page's table and CSV give them. */
export const MIRROR_COLUMNS = [
  'exporter',
  'importer',
  'year',
  'basis',
  'att_category',
  'reported_by',
  'exporter_items',
  'importer_items',
  'items_difference',
  'items_ratio',
  'items_srd',
  'exporter_value',
  'exporter_currency',
  'importer_value',
  'importer_currency',
  'value_difference',
  'value_ratio',
  'value_srd',
] as const satisfies readonly (keyof MirrorRow)[];

/**
 * Mirror pairs with their discrepancies, largest first (by absolute symmetric relative difference of
 * items, then of values). A side that reported the pair's year but not the pair counts as 0 items.
 */
export function mirrorQuery(limit = 200): Query {
  // Items are compared only when a side gave items: two value-only sides have no items difference, not 0.
  const anyItems = 'exporter_items IS NOT NULL OR importer_items IS NOT NULL';
  const xi = `CASE WHEN ${anyItems} THEN coalesce(exporter_items, 0) END`;
  const mi = `CASE WHEN ${anyItems} THEN coalesce(importer_items, 0) END`;
  const sameCurrency = `exporter_currency = importer_currency`;
  const sql = `WITH ${MIRROR}
SELECT p.exporter, p.importer, p.year, p.basis, p.att_category, p.reported_by,
       p.exporter_items, p.importer_items,
       ${measures(xi, mi, 'items_')},
       p.exporter_value, p.exporter_currency, p.importer_value, p.importer_currency,
       CASE WHEN ${sameCurrency} THEN (exporter_value - importer_value)::DOUBLE END AS value_difference,
       CASE WHEN ${sameCurrency} AND importer_value <> 0 THEN (exporter_value / importer_value)::DOUBLE END AS value_ratio,
       CASE WHEN ${sameCurrency} AND exporter_value + importer_value <> 0 THEN (2.0 * (exporter_value - importer_value) / (exporter_value + importer_value))::DOUBLE END AS value_srd
  FROM pairs p
  JOIN exporting e ON e.iso3 = p.exporter AND e.year = p.year
  JOIN importing i ON i.iso3 = p.importer AND i.year = p.year
 ORDER BY abs(items_srd) DESC NULLS LAST, abs(value_srd) DESC NULLS LAST, p.year, p.exporter, p.importer, p.att_category, p.basis
 LIMIT ?`;
  return { sql, params: [limit], tables: ['transfers'] };
}

export interface MirrorCoverageRow {
  direction: 'export' | 'import';
  reporters: number;
  facts: number;
  no_partner: number;
  no_att_category: number;
  pairable: number;
}

/** Why pairs exist or not: facts per direction, and how many name a partner and map to an ATT category. */
export function mirrorCoverageQuery(): Query {
  const sql = `SELECT direction,
       count(DISTINCT reporter_iso3)::INTEGER AS reporters,
       count(*)::INTEGER AS facts,
       count(*) FILTER (WHERE partner_iso3 IS NULL)::INTEGER AS no_partner,
       count(*) FILTER (WHERE att_category IS NULL)::INTEGER AS no_att_category,
       count(*) FILTER (WHERE partner_iso3 IS NOT NULL AND att_category IS NOT NULL AND reporter_iso3 IS NOT NULL)::INTEGER AS pairable
  FROM transfers
 GROUP BY direction
 ORDER BY direction`;
  return { sql, params: [], tables: ['transfers'] };
}

/** One side of the two-instrument comparison: authorized ML facts of one State in one instrument. */
const channel = (name: string) => `${name} AS (
  SELECT t.year::INTEGER AS year, t.partner_iso3 AS partner, t.category_code AS category,
         sum(t.licences)::DOUBLE AS licences,
         CASE WHEN count(DISTINCT t.currency) = 1 THEN sum(t.value)::DOUBLE END AS value,
         CASE WHEN count(DISTINCT t.currency) = 1 THEN max(t.currency) END AS currency
    FROM transfers t
    JOIN reports r ON r.report_id = t.report_id
   WHERE r.instrument = ? AND t.reporter_iso3 = ? AND t.basis = 'authorized' AND t.category_scheme = 'ML'
   GROUP BY ALL
)`;

const TWO_CHANNELS = `${channel('a')},
${channel('b')},
common_years AS (SELECT year FROM a INTERSECT SELECT year FROM b),
cells AS (
  SELECT coalesce(a.year, b.year) AS year, coalesce(a.partner, b.partner) AS partner, coalesce(a.category, b.category) AS category,
         a.licences AS a_licences, b.licences AS b_licences,
         a.value AS a_value, a.currency AS a_currency, b.value AS b_value, b.currency AS b_currency
    FROM a
    FULL JOIN b ON b.year = a.year AND b.partner IS NOT DISTINCT FROM a.partner AND b.category = a.category
   WHERE coalesce(a.year, b.year) IN (SELECT year FROM common_years)
)`;

export interface ChannelCell {
  year: number;
  partner: string | null;
  category: string;
  a_licences: number | null;
  b_licences: number | null;
  licences_difference: number;
  licences_ratio: number | null;
  licences_srd: number | null;
  a_value: number | null;
  a_currency: string | null;
  b_value: number | null;
  b_currency: string | null;
}

/**
 * Same State, two instruments, by year, destination and ML category, for the years both cover;
 * largest divergences in licence counts first. Parameters: instrument A, instrument B, the State.
 */
export function twoChannelsQuery(instrumentA: string, instrumentB: string, iso3: string, limit = 200): Query {
  const xa = 'coalesce(a_licences, 0)';
  const xb = 'coalesce(b_licences, 0)';
  const sql = `WITH ${TWO_CHANNELS}
SELECT year, partner, category, a_licences, b_licences,
       ${measures(xa, xb, 'licences_')},
       a_value, a_currency, b_value, b_currency
  FROM cells
 ORDER BY abs(${xa} - ${xb}) DESC, year, partner, category
 LIMIT ?`;
  return { sql, params: [instrumentA, iso3, instrumentB, iso3, limit], tables: ['transfers', 'reports'] };
}

export interface ChannelYear {
  year: number;
  cells: number;
  cells_both: number;
  a_licences: number;
  b_licences: number;
  licences_difference: number;
  licences_ratio: number | null;
  licences_srd: number | null;
  a_value: number | null;
  a_currency: string | null;
  b_value: number | null;
  b_currency: string | null;
}

/** The same comparison summed per year (values per side in that side's single currency). */
export function twoChannelsByYearQuery(instrumentA: string, instrumentB: string, iso3: string): Query {
  const sql = `WITH ${TWO_CHANNELS},
years AS (
  SELECT year, count(*)::INTEGER AS cells,
         count(*) FILTER (WHERE a_licences IS NOT NULL AND b_licences IS NOT NULL)::INTEGER AS cells_both,
         coalesce(sum(a_licences), 0)::DOUBLE AS a_licences, coalesce(sum(b_licences), 0)::DOUBLE AS b_licences,
         CASE WHEN count(DISTINCT a_currency) = 1 THEN sum(a_value)::DOUBLE END AS a_value,
         CASE WHEN count(DISTINCT a_currency) = 1 THEN max(a_currency) END AS a_currency,
         CASE WHEN count(DISTINCT b_currency) = 1 THEN sum(b_value)::DOUBLE END AS b_value,
         CASE WHEN count(DISTINCT b_currency) = 1 THEN max(b_currency) END AS b_currency
    FROM cells
   GROUP BY year
)
SELECT year, cells, cells_both, a_licences, b_licences,
       ${measures('a_licences', 'b_licences', 'licences_')},
       a_value, a_currency, b_value, b_currency
  FROM years
 ORDER BY year`;
  return { sql, params: [instrumentA, iso3, instrumentB, iso3], tables: ['transfers', 'reports'] };
}

export interface ReconciliationReportRow {
  report_id: string;
  source_id: string;
  reporter_iso3: string | null;
  year: number;
  measure: string;
  currency: string | null;
  totals: number;
  matched: number;
  mismatched: number;
  no_lines: number;
  reported_sum: number;
  lines_sum: number | null;
  abs_difference: number;
}

/** Per report and measure: printed totals that match the sum of their lines, that do not, and that have no lines. */
export function reconciliationByReportQuery(): Query {
  const sql = `SELECT report_id, source_id, reporter_iso3, year::INTEGER AS year, measure, currency,
       count(*)::INTEGER AS totals,
       count(*) FILTER (WHERE status = 'match')::INTEGER AS matched,
       count(*) FILTER (WHERE status = 'mismatch')::INTEGER AS mismatched,
       count(*) FILTER (WHERE status = 'no_lines')::INTEGER AS no_lines,
       sum(reported_total)::DOUBLE AS reported_sum,
       sum(lines_sum)::DOUBLE AS lines_sum,
       coalesce(sum(abs(difference)) FILTER (WHERE status = 'mismatch'), 0)::DOUBLE AS abs_difference
  FROM reconciliation
 WHERE report_id IS NOT NULL
 GROUP BY ALL
 ORDER BY mismatched DESC, abs_difference DESC, year, reporter_iso3, measure`;
  return { sql, params: [], tables: ['reconciliation'] };
}

/** Printed totals that differ from the sum of their lines, largest symmetric relative difference first (measures differ in unit). */
export function largestMismatchesQuery(limit = 50): Query {
  const sql = `SELECT year::INTEGER AS year, reporter_iso3, reporter_name, partner_iso3, partner_name, category_code, measure, currency,
       reported_total, lines_sum, difference,
       CASE WHEN reported_total + lines_sum <> 0 THEN (2.0 * difference / (reported_total + lines_sum))::DOUBLE END AS srd,
       source_file, source_line
  FROM reconciliation
 WHERE status = 'mismatch'
 ORDER BY abs(srd) DESC NULLS LAST, abs(difference) DESC, year, reporter_iso3, source_line
 LIMIT ?`;
  return { sql, params: [limit], tables: ['reconciliation'] };
}
