/** Strings of the SQL console page and its island. */
import type { Dict } from '../index.ts';

export const sql = {
  title: { en: 'SQL console', fr: 'Console SQL', es: 'Consola SQL' },
  description: {
    en: 'Query the published tables with SQL, in your browser: DuckDB runs the query locally, with completion of table and column names, a chart of the result and downloads.',
    fr: 'Interrogez les tables publiées en SQL, dans votre navigateur : DuckDB exécute la requête localement, avec complétion des noms de tables et de colonnes, un graphique du résultat et des téléchargements.',
    es: 'Consulte las tablas publicadas con SQL, en su navegador: DuckDB ejecuta la consulta localmente, con autocompletado de nombres de tablas y columnas, un gráfico del resultado y descargas.',
  },
  intro: {
    en: 'The dialect is DuckDB’s. Tables load the first time a query names them. The query is kept in the address bar, so you can share it as a link. Nothing you type is sent anywhere.',
    fr: 'Le dialecte est celui de DuckDB. Les tables se chargent la première fois qu’une requête les nomme. La requête est conservée dans la barre d’adresse : vous pouvez la partager sous forme de lien. Rien de ce que vous saisissez n’est envoyé.',
    es: 'El dialecto es el de DuckDB. Las tablas se cargan la primera vez que una consulta las nombra. La consulta se guarda en la barra de direcciones, de modo que puede compartirla como enlace. Nada de lo que escribe se envía a ningún sitio.',
  },
  currencyRule: {
    en: 'The value column is in the currency of the currency column, as published: group by currency before adding values up.',
    fr: 'La colonne value est dans la devise de la colonne currency, telle que publiée : regroupez par devise avant d’additionner des valeurs.',
    es: 'La columna value está en la moneda de la columna currency, tal como se publicó: agrupe por moneda antes de sumar valores.',
  },
  noscript: {
    en: 'The console needs JavaScript. Without it, download the Parquet tables from the Data page and run the examples below with DuckDB or any SQL engine that reads Parquet.',
    fr: 'La console nécessite JavaScript. Sans JavaScript, téléchargez les tables Parquet depuis la page Données et exécutez les exemples ci-dessous avec DuckDB ou tout moteur SQL lisant Parquet.',
    es: 'La consola necesita JavaScript. Sin él, descargue las tablas Parquet desde la página Datos y ejecute los ejemplos siguientes con DuckDB o cualquier motor SQL que lea Parquet.',
  },
  noData: {
    en: 'The data tables have not been built yet, so there is nothing to query.',
    fr: 'Les tables de données n’ont pas encore été compilées : il n’y a rien à interroger.',
    es: 'Las tablas de datos aún no se han compilado: no hay nada que consultar.',
  },
  tablesHeading: { en: 'Tables and columns', fr: 'Tables et colonnes', es: 'Tablas y columnas' },
  colTable: { en: 'Table', fr: 'Table', es: 'Tabla' },
  colRows: { en: 'Rows', fr: 'Lignes', es: 'Filas' },
  colColumns: { en: 'Columns', fr: 'Colonnes', es: 'Columnas' },
  examplesHeading: { en: 'Example queries', fr: 'Exemples de requêtes', es: 'Consultas de ejemplo' },
  examplePick: { en: 'Load an example', fr: 'Charger un exemple', es: 'Cargar un ejemplo' },
  examplePlaceholder: { en: 'Choose…', fr: 'Choisir…', es: 'Elegir…' },
  editorLabel: { en: 'SQL query', fr: 'Requête SQL', es: 'Consulta SQL' },
  editorHint: {
    en: 'Ctrl+Enter (⌘+Enter on a Mac) runs the query; Ctrl+Space completes table and column names; Tab leaves the editor.',
    fr: 'Ctrl+Entrée (⌘+Entrée sur Mac) exécute la requête ; Ctrl+Espace complète les noms de tables et de colonnes ; Tab quitte l’éditeur.',
    es: 'Ctrl+Intro (⌘+Intro en Mac) ejecuta la consulta; Ctrl+Espacio completa nombres de tablas y columnas; Tab sale del editor.',
  },
  run: { en: 'Run', fr: 'Exécuter', es: 'Ejecutar' },
  cancel: { en: 'Cancel', fr: 'Annuler', es: 'Cancelar' },
  running: { en: 'Running…', fr: 'Exécution…', es: 'Ejecutando…' },
  cancelled: { en: 'The query was cancelled.', fr: 'La requête a été annulée.', es: 'Se canceló la consulta.' },
  restarted: {
    en: 'The query did not stop, so the database was restarted; tables reload on the next query.',
    fr: 'La requête ne s’arrêtait pas : la base de données a été redémarrée ; les tables se rechargeront à la prochaine requête.',
    es: 'La consulta no se detenía, así que se reinició la base de datos; las tablas se recargarán en la próxima consulta.',
  },
  errorHeading: { en: 'DuckDB reported an error', fr: 'DuckDB a signalé une erreur', es: 'DuckDB informó de un error' },
  emptySql: { en: 'Type a query first.', fr: 'Saisissez d’abord une requête.', es: 'Escriba primero una consulta.' },
  resultHeading: { en: 'Result', fr: 'Résultat', es: 'Resultado' },
  resultCaption: { en: 'Query result', fr: 'Résultat de la requête', es: 'Resultado de la consulta' },
  resultSummary: { en: '{rows} rows, {columns} columns, in {ms} ms.', fr: '{rows} lignes, {columns} colonnes, en {ms} ms.', es: '{rows} filas, {columns} columnas, en {ms} ms.' },
  rowCap: {
    en: 'The first {shown} of {total} rows are shown; the downloads contain all of them.',
    fr: 'Les {shown} premières lignes sur {total} sont affichées ; les téléchargements les contiennent toutes.',
    es: 'Se muestran las primeras {shown} de {total} filas; las descargas las contienen todas.',
  },
  noRows: { en: 'The query returned no rows.', fr: 'La requête n’a renvoyé aucune ligne.', es: 'La consulta no devolvió filas.' },
  chartHeading: { en: 'Chart this result', fr: 'Représenter ce résultat', es: 'Representar este resultado' },
  chartX: { en: 'X axis', fr: 'Axe X', es: 'Eje X' },
  chartY: { en: 'Y axis (numbers)', fr: 'Axe Y (nombres)', es: 'Eje Y (números)' },
  chartSeries: { en: 'Series', fr: 'Séries', es: 'Series' },
  chartKind: { en: 'Chart', fr: 'Graphique', es: 'Gráfico' },
  chartNone: { en: '(none)', fr: '(aucune)', es: '(ninguna)' },
  chartNeedsNumber: {
    en: 'A chart needs at least one numeric column and one other column.',
    fr: 'Un graphique nécessite au moins une colonne numérique et une autre colonne.',
    es: 'Un gráfico necesita al menos una columna numérica y otra columna.',
  },
  chartPerCurrency: {
    en: 'The result has a currency column: one chart per currency.',
    fr: 'Le résultat a une colonne currency : un graphique par devise.',
    es: 'El resultado tiene una columna currency: un gráfico por moneda.',
  },
  chartTitle: { en: '{y} by {x}', fr: '{y} par {x}', es: '{y} por {x}' },
  chartSource: {
    en: 'Source: SQL query on the tables of this site (build {date}).',
    fr: 'Source : requête SQL sur les tables de ce site (compilation du {date}).',
    es: 'Fuente: consulta SQL sobre las tablas de este sitio (compilación del {date}).',
  },
  downloadsHeading: { en: 'Download and share', fr: 'Télécharger et partager', es: 'Descargar y compartir' },
  downloadCsv: { en: 'Result as CSV', fr: 'Résultat en CSV', es: 'Resultado en CSV' },
  downloadParquet: { en: 'Result as Parquet', fr: 'Résultat en Parquet', es: 'Resultado en Parquet' },
  downloadSql: { en: 'The query as SQL', fr: 'La requête en SQL', es: 'La consulta en SQL' },
  copyLink: { en: 'Copy link to this query', fr: 'Copier le lien de cette requête', es: 'Copiar el enlace de esta consulta' },
  copied: { en: 'Link copied.', fr: 'Lien copié.', es: 'Enlace copiado.' },
} satisfies Dict;

export type SqlKey = keyof typeof sql;
