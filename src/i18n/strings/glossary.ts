/** Strings of the glossary of categories (every scheme's categories and their crosswalk to the ATT's). */
import type { Dict } from '../index.ts';

export const glossary = {
  title: { en: 'Glossary of categories', fr: 'Glossaire des catégories', es: 'Glosario de categorías' },
  description: {
    en: 'Every category of every scheme in the data — the eight ATT categories, the EU Military List, the UK ratings — with its correspondence to the ATT categories, and the customs headings of HS chapter 93.',
    fr: 'Chaque catégorie de chaque nomenclature des données — les huit catégories du TCA, la Liste militaire de l’UE, les classements britanniques — avec sa correspondance aux catégories du TCA, et les positions douanières du chapitre 93 du SH.',
    es: 'Cada categoría de cada nomenclatura de los datos — las ocho categorías del TCA, la Lista Militar de la UE, las clasificaciones británicas — con su correspondencia con las categorías del TCA, y las partidas aduaneras del capítulo 93 del SA.',
  },
  scheme_ATT: { en: 'ATT categories (Art. 2(1)) and SALW sub-categories', fr: 'Catégories du TCA (art. 2(1)) et sous-catégories ALPC', es: 'Categorías del TCA (art. 2(1)) y subcategorías de APAL' },
  scheme_ML: { en: 'EU Common Military List (ML1–ML22)', fr: 'Liste commune des équipements militaires de l’UE (ML1–ML22)', es: 'Lista Común Militar de la UE (ML1–ML22)' },
  scheme_UK: { en: 'UK ratings (other than the Military List)', fr: 'Classements britanniques (hors Liste militaire)', es: 'Clasificaciones británicas (fuera de la Lista Militar)' },
  scheme_CH_KM: { en: 'Swiss war-material categories (KM 1–22)', fr: 'Catégories suisses de matériel de guerre (KM 1–22)', es: 'Categorías suizas de material de guerra (KM 1–22)' },
  colCode: { en: 'Code', fr: 'Code', es: 'Código' },
  colName: { en: 'Name', fr: 'Nom', es: 'Nombre' },
  colAtt: { en: 'ATT category', fr: 'Catégorie du TCA', es: 'Categoría del TCA' },
  colMatch: { en: 'Correspondence', fr: 'Correspondance', es: 'Correspondencia' },
  colNote: { en: 'Why', fr: 'Pourquoi', es: 'Por qué' },
  match_exact: { en: 'exact', fr: 'exacte', es: 'exacta' },
  match_approximate: { en: 'approximate', fr: 'approximative', es: 'aproximada' },
  match_none: { en: 'none', fr: 'aucune', es: 'ninguna' },
  noteInEnglish: {
    en: 'Notes on the crosswalk are in English, as the portal wrote them.',
    fr: 'Les notes de correspondance sont en anglais, telles que le portail les a rédigées.',
    es: 'Las notas de correspondencia están en inglés, tal como las redactó el portal.',
  },
  hsHeading: { en: 'Customs headings: HS chapter 93 (arms and ammunition)', fr: 'Positions douanières : chapitre 93 du SH (armes et munitions)', es: 'Partidas aduaneras: capítulo 93 del SA (armas y municiones)' },
  hsIntro: {
    en: 'Whether exports should be classified by customs code is one of the open questions among States. The Harmonized System groups arms by how they are traded, not by the Treaty’s categories: the fit is approximate at best, and tanks, combat aircraft and warships are outside chapter 93. Descriptions are the portal’s summaries.',
    fr: 'Classer les exportations par code douanier est l’une des questions ouvertes entre États. Le Système harmonisé regroupe les armes selon leur commerce, pas selon les catégories du Traité : la correspondance est au mieux approximative, et chars, avions de combat et navires de guerre sont hors du chapitre 93. Les descriptions sont des résumés du portail.',
    es: 'Clasificar las exportaciones por código aduanero es una de las cuestiones abiertas entre los Estados. El Sistema Armonizado agrupa las armas según su comercio, no según las categorías del Tratado: la correspondencia es aproximada en el mejor de los casos, y carros, aeronaves de combate y buques de guerra quedan fuera del capítulo 93. Las descripciones son resúmenes del portal.',
  },
  colHeading: { en: 'Heading', fr: 'Position', es: 'Partida' },
  colDescription: { en: 'Goods', fr: 'Marchandises', es: 'Mercancías' },
  hsSource: { en: 'Source of the headings: {source}.', fr: 'Source des positions : {source}.', es: 'Fuente de las partidas: {source}.' },
  noData: { en: 'The categories table has not been built yet.', fr: 'La table des catégories n’a pas encore été compilée.', es: 'La tabla de categorías aún no se ha compilado.' },
  glossaryLink: { en: 'Glossary of categories', fr: 'Glossaire des catégories', es: 'Glosario de categorías' },
} satisfies Dict;
