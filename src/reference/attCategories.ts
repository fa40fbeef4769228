/**
 * ATT categories: the eight categories of Art. 2(1) and the small arms and light weapons
 * sub-categories of the annual reporting template.
 *
 * Sources (read as stored copies, no live web access):
 * - Art. 2(1) (a)–(h), English: the Treaty text (UN text as held in github.com/statengeneraal/laws-markdown,
 *   verdrag/the/arms/trade/treaty/BWBV0006233/README.md). French, official text as published by
 *   Switzerland (RS 0.518.61, https://droit-bilingue.ch/it-fr/0.5/0.51/0.518.61-2-5.html): "chars de
 *   combat … armes légères et armes de petit calibre". Spanish, the Treaty as promulgated in Colombian
 *   law (Ley 2289 de 2023, https://leyonline.co/laws/ley-2289-de-2023/articulo-1-objeto-y-fin):
 *   "Carros de combate … Armas pequeñas y armas ligeras". Labels are those words, capitalised.
 * - Sub-categories of VIII: the ATT reporting template (ATT/CSP1/2015/WP.4/Rev.2, 27 Aug 2015, and the
 *   template of 29 May 2017) reproduces for category VIII the UN Register's form for voluntary SALW
 *   reporting: small arms 1 revolvers and self-loading pistols, 2 rifles and carbines, 3 sub-machine
 *   guns, 4 assault rifles, 5 light machine guns, 6 others; light weapons 1 heavy machine guns,
 *   2 hand-held under-barrel and mounted grenade launchers, 3 portable anti-tank guns, 4 recoilless
 *   rifles, 5 portable anti-tank missile launchers and rocket systems, 6 mortars of calibres less
 *   than 75 mm, 7 others. Only the openings of the template copies could be read (docslib.org/doc/7301911,
 *   fdocuments.in), which confirm the template's structure and the numbering "3 sub-machine guns,
 *   4 assault rifles". The English names of the six small-arms types and of light-weapon types 1, 3
 *   and 4 were also seen, word for word, in the field names of the UNROCA database (as mapped by a
 *   public UNROCA scraper); that later UNROCA form adds MANPADS and counts mortars below 100 mm, so
 *   the 75 mm limit and the wording of light-weapon types 2 and 5 rest on the 2014 form as described
 *   in the project brief and could not be read in a primary copy.
 *   The French and Spanish wording of the sub-categories could NOT be checked against the official
 *   French and Spanish forms: those labels are the portal's translations, in the terms of the
 *   International Tracing Instrument's French and Spanish texts as far as known.
 *
 * Codes: the numeral (I–VIII), VIII.a small arms and VIII.b light weapons, VIII.a.1 … by the form's
 * numbering. Every ATT code maps to its top-level numeral, match 'exact'. No Node or DOM imports.
 */
import type { CategoryRow } from '../schema/categories.ts';
import type { AttCategory } from '../schema/codes.ts';

type Labels = readonly [en: string, fr: string, es: string];

const TOP: readonly [AttCategory, ...Labels][] = [
  ['I', 'Battle tanks', 'Chars de combat', 'Carros de combate'],
  ['II', 'Armoured combat vehicles', 'Véhicules blindés de combat', 'Vehículos blindados de combate'],
  ['III', 'Large-calibre artillery systems', 'Systèmes d’artillerie de gros calibre', 'Sistemas de artillería de gran calibre'],
  ['IV', 'Combat aircraft', 'Avions de combat', 'Aeronaves de combate'],
  ['V', 'Attack helicopters', 'Hélicoptères de combat', 'Helicópteros de ataque'],
  ['VI', 'Warships', 'Navires de guerre', 'Buques de guerra'],
  ['VII', 'Missiles and missile launchers', 'Missiles et lanceurs de missiles', 'Misiles y lanzamisiles'],
  ['VIII', 'Small arms and light weapons', 'Armes légères et armes de petit calibre', 'Armas pequeñas y armas ligeras'],
];

const LANG_INDEX = { en: 0, fr: 1, es: 2 } as const;

/** The Art. 2(1) name of an ATT category in a language of the site (null for an unknown code). */
export function attCategoryName(cat: string, lang: keyof typeof LANG_INDEX): string | null {
  const row = TOP.find(([code]) => code === cat);
  return row ? row[1 + LANG_INDEX[lang]]! : null;
}

const SMALL_ARMS: Labels = ['Small arms', 'Armes de petit calibre', 'Armas pequeñas'];
const SMALL_ARMS_TYPES: readonly Labels[] = [
  ['Revolvers and self-loading pistols', 'Revolvers et pistolets à chargement automatique', 'Revólveres y pistolas de carga automática'],
  ['Rifles and carbines', 'Fusils et carabines', 'Fusiles y carabinas'],
  ['Sub-machine guns', 'Mitraillettes', 'Metralletas'],
  ['Assault rifles', 'Fusils d’assaut', 'Fusiles de asalto'],
  ['Light machine guns', 'Mitrailleuses légères', 'Ametralladoras ligeras'],
  ['Other small arms', 'Autres armes de petit calibre', 'Otras armas pequeñas'],
];

const LIGHT_WEAPONS: Labels = ['Light weapons', 'Armes légères', 'Armas ligeras'];
const LIGHT_WEAPON_TYPES: readonly Labels[] = [
  ['Heavy machine guns', 'Mitrailleuses lourdes', 'Ametralladoras pesadas'],
  ['Hand-held under-barrel and mounted grenade launchers', 'Lance-grenades portatifs, sous le canon ou montés', 'Lanzagranadas portátiles, bajo el cañón o montados'],
  ['Portable anti-tank guns', 'Canons antichars portatifs', 'Cañones antitanque portátiles'],
  ['Recoilless rifles', 'Fusils sans recul', 'Fusiles sin retroceso'],
  ['Portable anti-tank missile launchers and rocket systems', 'Lance-missiles antichars et systèmes de roquettes portatifs', 'Lanzadores portátiles de misiles antitanque y sistemas de cohetes'],
  ['Mortars of calibres less than 75 mm', 'Mortiers de calibre inférieur à 75 mm', 'Morteros de calibre inferior a 75 mm'],
  ['Other light weapons', 'Autres armes légères', 'Otras armas ligeras'],
];

function row(code: string, parent: string | null, [en, fr, es]: Labels, top: AttCategory, sortOrder: number): CategoryRow {
  return {
    scheme: 'ATT',
    code,
    parent_code: parent,
    label_en: en,
    label_fr: fr,
    label_es: es,
    att_category: top,
    att_match: 'exact',
    crosswalk_note: null,
    sort_order: sortOrder,
  };
}

/** ATT rows in display order: I–VII, then VIII with its two groups and their types. */
export function attCategoryRows(): CategoryRow[] {
  const rows: CategoryRow[] = [];
  const add = (code: string, parent: string | null, labels: Labels, top: AttCategory) => rows.push(row(code, parent, labels, top, rows.length + 1));
  for (const [code, ...labels] of TOP) add(code, null, labels, code);
  add('VIII.a', 'VIII', SMALL_ARMS, 'VIII');
  SMALL_ARMS_TYPES.forEach((labels, i) => add(`VIII.a.${i + 1}`, 'VIII.a', labels, 'VIII'));
  add('VIII.b', 'VIII', LIGHT_WEAPONS, 'VIII');
  LIGHT_WEAPON_TYPES.forEach((labels, i) => add(`VIII.b.${i + 1}`, 'VIII.b', labels, 'VIII'));
  return rows;
}
