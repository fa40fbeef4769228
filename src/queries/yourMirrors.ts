/**
 * Mirror pairs of a reader's own file (Your data page) against the published reports: the file's
 * exports beside the partners' reported imports, and its imports beside the partners' reported
 * exports, per pair, year, basis and ATT category — the published mirror analysis (divergences.ts)
 * with the same measures (difference, ratio, symmetric relative difference, exporter − importer).
 *
 * What differs, and why:
 * - One side is always the reader's file (source `your-file`), the other the published rows only.
 * - The partner's side is kept apart per instrument (the UN Register, EU COARM, an ATT report …):
 *   a State that reported one transfer in two instruments would otherwise count it twice. That is
 *   also why the UN Register is included here, where the published analysis pairs it on its own
 *   (registerMirrors.ts): each row says which instrument the partner's figures come from.
 * - As in the published analysis, only sides that reported in that direction that year are
 *   compared (the file for its State, the partner in that instrument); a side that reported the
 *   year but not the pair counts 0 items.
 */
import type { Query } from '../db/query.ts';
import type { Lang } from '../i18n/index.ts';
import { USER_SOURCE_ID } from '../schema/userSource.ts';
import { type MirrorRow, measures } from './divergences.ts';

const NAME_COLUMN: Record<Lang, string> = { en: 'name_en', fr: 'name_fr', es: 'name_es' };

const YOUR_MIRROR = `facts AS (
  SELECT t.reporter_iso3 AS reporter, t.partner_iso3 AS partner, t.direction, t.year::INTEGER AS year,
         t.basis, t.att_category, t.items, t.value, t.currency,
         t.source_id = ? AS yours, r.instrument
    FROM transfers t
    JOIN reports r ON r.report_id = t.report_id
   WHERE t.reporter_iso3 IS NOT NULL
),
side AS (
  SELECT yours, instrument, reporter, partner, direction, year, basis, att_category,
         sum(items)::DOUBLE AS items,
         CASE WHEN count(DISTINCT currency) = 1 AND count(value) = count(*) THEN sum(value)::DOUBLE END AS value,
         CASE WHEN count(DISTINCT currency) = 1 THEN max(currency) END AS currency
    FROM facts
   WHERE partner IS NOT NULL AND att_category IS NOT NULL
   GROUP BY ALL
),
mine AS (SELECT * FROM side WHERE yours),
theirs AS (SELECT * FROM side WHERE NOT yours),
your_years AS (SELECT DISTINCT reporter, direction, year FROM facts WHERE yours),
their_years AS (SELECT DISTINCT reporter, direction, year, instrument FROM facts WHERE NOT yours),
keys AS (
  SELECT m.reporter, m.partner, m.direction, m.year, m.basis, m.att_category, c.instrument
    FROM mine m
    JOIN their_years c ON c.reporter = m.partner AND c.direction <> m.direction AND c.year = m.year
  UNION
  SELECT o.partner, o.reporter, y.direction, o.year, o.basis, o.att_category, o.instrument
    FROM theirs o
    JOIN your_years y ON y.reporter = o.partner AND y.direction <> o.direction AND y.year = o.year
),
pairs AS (
  SELECT CASE WHEN k.direction = 'export' THEN k.reporter ELSE k.partner END AS exporter,
         CASE WHEN k.direction = 'export' THEN k.partner ELSE k.reporter END AS importer,
         k.year, k.basis, k.att_category,
         CASE WHEN k.direction = 'export' THEN 'exporter' ELSE 'importer' END AS your_side,
         k.instrument AS partner_instrument,
         CASE WHEN k.direction = 'export' THEN m.items ELSE o.items END AS exporter_items,
         CASE WHEN k.direction = 'export' THEN o.items ELSE m.items END AS importer_items,
         CASE WHEN k.direction = 'export' THEN m.value ELSE o.value END AS exporter_value,
         CASE WHEN k.direction = 'export' THEN m.currency ELSE o.currency END AS exporter_currency,
         CASE WHEN k.direction = 'export' THEN o.value ELSE m.value END AS importer_value,
         CASE WHEN k.direction = 'export' THEN o.currency ELSE m.currency END AS importer_currency,
         CASE WHEN m.reporter IS NOT NULL AND o.reporter IS NOT NULL THEN 'both'
              WHEN (m.reporter IS NOT NULL) = (k.direction = 'export') THEN 'exporter_only'
              ELSE 'importer_only' END AS reported_by
    FROM keys k
    LEFT JOIN mine m ON m.reporter = k.reporter AND m.partner = k.partner AND m.direction = k.direction
         AND m.year = k.year AND m.basis = k.basis AND m.att_category = k.att_category
    LEFT JOIN theirs o ON o.reporter = k.partner AND o.partner = k.reporter AND o.direction <> k.direction
         AND o.year = k.year AND o.basis = k.basis AND o.att_category = k.att_category AND o.instrument = k.instrument
)`;

export interface YourMirrorRow extends MirrorRow {
  exporter_name: string | null;
  importer_name: string | null;
  /** Which side of the pair is the reader's file. */
  your_side: 'exporter' | 'importer';
  /** The instrument the partner's figures come from (UNROCA, EU_COARM, ATT_ANNUAL …). */
  partner_instrument: string;
}

/**
 * The reader's mirror pairs, largest divergence first (as the published list), with the States'
 * names in `lang`. Empty when the page's tables hold no row of a reader's file.
 */
export function yourMirrorQuery(lang: Lang, limit = 500): Query {
  const xi = 'coalesce(p.exporter_items, 0)';
  const mi = 'coalesce(p.importer_items, 0)';
  const same = 'p.exporter_currency = p.importer_currency';
  const name = NAME_COLUMN[lang];
  const sql = `WITH ${YOUR_MIRROR}
SELECT p.exporter, sx."${name}" AS exporter_name, p.importer, sm."${name}" AS importer_name,
       p.year, p.basis, p.att_category, p.your_side, p.partner_instrument, p.reported_by,
       p.exporter_items, p.importer_items,
       ${measures(xi, mi, 'items_')},
       p.exporter_value, p.exporter_currency, p.importer_value, p.importer_currency,
       CASE WHEN ${same} THEN (p.exporter_value - p.importer_value)::DOUBLE END AS value_difference,
       CASE WHEN ${same} AND p.importer_value <> 0 THEN (p.exporter_value / p.importer_value)::DOUBLE END AS value_ratio,
       CASE WHEN ${same} AND p.exporter_value + p.importer_value <> 0 THEN (2.0 * (p.exporter_value - p.importer_value) / (p.exporter_value + p.importer_value))::DOUBLE END AS value_srd
  FROM pairs p
  LEFT JOIN states sx ON sx.iso3 = p.exporter
  LEFT JOIN states sm ON sm.iso3 = p.importer
 ORDER BY abs(items_srd) DESC NULLS LAST, abs(value_srd) DESC NULLS LAST, p.year, p.exporter, p.importer, p.att_category, p.basis, p.partner_instrument
 LIMIT ?`;
  return { sql, params: [USER_SOURCE_ID, limit], tables: ['transfers', 'reports', 'states'] };
}
