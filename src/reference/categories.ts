/**
 * The categories reference table: ATT Art. 2(1) categories with their SALW sub-categories
 * (attCategories.ts) and the EU Common Military List with its crosswalk to ATT (militaryList.ts).
 * Swiss war-material categories KM 1–22 (swissKmCategories.ts) follow the ML numbering.
 * UK ratings are added by the UK source at pipeline time. Each row is checked against the schema.
 */
import { categories, type CategoryRow } from '../schema/categories.ts';
import { attCategoryRows } from './attCategories.ts';
import { militaryListRows } from './militaryList.ts';
import { swissKmRows } from './swissKmCategories.ts';

export { canonicalCategoryCode, createCategoryLookup } from './categoryLookup.ts';

export function buildCategories(): CategoryRow[] {
  return [...attCategoryRows(), ...militaryListRows(), ...swissKmRows()].map((r) => categories.row.parse(r));
}
