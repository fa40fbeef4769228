/**
 * The customs headings of Harmonized System chapter 93 (arms and ammunition; parts and accessories
 * thereof), 93.01–93.07, with how each relates to the eight ATT categories of Art. 2(1). Whether
 * exports should be classified by customs code is one of the open questions States raise; this
 * table shows how loose the fit is.
 *
 * Source of the headings' scope: the WCO Harmonized System nomenclature, chapter 93, read in the
 * copy the Canada Border Services Agency publishes in its Customs Tariff (2021,
 * https://cbsa-asfc.gc.ca/trade-commerce/tariff-tarif/2021/html/00/ch93-eng.html), which also gives
 * the chapter's notes (armoured fighting vehicles are heading 87.10, not chapter 93). The
 * descriptions below are the portal's own short summaries in three languages, not the
 * nomenclature's wording. The ATT correspondence is the portal's reading, always approximate: the
 * Treaty's categories are defined by what a weapon is, customs headings by how goods are traded,
 * and tanks (87.10), combat aircraft (88.02, 88.06), warships (89.06) fall outside chapter 93.
 */
import type { AttCategory } from '../schema/codes.ts';

type Words = { en: string; fr: string; es: string };

export interface HsHeading {
  heading: string;
  description: Words;
  /** ATT categories the heading's goods may belong to (empty: none of Art. 2(1)). */
  att: AttCategory[];
  match: 'approximate' | 'none';
  note: Words;
}

export const HS_CHAPTER_93_SOURCE = {
  title: 'WCO Harmonized System, chapter 93 (as published in the Canada Border Services Agency Customs Tariff, 2021)',
  url: 'https://cbsa-asfc.gc.ca/trade-commerce/tariff-tarif/2021/html/00/ch93-eng.html',
};

export const HS_CHAPTER_93: readonly HsHeading[] = [
  {
    heading: '93.01',
    description: {
      en: 'Military weapons other than revolvers, pistols and bladed arms (artillery, rocket and grenade launchers, torpedo tubes, military rifles and machine guns)',
      fr: 'Armes de guerre autres que revolvers, pistolets et armes blanches (artillerie, lance-roquettes et lance-grenades, tubes lance-torpilles, fusils et mitrailleuses militaires)',
      es: 'Armas de guerra distintas de revólveres, pistolas y armas blancas (artillería, lanzacohetes y lanzagranadas, tubos lanzatorpedos, fusiles y ametralladoras militares)',
    },
    att: ['III', 'VII', 'VIII'],
    match: 'approximate',
    note: {
      en: 'Artillery maps to III (above 75 mm), launchers to VII or VIII, military firearms to VIII; one heading spans three categories.',
      fr: 'L’artillerie relève de III (au-delà de 75 mm), les lanceurs de VII ou VIII, les armes à feu militaires de VIII ; une position couvre trois catégories.',
      es: 'La artillería corresponde a III (más de 75 mm), los lanzadores a VII u VIII, las armas de fuego militares a VIII; una partida abarca tres categorías.',
    },
  },
  {
    heading: '93.02',
    description: { en: 'Revolvers and pistols', fr: 'Revolvers et pistolets', es: 'Revólveres y pistolas' },
    att: ['VIII'],
    match: 'approximate',
    note: {
      en: 'Small arms (VIII), but the heading also holds civilian handguns, which the Treaty covers only as part of VIII when they are transferred as such.',
      fr: 'Armes de petit calibre (VIII), mais la position comprend aussi des armes de poing civiles.',
      es: 'Armas pequeñas (VIII), pero la partida incluye también armas cortas civiles.',
    },
  },
  {
    heading: '93.03',
    description: {
      en: 'Other firearms and devices fired by an explosive charge (sporting and hunting guns, signal pistols, captive-bolt and line-throwing guns)',
      fr: 'Autres armes à feu et engins à charge explosive (fusils de chasse et de sport, pistolets de signalisation, pistolets d’abattage, lance-amarres)',
      es: 'Otras armas de fuego y artefactos de carga explosiva (escopetas y rifles de caza y deporte, pistolas de señales, pistolas de matarife, lanzacabos)',
    },
    att: ['VIII'],
    match: 'approximate',
    note: {
      en: 'Hunting and sporting rifles may count as small arms (VIII); signal, slaughter and line-throwing devices do not.',
      fr: 'Les fusils de chasse et de sport peuvent compter comme armes de petit calibre (VIII) ; les engins de signalisation, d’abattage et lance-amarres non.',
      es: 'Los rifles de caza y deporte pueden contar como armas pequeñas (VIII); los artefactos de señales, de matarife y lanzacabos no.',
    },
  },
  {
    heading: '93.04',
    description: { en: 'Other arms: spring, air and gas guns, truncheons', fr: 'Autres armes : armes à ressort, à air ou à gaz, matraques', es: 'Otras armas: de resorte, aire o gas, porras' },
    att: [],
    match: 'none',
    note: { en: 'Not firearms: outside the eight categories.', fr: 'Pas des armes à feu : hors des huit catégories.', es: 'No son armas de fuego: fuera de las ocho categorías.' },
  },
  {
    heading: '93.05',
    description: { en: 'Parts and accessories of the arms of 93.01 to 93.04', fr: 'Parties et accessoires des armes des positions 93.01 à 93.04', es: 'Partes y accesorios de las armas de las partidas 93.01 a 93.04' },
    att: [],
    match: 'none',
    note: {
      en: 'Parts and components fall under Art. 4 of the Treaty (export controls), not the reporting categories of Art. 2(1).',
      fr: 'Les pièces et composants relèvent de l’art. 4 du Traité (contrôle des exportations), pas des catégories de l’art. 2(1).',
      es: 'Las piezas y componentes corresponden al art. 4 del Tratado (control de exportaciones), no a las categorías del art. 2(1).',
    },
  },
  {
    heading: '93.06',
    description: {
      en: 'Bombs, grenades, torpedoes, mines, missiles, cartridges and other ammunition and projectiles, and their parts',
      fr: 'Bombes, grenades, torpilles, mines, missiles, cartouches et autres munitions et projectiles, et leurs parties',
      es: 'Bombas, granadas, torpedos, minas, misiles, cartuchos y demás municiones y proyectiles, y sus partes',
    },
    att: ['VII'],
    match: 'approximate',
    note: {
      en: 'Missiles belong to VII; ammunition and munitions fall under Art. 3 (export controls), not the reporting categories.',
      fr: 'Les missiles relèvent de VII ; munitions relèvent de l’art. 3 (contrôle des exportations), pas des catégories déclarées.',
      es: 'Los misiles corresponden a VII; las municiones al art. 3 (control de exportaciones), no a las categorías que se informan.',
    },
  },
  {
    heading: '93.07',
    description: {
      en: 'Swords, bayonets, lances and similar bladed arms, their parts and scabbards',
      fr: 'Sabres, baïonnettes, lances et armes blanches similaires, leurs parties et fourreaux',
      es: 'Sables, bayonetas, lanzas y armas blancas similares, sus partes y vainas',
    },
    att: [],
    match: 'none',
    note: { en: 'Bladed arms: outside the eight categories.', fr: 'Armes blanches : hors des huit catégories.', es: 'Armas blancas: fuera de las ocho categorías.' },
  },
];
