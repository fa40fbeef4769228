/**
 * EU Common Military List entries ML1–ML22, with short labels and the CROSSWALK to the ATT Art. 2(1)
 * categories.
 *
 * Labels: shortened headings of the EU Common Military List (Council, e.g. OJ C 98, 18.4.2008, and its
 * yearly updates, which keep the 22 headings). English as in the list (the UK ratings list in the CAAT
 * data words them the same way); French and Spanish follow the headings of the list's French and
 * Spanish versions, shortened the same way. Only the opening of those versions could be read here
 * (ML1), so the other French and Spanish labels could not be checked word for word.
 *
 * Crosswalk: a REVIEWED JUDGEMENT by the portal, not a fact published by the EU or the ATT. An ML entry
 * and an ATT category rarely cover the same items: 'exact' is never claimed, 'approximate' names the
 * ATT category most of the entry's major weapons fall in, 'none' means the entry lies outside the
 * eight categories of Art. 2(1) (ammunition, parts and components are covered by Arts. 3 and 4, not
 * by the categories). Every note says why. No Node or DOM imports.
 */
import type { CategoryRow } from '../schema/categories.ts';
import type { AttCategory, AttMatch } from '../schema/codes.ts';

interface MlEntry {
  n: number;
  en: string;
  fr: string;
  es: string;
  att: AttCategory | null;
  match: AttMatch;
  note: string;
}

const JUDGEMENT = 'Portal’s reviewed judgement, not an official correspondence.';

