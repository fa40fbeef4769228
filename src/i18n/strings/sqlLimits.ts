/** Strings of the SQL console's bounds (src/db/resultLimits.ts) and of queries that arrive by a link. */
import type { Dict } from '../index.ts';

export const sqlLimits = {
  limitHeading: { en: 'Result too large for the page', fr: 'Résultat trop volumineux pour la page', es: 'Resultado demasiado grande para la página' },
  limitBytes: {
    en: 'The query was stopped: its result passed {limit}, the most the console holds in a browser tab. Select fewer columns, aggregate with GROUP BY, or add LIMIT.',
    fr: 'La requête a été arrêtée : son résultat dépassait {limit}, le maximum que la console garde dans un onglet. Sélectionnez moins de colonnes, agrégez avec GROUP BY ou ajoutez LIMIT.',
    es: 'Se detuvo la consulta: su resultado superaba {limit}, lo máximo que la consola guarda en una pestaña. Seleccione menos columnas, agregue con GROUP BY o añada LIMIT.',
  },
  limitValue: {
    en: 'The query was stopped: one value of column “{column}” is {size}, and the console holds values up to {limit}. No published table has values that large; use left() or length() to look at it.',
    fr: 'La requête a été arrêtée : une valeur de la colonne « {column} » fait {size}, et la console garde des valeurs jusqu’à {limit}. Aucune table publiée n’a de valeurs aussi grandes ; utilisez left() ou length() pour l’examiner.',
    es: 'Se detuvo la consulta: un valor de la columna «{column}» ocupa {size}, y la consola guarda valores de hasta {limit}. Ninguna tabla publicada tiene valores tan grandes; use left() o length() para examinarlo.',
  },
  truncated: {
    en: 'The query was stopped after {rows} rows, the most the console holds. The table and chart show the first rows; the CSV and Parquet downloads are off because they would be incomplete. Aggregate with GROUP BY or add LIMIT, or run the query with DuckDB on the Parquet files (Data page).',
    fr: 'La requête a été arrêtée après {rows} lignes, le maximum que la console garde. Le tableau et le graphique montrent les premières lignes ; les téléchargements CSV et Parquet sont désactivés car ils seraient incomplets. Agrégez avec GROUP BY ou ajoutez LIMIT, ou exécutez la requête avec DuckDB sur les fichiers Parquet (page Données).',
    es: 'Se detuvo la consulta tras {rows} filas, lo máximo que guarda la consola. La tabla y el gráfico muestran las primeras filas; las descargas CSV y Parquet están desactivadas porque estarían incompletas. Agregue con GROUP BY o añada LIMIT, o ejecute la consulta con DuckDB sobre los archivos Parquet (página Datos).',
  },
  notRun: {
    en: 'This query came with the link and was not run, because {reason}. Read it, then press Run.',
    fr: 'Cette requête est arrivée avec le lien et n’a pas été exécutée, car {reason}. Lisez-la, puis appuyez sur Exécuter.',
    es: 'Esta consulta llegó con el enlace y no se ejecutó, porque {reason}. Léala y pulse Ejecutar.',
  },
  reasonGenerator: {
    en: 'it calls {fn}() with a large number, which can make results of any size',
    fr: 'elle appelle {fn}() avec un grand nombre, ce qui peut produire des résultats de toute taille',
    es: 'llama a {fn}() con un número grande, lo que puede producir resultados de cualquier tamaño',
  },
  reasonLength: {
    en: 'it is {chars} characters long',
    fr: 'elle fait {chars} caractères',
    es: 'tiene {chars} caracteres',
  },
  valueCut: {
    en: '… ({chars} characters in all)',
    fr: '… ({chars} caractères en tout)',
    es: '… ({chars} caracteres en total)',
  },
} satisfies Dict;
