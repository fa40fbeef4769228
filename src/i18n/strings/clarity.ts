/** Strings of self-describing SQL charts, coverage legends, provenance links on aggregates and stale results (issue 12). */
import type { Dict } from '../index.ts';

export const clarity = {
  previousHidden: {
    en: 'The previous result is hidden: it does not answer these settings.',
    fr: 'Le résultat précédent est masqué : il ne répond pas à ces réglages.',
    es: 'El resultado anterior está oculto: no responde a estos ajustes.',
  },
  sqlMeasure: { en: '{column}: {description}', fr: '{column} : {description}', es: '{column}: {description}' },
  sqlMeasureOwn: {
    en: '{column}: a column the query computed',
    fr: '{column} : une colonne calculée par la requête',
    es: '{column}: una columna calculada por la consulta',
  },
  sqlUnitCount: { en: 'count', fr: 'nombre', es: 'número' },
  sqlUnitPercent: { en: 'percent', fr: 'pour cent', es: 'por ciento' },
  sqlUnitRowCurrency: {
    en: 'the currency of each row (currency column)',
    fr: 'la devise de chaque ligne (colonne currency)',
    es: 'la moneda de cada fila (columna currency)',
  },
  sqlXRange: { en: '{x} {from}–{to}', fr: '{x} {from}–{to}', es: '{x} {from}–{to}' },
  sqlSeries: { en: 'one line per {columns}: {values}', fr: 'une série par {columns} : {values}', es: 'una serie por {columns}: {values}' },
  sqlOneSeries: { en: 'one series', fr: 'une seule série', es: 'una sola serie' },
  sqlTables: { en: 'Tables read: {tables}', fr: 'Tables lues : {tables}', es: 'Tablas leídas: {tables}' },
  sqlSources: { en: 'Sources: {sources}', fr: 'Sources : {sources}', es: 'Fuentes: {sources}' },
  sqlNoTable: { en: 'no published table', fr: 'aucune table publiée', es: 'ninguna tabla publicada' },
  sqlTitle: { en: '{measure} by {x}', fr: '{measure} par {x}', es: '{measure} por {x}' },
  colFacts: { en: 'Source rows', fr: 'Lignes sources', es: 'Filas de origen' },
  factsLink: { en: 'Facts and lines', fr: 'Faits et lignes', es: 'Hechos y líneas' },
  factsLinkTitle: {
    en: 'The facts behind {row} in the SQL console, each with its file and line',
    fr: 'Les faits derrière {row} dans la console SQL, chacun avec son fichier et sa ligne',
    es: 'Los hechos detrás de {row} en la consola SQL, cada uno con su archivo y línea',
  },
} satisfies Dict;
