/** The reference data the pipeline resolves against, gathered in the shape build() takes. */
import { buildCategories, canonicalCategoryCode, createCategoryLookup } from '../reference/categories.ts';
import { buildStates, createStateResolver } from '../reference/states.ts';
import type { Reference } from './build.ts';

export const REFERENCE: Reference = {
  states: buildStates(),
  categories: buildCategories(),
  stateResolver: createStateResolver,
  categoryLookup: createCategoryLookup,
  canonicalCode: canonicalCategoryCode,
};
