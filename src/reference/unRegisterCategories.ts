/**
 * UN Register of Conventional Arms (UNROCA) categories, as the Register's reporting form named them for
 * the calendar years 2010–2016 (the years of the unroca-transfers source), with the crosswalk to ATT.
 *
 * Crosswalk: EXACT for every code. The ATT's Art. 2(1)(a)–(g) take the seven categories of the Register
 * word for word (battle tanks … missiles and missile launchers), and Art. 5(3) ties their scope to the
 * Register's descriptions at the Treaty's entry into force. The Register splits two of them:
 *   IV.a  combat aircraft, the only sub-category of IV reported in these years' data;
 *   VII.a missiles and missile launchers, VII.b man-portable air-defence systems (MANPADS);
 * they are kept as sub-categories (parent IV, VII) so that a missile and a MANPADS are never confused,
 * and both map to ATT VII.
 *
 * English labels are the Register's own, as printed on the report pages (the source file). French and
 * Spanish labels of I–VII are the ATT's official wording (attCategories.ts), which the Treaty took from
 * the Register; the labels of the sub-categories are the portal's translations. No Node or DOM imports.
 */
import type { CategoryRow } from '../schema/categories.ts';
import type { AttCategory } from '../schema/codes.ts';
import { attCategoryRows } from './attCategories.ts';

type Labels = readonly [en: string, fr: string, es: string];

const NOTE_TOP = 'UN Register category of the same name: ATT Art. 2(1)(a)–(g) take the Register categories I–VII word for word (Art. 5(3) ties their scope to the Register descriptions).';

/** Codes of the Register scheme in display order, with their parent and ATT category; labels of I–VII come from the ATT rows. */
const CODES: readonly { code: string; parent: string | null; att: AttCategory; labels?: Labels; note?: string }[] = [
  { code: 'I', parent: null, att: 'I' },
  { code: 'II', parent: null, att: 'II' },
  { code: 'III', parent: null, att: 'III' },
  { code: 'IV', parent: null, att: 'IV' },
  {
    code: 'IV.a',
    parent: 'IV',
    att: 'IV',
    labels: ['Combat aircraft', 'Avions de combat', 'Aeronaves de combate'],
    note: 'Register sub-category IV (a), combat aircraft: within ATT IV (combat aircraft).',
  },
  { code: 'V', parent: null, att: 'V' },
  { code: 'VI', parent: null, att: 'VI' },
  { code: 'VII', parent: null, att: 'VII' },
  {
    code: 'VII.a',
    parent: 'VII',
    att: 'VII',
    labels: ['Missiles and missile launchers', 'Missiles et lanceurs de missiles', 'Misiles y lanzamisiles'],
    note: 'Register sub-category VII (a), missiles and missile launchers: ATT VII.',
  },
  {
    code: 'VII.b',
    parent: 'VII',
    att: 'VII',
    labels: ['Man-portable air-defence systems (MANPADS)', 'Systèmes portatifs de défense aérienne (MANPADS)', 'Sistemas portátiles de defensa aérea (MANPADS)'],
    note: 'Register sub-category VII (b), MANPADS: ATT VII (missiles and missile launchers), where the Register reports them apart.',
  },
];

/** The Register's English label of each code, as printed on the report pages (used to check the source's text). */
export const UN_REGISTER_LABELS: Readonly<Record<string, string>> = {
  I: 'Battle tanks',
  II: 'Armoured combat vehicles',
  III: 'Large calibre artillery systems',
  'IV.a': 'Combat aircraft',
  V: 'Attack helicopters',
  VI: 'Warships',
  'VII.a': 'Missiles and missile launchers',
  'VII.b': 'Man-Portable Air-Defence Systems (MANPADS)',
};

export function unRegisterCategoryRows(): CategoryRow[] {
  const att = new Map(attCategoryRows().map((r) => [r.code, r]));
  return CODES.map(({ code, parent, att: top, labels, note }, i) => {
    const a = att.get(top)!;
    const [en, fr, es] = labels ?? [a.label_en, a.label_fr, a.label_es];
    return {
      scheme: 'UNROCA',
      code,
      parent_code: parent,
      label_en: en,
      label_fr: fr,
      label_es: es,
      att_category: top,
      att_match: 'exact',
      crosswalk_note: note ?? NOTE_TOP,
      sort_order: i + 1,
    };
  });
}
