/**
 * The trade register: one row per reported fact, in SIPRI's manner — supplier, recipient, year,
 * category (own scheme and ATT, with names), items or value, description, source and the file and
 * line it was read from. Filtered by bound parameters, read a page at a time (the table holds some
 * 170,000 facts), counted apart for the pager.
 *
 * For UN Register and ATT-format facts the other side's report of the same transfer is set beside
 * each row: the same exporter, importer, year, category (the scheme's own code) and basis, reported
 * in the opposite direction — for the Register the pairing key of registerMirrors.ts, there summed
 * per pair, here per row. Counts given as text ("classified") are counted apart, never read as 0.
 * As there, a side can only be said not to have reported a transfer when its report for that year
 * is in the data (`other_reported`): a report page that was not scraped cannot disagree.
 */
import { categories, transfers } from '../schema/index.ts';
import type { Param, Query } from '../db/query.ts';
import { EXPORTER_SQL, factFilterConditions, IMPORTER_SQL } from './flows.ts';
import type { RegisterState } from './registerState.ts';

type TransferColumn = keyof typeof transfers.columns & string;
const c = (name: TransferColumn) => `t."${name}"`;
const T = `"${transfers.name}"`;

/** Schemes whose facts are reported by both sides of one transfer (UN Register and ATT reports). */
export const MIRRORED_SCHEMES = ['UNROCA', 'ATT'] as const;

type Lang = 'en' | 'fr' | 'es';
const LABEL: Record<Lang, keyof typeof categories.columns & string> = { en: 'label_en', fr: 'label_fr', es: 'label_es' };

/** WHERE conditions of the register's filters, with their parameters (on `t`, the transfers table). */
export function registerFilters(s: RegisterState): { conditions: string[]; params: Param[] } {
  const conditions: string[] = [];
  const params: Param[] = [];
  const eq = (expr: string, v: Param) => {
    conditions.push(`${expr} = ?`);
    params.push(v);
  };
  if (s.supplier) eq(`(${EXPORTER_SQL})`, s.supplier);
  if (s.recipient) eq(`(${IMPORTER_SQL})`, s.recipient);
  factFilterConditions(s, conditions, params);
  if (s.source) eq(c('source_id'), s.source);
  return { conditions, params };
}

const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join('\n  AND ')}` : '');

export const REGISTER_COLUMNS = [
  'transfer_id',
  'supplier',
  'recipient',
  'year',
  'direction',
  'reporter_iso3',
  'category_scheme',
  'category_code',
  'category_label',
  'att_category',
  'att_label',
  'basis',
  'items',
  'items_as_written',
  'licences',
  'value',
  'currency',
  'description',
  'comments',
  'source_id',
  'source_file',
  'source_line',
  'other_items',
  'other_items_text',
  'other_facts',
  'other_reported',
] as const;

export type RegisterRow = Record<(typeof REGISTER_COLUMNS)[number], string | number | boolean | null>;

/**
 * The register's rows for a state, ordered by year, supplier, recipient and row. `limit` null
 * returns every filtered row (the CSV and Parquet downloads); otherwise the state's page.
 */
export function registerQuery(s: RegisterState, lang: Lang, limit: number | null = 50): Query {
  const { conditions, params } = registerFilters(s);
  const schemes = MIRRORED_SCHEMES.map((x) => `'${x}'`).join(', ');
  const sql = `WITH side AS (
  SELECT ${c('direction')} AS direction, ${EXPORTER_SQL} AS supplier, ${IMPORTER_SQL} AS recipient,
         ${c('year')} AS year, ${c('category_scheme')} AS category_scheme, ${c('category_code')} AS category_code, ${c('basis')} AS basis,
         CAST(SUM(${c('items')}) AS DOUBLE) AS items,
         CAST(COUNT(*) FILTER (WHERE ${c('items')} IS NULL) AS INTEGER) AS items_text,
         CAST(COUNT(*) AS INTEGER) AS facts
    FROM ${T} AS t
   WHERE ${c('category_scheme')} IN (${schemes}) AND ${c('reporter_iso3')} IS NOT NULL AND ${c('partner_iso3')} IS NOT NULL
   GROUP BY ALL
),
reported AS (
  SELECT DISTINCT ${c('reporter_iso3')} AS iso3, ${c('year')} AS year, ${c('category_scheme')} AS category_scheme
    FROM ${T} AS t
   WHERE ${c('category_scheme')} IN (${schemes}) AND ${c('reporter_iso3')} IS NOT NULL
),
facts AS (
  SELECT t.*, ${EXPORTER_SQL} AS supplier, ${IMPORTER_SQL} AS recipient
    FROM ${T} AS t
  ${where(conditions)}
)
SELECT t.transfer_id, t.supplier, t.recipient, CAST(t.year AS INTEGER) AS year, t.direction, t.reporter_iso3,
       t.category_scheme, t.category_code, k."${LABEL[lang]}" AS category_label, t.att_category, a."${LABEL[lang]}" AS att_label,
       t.basis, CAST(t.items AS DOUBLE) AS items, t.items_as_written, t.licences, t.value, t.currency, t.description, t.comments,
       t.source_id, t.source_file, t.source_line,
       o.items AS other_items, o.items_text AS other_items_text, o.facts AS other_facts,
       CASE WHEN t.category_scheme IN (${schemes}) THEN r.iso3 IS NOT NULL END AS other_reported
  FROM facts AS t
  LEFT JOIN "${categories.name}" AS k ON k.scheme = t.category_scheme AND k.code = t.category_code
  LEFT JOIN "${categories.name}" AS a ON a.scheme = 'ATT' AND a.code = t.att_category
  LEFT JOIN side AS o ON o.direction <> t.direction AND o.supplier = t.supplier AND o.recipient = t.recipient AND o.year = t.year
       AND o.category_scheme = t.category_scheme AND o.category_code = t.category_code AND o.basis = t.basis
  LEFT JOIN reported AS r ON r.iso3 = (CASE WHEN t.direction = 'export' THEN t.recipient ELSE t.supplier END) AND r.year = t.year AND r.category_scheme = t.category_scheme
 ORDER BY t.year, t.supplier NULLS LAST, t.recipient NULLS LAST, t.transfer_id${limit === null ? '' : '\n LIMIT ? OFFSET ?'}`;
  return { sql, params: limit === null ? params : [...params, limit, (s.page - 1) * limit], tables: ['transfers', 'categories'] };
}

/** How many facts the filters select (for the pager and the download buttons). */
export function registerCountQuery(s: RegisterState): Query {
  const { conditions, params } = registerFilters(s);
  return { sql: `SELECT CAST(COUNT(*) AS INTEGER) AS facts\nFROM ${T} AS t\n${where(conditions)}`, params, tables: ['transfers'] };
}
