/** Strings of the compare page (two to five States side by side). */
import type { Dict } from '../index.ts';

export const compare = {
  title: { en: 'Compare States', fr: 'Comparer des États', es: 'Comparar Estados' },
  description: {
    en: 'Two to five States side by side: Arms Trade Treaty status, reporting history, and reported exports and imports by year and category, per source and currency.',
    fr: 'Deux à cinq États côte à côte : statut au regard du Traité sur le commerce des armes, historique des rapports, exportations et importations déclarées par année et par catégorie, par source et par devise.',
    es: 'De dos a cinco Estados lado a lado: situación respecto del Tratado sobre el Comercio de Armas, historial de informes, y exportaciones e importaciones declaradas por año y categoría, por fuente y moneda.',
  },
  intro: {
    en: 'The figures are those of the country profiles. Each table keeps to one source, one currency and one basis: values are never converted nor added across currencies.',
    fr: 'Les chiffres sont ceux des fiches pays. Chaque tableau s’en tient à une source, une devise et une base : les valeurs ne sont jamais converties ni additionnées entre devises.',
    es: 'Las cifras son las de las fichas de país. Cada tabla se limita a una fuente, una moneda y una base: los valores nunca se convierten ni se suman entre monedas.',
  },
  noScript: {
    en: 'This page needs JavaScript to line the States up. Each State’s figures are on its country profile.',
    fr: 'Cette page a besoin de JavaScript pour aligner les États. Les chiffres de chaque État sont sur sa fiche pays.',
    es: 'Esta página necesita JavaScript para alinear los Estados. Las cifras de cada Estado están en su ficha de país.',
  },
  example: { en: 'For example: {names}', fr: 'Par exemple : {names}', es: 'Por ejemplo: {names}' },
  pickerLabel: { en: 'Add a State', fr: 'Ajouter un État', es: 'Añadir un Estado' },
  pickerPlaceholder: { en: 'Choose a State…', fr: 'Choisir un État…', es: 'Elegir un Estado…' },
  add: { en: 'Add', fr: 'Ajouter', es: 'Añadir' },
  remove: { en: 'Remove {name}', fr: 'Retirer {name}', es: 'Quitar {name}' },
  picked: { en: 'States compared', fr: 'États comparés', es: 'Estados comparados' },
  pickMore: {
    en: 'Pick at least two States (at most five).',
    fr: 'Choisissez au moins deux États (cinq au plus).',
    es: 'Elija al menos dos Estados (cinco como máximo).',
  },
  full: { en: 'Five States at most: remove one to add another.', fr: 'Cinq États au plus : retirez-en un pour en ajouter un autre.', es: 'Cinco Estados como máximo: quite uno para añadir otro.' },
  unknownCodes: { en: 'Not a State code of the data, left out: {codes}', fr: 'Codes absents des données, ignorés : {codes}', es: 'Códigos que no figuran en los datos, omitidos: {codes}' },
  loading: { en: 'Loading…', fr: 'Chargement…', es: 'Cargando…' },
  loadError: { en: 'Could not load {file}: {error}', fr: 'Impossible de charger {file} : {error}', es: 'No se pudo cargar {file}: {error}' },
  copyLink: { en: 'Copy the link', fr: 'Copier le lien', es: 'Copiar el enlace' },
  copied: { en: 'Link copied', fr: 'Lien copié', es: 'Enlace copiado' },
  downloadCsv: { en: 'Download the figures (CSV)', fr: 'Télécharger les chiffres (CSV)', es: 'Descargar las cifras (CSV)' },
  colFact: { en: 'Fact', fr: 'Fait', es: 'Dato' },
  groupsHeading: { en: 'Reported transfers', fr: 'Transferts déclarés', es: 'Transferencias declaradas' },
  noGroups: {
    en: 'None of these States has reported transfers in the data.',
    fr: 'Aucun de ces États n’a de transferts déclarés dans les données.',
    es: 'Ninguno de estos Estados tiene transferencias declaradas en los datos.',
  },
  group_exporter_export: { en: 'Exports reported by the State', fr: 'Exportations déclarées par l’État', es: 'Exportaciones declaradas por el Estado' },
  group_importer_export: { en: 'Exports to the State reported by other States', fr: 'Exportations vers l’État déclarées par d’autres États', es: 'Exportaciones hacia el Estado declaradas por otros Estados' },
  group_importer_import: { en: 'Imports reported by the State', fr: 'Importations déclarées par l’État', es: 'Importaciones declaradas por el Estado' },
  group_exporter_import: {
    en: 'Imports from the State reported by other States',
    fr: 'Importations en provenance de l’État déclarées par d’autres États',
    es: 'Importaciones procedentes del Estado declaradas por otros Estados',
  },
  byYear: { en: 'By year, {basis} ({unit})', fr: 'Par année, {basis} ({unit})', es: 'Por año, {basis} ({unit})' },
  byCategory: { en: 'Main categories ({unit})', fr: 'Principales catégories ({unit})', es: 'Principales categorías ({unit})' },
  categoryNote: {
    en: 'Each State’s main categories on its main basis, as on its profile; a blank cell: not among that State’s main categories.',
    fr: 'Les principales catégories de chaque État sur sa base principale, comme sur sa fiche ; une case vide : hors de ses principales catégories.',
    es: 'Las principales categorías de cada Estado en su base principal, como en su ficha; una celda vacía: fuera de sus principales categorías.',
  },
  absent: { en: 'No such facts for: {names}.', fr: 'Aucun fait de ce type pour : {names}.', es: 'Ningún hecho de este tipo para: {names}.' },
  profileLink: { en: 'Profile of {name}', fr: 'Fiche de {name}', es: 'Ficha de {name}' },
  noReporting: { en: 'none in the data', fr: 'aucun dans les données', es: 'ninguno en los datos' },
} satisfies Dict;
