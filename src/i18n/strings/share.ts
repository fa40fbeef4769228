/** Strings of sharing, embedding, citing and tracing figures back to their source rows. */
import type { Dict } from '../index.ts';

export const share = {
  tabShare: { en: 'Share', fr: 'Partager', es: 'Compartir' },
  permalink: { en: 'Link to this chart', fr: 'Lien vers ce graphique', es: 'Enlace a este gráfico' },
  embedCode: { en: 'Embed code (iframe)', fr: 'Code d’intégration (iframe)', es: 'Código para insertar (iframe)' },
  embedHelp: {
    en: 'With title, unit, source and date; fits 320–1200 px.',
    fr: 'Avec titre, unité, source et date ; de 320 à 1200 px.',
    es: 'Con título, unidad, fuente y fecha; de 320 a 1200 px.',
  },
  previewEmbed: { en: 'Open the embed page', fr: 'Ouvrir la page d’intégration', es: 'Abrir la página para insertar' },
  copy: { en: 'Copy', fr: 'Copier', es: 'Copiar' },
  copied: { en: 'Copied.', fr: 'Copié.', es: 'Copiado.' },
  copyFailed: { en: 'Copy failed: select the text and copy it.', fr: 'Échec de la copie : sélectionnez le texte et copiez-le.', es: 'No se pudo copiar: seleccione el texto y cópielo.' },
  downloadSvg: { en: 'Chart as SVG', fr: 'Graphique en SVG', es: 'Gráfico en SVG' },
  downloadPng: { en: 'Chart as PNG', fr: 'Graphique en PNG', es: 'Gráfico en PNG' },
  downloadCsv: { en: 'Data as CSV', fr: 'Données en CSV', es: 'Datos en CSV' },
  sourceRows: {
    en: 'Source rows (file and line of every fact)',
    fr: 'Lignes sources (fichier et ligne de chaque fait)',
    es: 'Filas de origen (archivo y línea de cada hecho)',
  },
  sourceRowsShort: { en: 'Sources', fr: 'Sources', es: 'Fuentes' },
  colSources: { en: 'Source rows', fr: 'Lignes sources', es: 'Filas de origen' },
  dataAsOf: { en: 'Data as of {date}', fr: 'Données au {date}', es: 'Datos a {date}' },
  viewOnPortal: { en: 'View on {site}', fr: 'Voir sur {site}', es: 'Ver en {site}' },
  dataTable: { en: 'Data table', fr: 'Tableau des données', es: 'Tabla de datos' },
  embedLoading: { en: 'Loading the data in your browser…', fr: 'Chargement des données dans votre navigateur…', es: 'Cargando los datos en su navegador…' },
  embedError: { en: 'The chart could not be drawn: {error}', fr: 'Le graphique n’a pas pu être tracé : {error}', es: 'No se pudo trazar el gráfico: {error}' },
  // Citation
  citeHeading: { en: 'Cite this page', fr: 'Citer cette page', es: 'Citar esta página' },
  citeApa: { en: 'APA', fr: 'APA', es: 'APA' },
  citeBibtex: { en: 'BibTeX', fr: 'BibTeX', es: 'BibTeX' },
  citeDataset: { en: 'Data set', fr: 'Jeu de données', es: 'Conjunto de datos' },
  citeBuilt: { en: 'data built {date}, snapshot {id}', fr: 'données compilées le {date}, instantané {id}', es: 'datos compilados el {date}, instantánea {id}' },
  citeRetrieved: { en: 'Retrieved {date}, from {url}', fr: 'Consulté le {date} à l’adresse {url}', es: 'Recuperado el {date} de {url}' },
  citeSources: { en: 'Underlying sources', fr: 'Sources sous-jacentes', es: 'Fuentes subyacentes' },
} satisfies Dict;
