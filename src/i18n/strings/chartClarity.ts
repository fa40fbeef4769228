/** Strings of chart readouts, coverage marks, provenance links and words kept as the source wrote them. */
import type { Dict } from '../index.ts';

export const chartClarity = {
  readoutHint: {
    en: 'Point at the chart, or focus it and use the arrow keys, to read each figure.',
    fr: 'Survolez le graphique, ou donnez-lui le focus et utilisez les flèches, pour lire chaque chiffre.',
    es: 'Pase el puntero sobre el gráfico, o enfóquelo y use las flechas, para leer cada cifra.',
  },
  notCovered: { en: 'not covered', fr: 'non couvert', es: 'sin cobertura' },
  notCoveredNote: {
    en: 'Hatched years are not covered by {sources}: no figure there means no data, not zero.',
    fr: 'Les années hachurées ne sont pas couvertes par {sources} : l’absence de chiffre signifie « pas de données », pas zéro.',
    es: 'Los años rayados no están cubiertos por {sources}: la ausencia de cifra significa «sin datos», no cero.',
  },
  partialYear: {
    en: '{year}: {source} covers {from}–{to} only',
    fr: '{year} : {source} ne couvre que {from}–{to}',
    es: '{year}: {source} solo cubre {from}–{to}',
  },
  openLine: { en: '{file}, line {line}', fr: '{file}, ligne {line}', es: '{file}, línea {line}' },
  openLineTitle: {
    en: 'Open line {line} of {file} at the pinned commit',
    fr: 'Ouvrir la ligne {line} de {file} au commit épinglé',
    es: 'Abrir la línea {line} de {file} en el commit fijado',
  },
  openFileRow: { en: '{file}, row {line}', fr: '{file}, ligne {line}', es: '{file}, fila {line}' },
  sourceWording: { en: '(source’s wording)', fr: '(termes de la source)', es: '(términos de la fuente)' },
  glossaryEntry: { en: 'Glossary entry for {code}', fr: 'Entrée du glossaire pour {code}', es: 'Entrada del glosario para {code}' },
  subtitleYears: { en: 'Years {years}', fr: 'Années {years}', es: 'Años {years}' },
  allBases: {
    en: 'all bases (authorized, actual, refused) as reported',
    fr: 'toutes bases (autorisé, effectif, refusé) telles que déclarées',
    es: 'todas las bases (autorizado, efectivo, denegado) tal como se declararon',
  },
  basisList: { en: 'Basis: {list}', fr: 'Base : {list}', es: 'Base: {list}' },
  allReporters: { en: 'all reporting States', fr: 'tous les États déclarants', es: 'todos los Estados declarantes' },
  reporterList: { en: 'reported by {list}', fr: 'déclaré par {list}', es: 'declarado por {list}' },
  allPartners: { en: 'all partners', fr: 'tous les partenaires', es: 'todos los socios' },
  partnerList: { en: 'partners: {list}', fr: 'partenaires : {list}', es: 'socios: {list}' },
  bothDirections: { en: 'exports and imports', fr: 'exportations et importations', es: 'exportaciones e importaciones' },
  moreNames: { en: '{list} and {n} more', fr: '{list} et {n} autres', es: '{list} y {n} más' },
  downloadYearScores: { en: 'Download the scores of {year} (CSV)', fr: 'Télécharger les notes de {year} (CSV)', es: 'Descargar las puntuaciones de {year} (CSV)' },
  dictionaryGlossary: {
    en: 'Every category code (category_code, att_category, category_scheme) with its name and its crosswalk to the ATT categories: see the glossary.',
    fr: 'Chaque code de catégorie (category_code, att_category, category_scheme), avec son nom et sa correspondance avec les catégories du TCA : voir le glossaire.',
    es: 'Cada código de categoría (category_code, att_category, category_scheme), con su nombre y su correspondencia con las categorías del TCA: véase el glosario.',
  },
} satisfies Dict;
