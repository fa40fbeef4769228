/**
 * Pre-aggregated `transfers`: sums and counts of the facts per combination of the columns Explore
 * filters and groups by, written by the pipeline from `transfers` itself. Explore answers from the
 * smallest of these tables whose columns cover the question (src/queries/exploreTable.ts), so a
 * reader's browser loads a few thousand rows instead of every fact; the numbers are the same
 * (tests/queries/exploreTable.test.ts).
 *
 * Each row keeps `report_id`: a report is one source, reporter and year, so it adds no rows, and
 * "Number of reports" and the instrument (through `reports`) can still be counted and grouped.
 */
import { col, defineTable, type AnyTable } from './columns.ts';
import { transfers } from './transfers.ts';

const key = transfers.columns;

/** The figures every aggregate carries, each summed over the facts of its row. */
const figures = {
  facts: col.int({
    unit: 'count',
    description: {
      en: 'Number of facts (rows of transfers) summed into this row.',
      fr: 'Nombre de faits (lignes de transfers) additionnés dans cette ligne.',
      es: 'Número de hechos (filas de transfers) sumados en esta fila.',
    },
  }),
  value: col.doubleOrNull({
    unit: 'currency',
    description: {
      en: 'Sum of value over those facts, in the currency of the currency column; empty when none of them has a value.',
      fr: 'Somme de value sur ces faits, dans la devise de la colonne currency ; vide si aucun n’a de valeur.',
      es: 'Suma de value sobre esos hechos, en la moneda de la columna currency; vacía si ninguno tiene valor.',
    },
  }),
  items: col.bigintOrNull({
    unit: 'count',
    description: {
      en: 'Sum of items over those facts; empty when none of them gives a number of items.',
      fr: 'Somme de items sur ces faits ; vide si aucun ne donne de nombre d’articles.',
      es: 'Suma de items sobre esos hechos; vacía si ninguno da un número de artículos.',
    },
  }),
  licences: col.bigintOrNull({
    unit: 'count',
    description: {
      en: 'Sum of licences over those facts; empty when none of them gives a number of licences.',
      fr: 'Somme de licences sur ces faits ; vide si aucun ne donne de nombre de licences.',
      es: 'Suma de licences sobre esos hechos; vacía si ninguno da un número de licencias.',
    },
  }),
};

/** Per report, year, reporter, source, direction, basis, category and currency: no partner. */
export const transferTotals = defineTable({
  name: 'transfer_totals',
  description: {
    en: 'Sums of transfers without the partner: one row per report, category, basis, direction and currency, with the number of facts and their summed values, items and licences. Computed from transfers by the pipeline; the same figures, fewer rows.',
    fr: 'Sommes de transfers sans le partenaire : une ligne par rapport, catégorie, base, sens et devise, avec le nombre de faits et la somme de leurs valeurs, articles et licences. Calculée à partir de transfers par la chaîne de traitement ; les mêmes chiffres, moins de lignes.',
    es: 'Sumas de transfers sin el socio: una fila por informe, categoría, base, sentido y moneda, con el número de hechos y la suma de sus valores, artículos y licencias. Calculada a partir de transfers por el proceso de datos; las mismas cifras, menos filas.',
  },
  sortBy: ['year', 'reporter_iso3', 'source_id', 'category_code', 'basis'],
  columns: {
    year: key.year,
    reporter_iso3: key.reporter_iso3,
    source_id: key.source_id,
    report_id: key.report_id,
    direction: key.direction,
    basis: key.basis,
    category_scheme: key.category_scheme,
    category_code: key.category_code,
    att_category: key.att_category,
    currency: key.currency,
    ...figures,
  },
});

/** As transfer_totals, and per partner as well. */
export const transferPartnerTotals = defineTable({
  name: 'transfer_partner_totals',
  description: {
    en: 'Sums of transfers per partner: one row per report, partner, category, basis, direction and currency, with the number of facts and their summed values, items and licences. Computed from transfers by the pipeline; the same figures, fewer rows.',
    fr: 'Sommes de transfers par partenaire : une ligne par rapport, partenaire, catégorie, base, sens et devise, avec le nombre de faits et la somme de leurs valeurs, articles et licences. Calculée à partir de transfers par la chaîne de traitement ; les mêmes chiffres, moins de lignes.',
    es: 'Sumas de transfers por socio: una fila por informe, socio, categoría, base, sentido y moneda, con el número de hechos y la suma de sus valores, artículos y licencias. Calculada a partir de transfers por el proceso de datos; las mismas cifras, menos filas.',
  },
  sortBy: ['year', 'reporter_iso3', 'source_id', 'partner_iso3', 'category_code', 'basis'],
  columns: {
    year: key.year,
    reporter_iso3: key.reporter_iso3,
    source_id: key.source_id,
    report_id: key.report_id,
    direction: key.direction,
    partner_iso3: key.partner_iso3,
    basis: key.basis,
    category_scheme: key.category_scheme,
    category_code: key.category_code,
    att_category: key.att_category,
    currency: key.currency,
    ...figures,
  },
});

/** Names of the summed figures: `facts` counts the facts, the others are sums of the transfers column of that name. */
export const AGGREGATE_FIGURES = Object.keys(figures) as (keyof typeof figures)[];

/** The aggregates, smallest first (the order Explore tries them in). */
export const TRANSFER_AGGREGATES = [transferTotals, transferPartnerTotals] as const;

/** The columns an aggregate is grouped by: every column but the figures (all of them columns of transfers). */
export function aggregateKeys(t: AnyTable): string[] {
  return Object.keys(t.columns).filter((c) => !(AGGREGATE_FIGURES as string[]).includes(c));
}

/** SQL expression of a figure over the facts of a group (types as the aggregate's schema says). */
function figureSql(name: string): string {
  if (name === 'facts') return 'CAST(COUNT(*) AS INTEGER)';
  // SUM of an INTEGER or BIGINT column is a HUGEINT: the cast fails loudly rather than wrap if it overflows.
  return name === 'value' ? `SUM("${name}")` : `CAST(SUM("${name}") AS BIGINT)`;
}

/**
 * The INSERT that fills an aggregate from `transfers`, or from a table of transfers rows (a reader's own
 * rows in the browser, src/db/userTables.ts); identifiers from the schema only.
 */
export function aggregateSql(t: AnyTable, from: string = transfers.name): string {
  const keys = aggregateKeys(t).map((c) => `"${c}"`);
  const select = [...keys, ...AGGREGATE_FIGURES.map(figureSql)];
  return `INSERT INTO "${t.name}" SELECT ${select.join(', ')} FROM "${from}" GROUP BY ${keys.join(', ')}`;
}
