/**
 * Example queries for the SQL console: one title per language, SQL that runs on the published
 * tables as they are. Examples that sum values always group by currency.
 */
import type { Translated } from '../schema/index.ts';

export interface SqlExample {
  id: string;
  title: Translated;
  sql: string;
}

export const SQL_EXAMPLES: readonly SqlExample[] = [
  {
    id: 'value-by-year',
    title: { en: 'Value by year, basis and currency', fr: 'Valeur par année, base et devise', es: 'Valor por año, base y moneda' },
    sql: `SELECT year, basis, currency, SUM(value) AS value, COUNT(*) AS facts
FROM transfers
WHERE value IS NOT NULL
GROUP BY year, basis, currency
ORDER BY year, basis, currency;`,
  },
  {
    id: 'top-partners',
    title: { en: 'Largest partners by value, per currency', fr: 'Principaux partenaires en valeur, par devise', es: 'Principales socios por valor, por moneda' },
    sql: `SELECT t.currency, t.partner_iso3, s.name_en AS partner, SUM(t.value) AS value
FROM transfers AS t
LEFT JOIN states AS s ON s.iso3 = t.partner_iso3
WHERE t.value IS NOT NULL AND t.basis = 'authorized'
GROUP BY t.currency, t.partner_iso3, s.name_en
ORDER BY t.currency, value DESC
LIMIT 40;`,
  },
  {
    id: 'att-categories',
    title: {
      en: 'Facts per ATT category (crosswalk) and match quality',
      fr: 'Faits par catégorie du TCA (correspondance) et qualité de la correspondance',
      es: 'Hechos por categoría del TCA (correspondencia) y calidad de la correspondencia',
    },
    sql: `SELECT att_category, att_match, category_scheme, COUNT(*) AS facts
FROM transfers
GROUP BY att_category, att_match, category_scheme
ORDER BY att_category NULLS LAST, att_match, category_scheme;`,
  },
  {
    id: 'reports-by-instrument',
    title: { en: 'Reports per instrument and year', fr: 'Rapports par instrument et par année', es: 'Informes por instrumento y año' },
    sql: `SELECT instrument, year, COUNT(*) AS reports, COUNT(DISTINCT reporter_iso3) AS states
FROM reports
WHERE year IS NOT NULL
GROUP BY instrument, year
ORDER BY instrument, year;`,
  },
  {
    id: 'regions',
    title: { en: 'Value by partner region and currency', fr: 'Valeur par région du partenaire et devise', es: 'Valor por región del socio y moneda' },
    sql: `SELECT s.region AS partner_region, t.currency, SUM(t.value) AS value
FROM transfers AS t
LEFT JOIN states AS s ON s.iso3 = t.partner_iso3
WHERE t.value IS NOT NULL
GROUP BY s.region, t.currency
ORDER BY t.currency, value DESC;`,
  },
  {
    id: 'reconciliation',
    title: { en: 'Published totals that differ from the sum of their lines', fr: 'Totaux publiés qui diffèrent de la somme de leurs lignes', es: 'Totales publicados que difieren de la suma de sus líneas' },
    sql: `SELECT year, reporter_name, partner_name, category_code, measure, currency, reported_total, lines_sum, difference
FROM reconciliation
WHERE status = 'mismatch'
ORDER BY abs(difference) DESC
LIMIT 50;`,
  },
  {
    id: 'rejects',
    title: { en: 'Rows not loaded, by source and reason', fr: 'Lignes non chargées, par source et motif', es: 'Filas no cargadas, por fuente y motivo' },
    sql: `SELECT source_id, reason_code, COUNT(*) AS rows_rejected
FROM rejects
GROUP BY source_id, reason_code
ORDER BY rows_rejected DESC;`,
  },
  {
    id: 'eu-brokering',
    title: {
      en: 'EU brokering licences per Member State and year (a table of its own, not exports)',
      fr: 'Licences de courtage de l’UE par État membre et année (une table à part, pas des exportations)',
      es: 'Licencias de corretaje de la UE por Estado miembro y año (una tabla aparte, no exportaciones)',
    },
    sql: `SELECT broker_iso3, year, decision, COUNT(*) AS entries, SUM(licences) AS licences,
       currency, SUM(licensed_value) AS licensed_value
FROM eu_brokering
GROUP BY broker_iso3, year, decision, currency
ORDER BY broker_iso3, year, decision;`,
  },
];