const ENTRIES: readonly MlEntry[] = [
  {
    n: 1,
    en: 'Smooth-bore weapons with a calibre of less than 20 mm, other arms and automatic weapons with a calibre of 12.7 mm or less',
    fr: 'Armes à canon lisse d’un calibre inférieur à 20 mm, autres armes et armes automatiques d’un calibre inférieur ou égal à 12,7 mm',
    es: 'Armas de ánima lisa con un calibre inferior a 20 mm, otras armas y armas automáticas con un calibre de 12,7 mm o inferior',
    att: 'VIII',
    match: 'approximate',
    note: 'Rifles, pistols, sub-machine guns and machine guns up to 12.7 mm are small arms and light weapons (ATT VIII), but ML1 also covers sporting and hunting arms, smooth-bore guns, silencers, mounts and other accessories that no ATT category covers.',
  },
  {
    n: 2,
    en: 'Smooth-bore weapons with a calibre of 20 mm or more, other weapons or armament with a calibre greater than 12.7 mm, projectors and accessories',
    fr: 'Armes à canon lisse d’un calibre égal ou supérieur à 20 mm, autres armes ou armements d’un calibre supérieur à 12,7 mm, projecteurs et accessoires',
    es: 'Armas de ánima lisa con un calibre igual o superior a 20 mm, otras armas o armamento con un calibre superior a 12,7 mm, proyectores y accesorios',
    att: 'III',
    match: 'approximate',
    note: 'Guns, howitzers, mortars and rocket launchers of 75 mm and more are large-calibre artillery systems (ATT III), but ML2 starts above 12.7 mm: it also covers cannon of 20–75 mm, light mortars and grenade launchers that the ATT counts as light weapons (VIII), as well as smoke, gas and pyrotechnic projectors and accessories.',
  },
  {
    n: 3,
    en: 'Ammunition and fuze setting devices',
    fr: 'Munitions et dispositifs de réglage de fusées',
    es: 'Municiones y dispositivos para graduar espoletas',
    att: null,
    match: 'none',
    note: 'Ammunition falls under ATT Art. 3 (ammunition/munitions), not under the categories of Art. 2(1).',
  },
  {
    n: 4,
    en: 'Bombs, torpedoes, rockets, missiles, other explosive devices and charges',
    fr: 'Bombes, torpilles, roquettes, missiles, autres dispositifs et charges explosifs',
    es: 'Bombas, torpedos, cohetes, misiles, otros artefactos y cargas explosivos',
    att: 'VII',
    match: 'approximate',
    note: 'Missiles and rockets, and their launchers, are ATT VII (missiles and missile launchers, MANPADS included), but ML4 also covers bombs, torpedoes, mines, grenades and demolition charges, which are munitions under Art. 3 rather than a category of Art. 2(1).',
  },
  {
    n: 5,
    en: 'Fire control, surveillance and warning equipment, and related systems, test, alignment and countermeasure equipment',
    fr: 'Matériel de conduite de tir, de surveillance et d’alerte, systèmes connexes, matériel d’essai, d’alignement et de contre-mesure',
    es: 'Equipos de dirección de tiro, vigilancia y alerta, sistemas relacionados, equipos de ensayo, alineación y contramedida',
    att: null,
    match: 'none',
    note: 'Fire control and warning equipment is not a weapon category of Art. 2(1); at most it holds parts and components (Art. 4).',
  },
  {
    n: 6,
    en: 'Ground vehicles and components',
    fr: 'Véhicules terrestres et leurs composants',
    es: 'Vehículos terrenos y sus componentes',
    att: 'II',
    match: 'approximate',
    note: 'Military ground vehicles include battle tanks (ATT I) and armoured combat vehicles (ATT II); mapped to II as the wider of the two, with tanks (I) inside. ML6 also covers unarmed military vehicles, trucks, trailers and components that neither category covers.',
  },
  {
    n: 7,
    en: 'Chemical agents, biological agents, riot control agents, radioactive materials, related equipment, components and materials',
    fr: 'Agents chimiques, agents biologiques, agents antiémeutes, substances radioactives, matériel, composants et substances connexes',
    es: 'Agentes químicos, agentes biológicos, agentes antidisturbios, materiales radiactivos, equipos, componentes y materiales relacionados',
    att: null,
    match: 'none',
    note: 'Chemical, biological and riot control agents and related equipment are outside the conventional arms categories of Art. 2(1).',
  },
  {
    n: 8,
    en: 'Energetic materials and related substances',
    fr: 'Matières énergétiques et substances connexes',
    es: 'Materiales energéticos y sustancias relacionadas',
    att: null,
    match: 'none',
    note: 'Explosives, propellants and pyrotechnics are materials, not weapons of the categories of Art. 2(1).',
  },
  {
    n: 9,
    en: 'Vessels of war (surface or underwater), special naval equipment, accessories, components and other surface vessels',
    fr: 'Navires de guerre (de surface ou sous-marins), matériel naval spécialisé, accessoires, composants et autres navires de surface',
    es: 'Buques de guerra (de superficie o subacuáticos), equipo naval especial, accesorios, componentes y otros buques de superficie',
    att: 'VI',
    match: 'approximate',
    note: 'Vessels of war are ATT VI (warships), but ML9 also covers special naval equipment, accessories, components and other surface vessels.',
  },
  {
    n: 10,
    en: 'Aircraft, lighter-than-air vehicles, unmanned aerial vehicles, aero-engines and aircraft equipment',
    fr: 'Aéronefs, véhicules plus légers que l’air, véhicules aériens non habités, moteurs et matériel d’aéronefs',
    es: 'Aeronaves, vehículos más ligeros que el aire, vehículos aéreos no tripulados, motores de aviación y equipo de aeronaves',
    att: 'IV',
    match: 'approximate',
    note: 'Military aircraft include combat aircraft (ATT IV) and attack helicopters (ATT V); mapped to IV, with helicopters (V) inside. ML10 also covers transport and training aircraft, unarmed UAVs, aero-engines and aircraft equipment that neither category covers.',
  },
  {
    n: 11,
    en: 'Electronic equipment, spacecraft and components not specified elsewhere',
    fr: 'Matériel électronique, véhicules spatiaux et composants non visés ailleurs',
    es: 'Equipos electrónicos, vehículos espaciales y componentes no incluidos en otro lugar',
    att: null,
    match: 'none',
    note: 'Military electronics and spacecraft are not a weapon category of Art. 2(1).',
  },
  {
    n: 12,
    en: 'High velocity kinetic energy weapon systems and related equipment',
    fr: 'Systèmes d’armes à énergie cinétique à grande vitesse et matériel connexe',
    es: 'Sistemas de armas de energía cinética de alta velocidad y equipos relacionados',
    att: null,
    match: 'none',
    note: 'Kinetic energy weapon systems are not among the eight categories of Art. 2(1).',
  },
  {
    n: 13,
    en: 'Armoured or protective equipment, constructions and components',
    fr: 'Matériel, constructions et composants blindés ou de protection',
    es: 'Equipos, construcciones y componentes blindados o de protección',
    att: null,
    match: 'none',
    note: 'Armour plate, body armour and helmets are protective equipment, not weapons of Art. 2(1).',
  },
  {
    n: 14,
    en: 'Specialised equipment for military training or for simulating military scenarios, and simulators',
    fr: 'Matériel spécialisé pour l’entraînement militaire ou la simulation de scénarios militaires, et simulateurs',
    es: 'Equipos especializados para el entrenamiento militar o la simulación de escenarios militares, y simuladores',
    att: null,
    match: 'none',
    note: 'Training equipment and simulators are not weapons of Art. 2(1).',
  },
  {
    n: 15,
    en: 'Imaging or countermeasure equipment, specially designed for military use',
    fr: 'Matériel d’imagerie ou de contre-mesure, spécialement conçu pour l’usage militaire',
    es: 'Equipos de formación de imagen o de contramedida, especialmente diseñados para uso militar',
    att: null,
    match: 'none',
    note: 'Imaging and countermeasure equipment is not a weapon category of Art. 2(1).',
  },
  {
    n: 16,
    en: 'Forgings, castings and other unfinished products',
    fr: 'Pièces de forge, pièces de fonderie et autres produits non finis',
    es: 'Piezas de forja, piezas de fundición y otros productos sin acabar',
    att: null,
    match: 'none',
    note: 'Unfinished products are at most parts and components (Art. 4), not weapons of Art. 2(1).',
  },
  {
    n: 17,
    en: 'Miscellaneous equipment, materials and libraries',
    fr: 'Matériel, matières et bibliothèques divers',
    es: 'Equipos, materiales y bibliotecas diversos',
    att: null,
    match: 'none',
    note: 'Miscellaneous equipment (diving apparatus, field engineering, robots, signature suppression …) is not a weapon category of Art. 2(1).',
  },
  {
    n: 18,
    en: 'Production equipment and components',
    fr: 'Matériel de production et composants',
    es: 'Equipos de producción y componentes',
    att: null,
    match: 'none',
    note: 'Production and test equipment is not a weapon category of Art. 2(1).',
  },
  {
    n: 19,
    en: 'Directed energy weapon (DEW) systems, related or countermeasure equipment and test models',
    fr: 'Systèmes d’armes à énergie dirigée (DEW), matériel connexe ou de contre-mesure et modèles expérimentaux',
    es: 'Sistemas de armas de energía dirigida (DEW), equipos relacionados o de contramedida y modelos de ensayo',
    att: null,
    match: 'none',
    note: 'Directed energy weapons are not among the eight categories of Art. 2(1).',
  },
  {
    n: 20,
    en: 'Cryogenic and superconductive equipment',
    fr: 'Matériel cryogénique et supraconducteur',
    es: 'Equipos criogénicos y superconductores',
    att: null,
    match: 'none',
    note: 'Cryogenic and superconductive equipment is not a weapon category of Art. 2(1).',
  },
  {
    n: 21,
    en: 'Software',
    fr: 'Logiciels',
    es: 'Equipo lógico (software)',
    att: null,
    match: 'none',
    note: 'Software is not a weapon category of Art. 2(1).',
  },
  {
    n: 22,
    en: 'Technology',
    fr: 'Technologie',
    es: 'Tecnología',
    att: null,
    match: 'none',
    note: 'Technology is not a weapon category of Art. 2(1); the ATT does not cover transfers of technology.',
  },
];

/** ML rows in list order, each with its crosswalk and note. */
export function militaryListRows(): CategoryRow[] {
  return ENTRIES.map((e, i) => ({
    scheme: 'ML',
    code: `ML${e.n}`,
    parent_code: null,
    label_en: e.en,
    label_fr: e.fr,
    label_es: e.es,
    att_category: e.att,
    att_match: e.match,
    crosswalk_note: `${e.note} ${JUDGEMENT}`,
    sort_order: i + 1,
  }));
}
