import { describe, expect, it } from 'vitest';
import { buildCategories } from '../../src/reference/categories.ts';
import { canonicalCategoryCode, createCategoryLookup } from '../../src/reference/categoryLookup.ts';
import type { CategoryRow } from '../../src/schema/categories.ts';

/** A UK rating row as the UK source would add it at pipeline time (synthetic). */
const ukRow: CategoryRow = {
  scheme: 'UK',
  code: 'PL5001',
  parent_code: null,
  label_en: 'Synthetic UK rating',
  label_fr: 'Classement britannique fictif',
  label_es: 'Clasificación británica ficticia',
  att_category: null,
  att_match: 'none',
  crosswalk_note: null,
  sort_order: 1,
};
const reference = buildCategories();
const lookup = createCategoryLookup([...reference, ukRow]);

describe('canonicalCategoryCode', () => {
  it('spells ATT codes with a capital numeral, a small letter and a plain number', () => {
    expect(canonicalCategoryCode('ATT', 'viii.A.01')).toBe('VIII.a.1');
    expect(canonicalCategoryCode('ATT', 'VIII a 1')).toBe('VIII.a.1');
    expect(canonicalCategoryCode('ATT', 'viiib')).toBe('VIII.b');
    expect(canonicalCategoryCode('ATT', ' iv ')).toBe('IV');
  });

  it('spells ML codes as ML followed by the number', () => {
    for (const code of ['ML4', 'ml4', 'ML 4', 'ML04', ' Ml 4 ']) expect(canonicalCategoryCode('ML', code)).toBe('ML4');
  });

  it('leaves UK codes and codes it cannot read as written, trimmed', () => {
    expect(canonicalCategoryCode('UK', ' 5A002 ')).toBe('5A002');
    expect(canonicalCategoryCode('ATT', ' Category 9 ')).toBe('Category 9');
    expect(canonicalCategoryCode('ML', 'Total')).toBe('Total');
  });
});

describe('category lookup', () => {
  it('resolves every ATT code of the table, in any case, to its numeral with an exact match', () => {
    for (const r of reference.filter((x) => x.scheme === 'ATT')) {
      expect(lookup.lookup('ATT', r.code)).toEqual({ attCategory: r.code.split('.')[0], attMatch: 'exact' });
      expect(lookup.lookup('ATT', r.code.toLowerCase())).toEqual({ attCategory: r.code.split('.')[0], attMatch: 'exact' });
    }
  });

  it('resolves ML codes in their usual spellings to the crosswalk', () => {
    for (const code of ['ML4', 'ml4', 'ML 4']) expect(lookup.lookup('ML', code)).toEqual({ attCategory: 'VII', attMatch: 'approximate' });
    expect(lookup.lookup('ML', 'ML21')).toEqual({ attCategory: null, attMatch: 'none' });
  });

  it('looks UK codes up among the UK rows passed in', () => {
    expect(lookup.lookup('UK', 'PL5001')).toEqual({ attCategory: null, attMatch: 'none' });
    expect(createCategoryLookup(reference).lookup('UK', 'PL5001')).toBeNull();
  });

  it('returns null for codes that are not in the scheme', () => {
    for (const code of ['IX', 'VIII.c', 'VIII.a.7', 'VIII.b.8', '8', '']) expect(lookup.lookup('ATT', code), code).toBeNull();
    for (const code of ['ML0', 'ML23', 'Total', 'ML4a']) expect(lookup.lookup('ML', code), code).toBeNull();
    expect(lookup.lookup('UK', 'PL9999')).toBeNull();
  });

  it('keeps schemes apart: an ML code is no ATT code and the other way round', () => {
    expect(lookup.lookup('ATT', 'ML4')).toBeNull();
    expect(lookup.lookup('ML', 'VII')).toBeNull();
    expect(lookup.lookup('ML', 'PL5001')).toBeNull();
  });

  it('refuses a table that lists a code twice', () => {
    expect(() => createCategoryLookup([ukRow, ukRow])).toThrow(/listed twice/);
  });
});
