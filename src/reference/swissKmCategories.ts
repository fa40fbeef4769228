/**
 * Swiss war-material categories KM 1–22 (Kriegsmaterialverordnung, annex 1) as SECO's export
 * statistics use them, with their crosswalk to the ATT Art. 2(1) categories.
 *
 * KM n is numbered and headed as entry ML n of the Wassenaar / EU Military List (SOURCE.md of
 * seco-ch-war-material), so each KM row takes the label and the crosswalk of its ML row and says so
 * in its note: the crosswalk is the portal's reviewed judgement (militaryList.ts), not SECO's.
 *
 * SECO's tables print KM 9, KM 11–15 and KM 17–22 in one lumped column. Its figures cannot be split
 * into those entries, so the lumped column is a code of its own with no ATT category. The single
 * entries stay in the scheme (the Swiss list has them) although no table reports them one by one.
 * No Node or DOM imports.
 */
import type { CategoryRow } from '../schema/categories.ts';
import { militaryListRows } from './militaryList.ts';

/** Code of SECO's lumped column "KM 9 / KM 11-15 / KM 17-22". */
export const KM_LUMPED_CODE = 'KM9/11-15/17-22';

/** The single entries the lumped column adds together. */
export const KM_LUMPED_ENTRIES: readonly number[] = [9, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22];

export function swissKmRows(): CategoryRow[] {
  const ml = militaryListRows();
  const rows: CategoryRow[] = ml.map((m, i) => ({
    scheme: 'CH_KM',
    code: `KM${i + 1}`,
    parent_code: null,
    label_en: m.label_en,
    label_fr: m.label_fr,
    label_es: m.label_es,
    att_category: m.att_category,
    att_match: m.att_match,
    crosswalk_note: `KM ${i + 1} is numbered and headed as ${m.code}; crosswalk as ${m.code}: ${m.crosswalk_note}`,
    sort_order: i + 1,
  }));
  rows.push({
    scheme: 'CH_KM',
    code: KM_LUMPED_CODE,
    parent_code: null,
    label_en: 'KM 9, KM 11–15 and KM 17–22 together (one column in SECO’s tables)',
    label_fr: 'KM 9, KM 11–15 et KM 17–22 ensemble (une seule colonne dans les tableaux du SECO)',
    label_es: 'KM 9, KM 11–15 y KM 17–22 juntos (una sola columna en los cuadros de la SECO)',
    att_category: null,
    att_match: 'none',
    crosswalk_note:
      'SECO adds the exports of twelve entries (vessels, aircraft, electronics, armoured equipment, training and imaging equipment, directed energy, software, technology and others) in one column; the figure cannot be split, so no ATT category can be given.',
    sort_order: 23,
  });
  return rows;
}
