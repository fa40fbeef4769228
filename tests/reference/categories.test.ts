import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildCategories } from '../../src/reference/categories.ts';
import { categories, type CategoryRow } from '../../src/schema/categories.ts';

const rows = buildCategories();
const att = rows.filter((r) => r.scheme === 'ATT');
const ml = rows.filter((r) => r.scheme === 'ML');
const get = (code: string) => rows.find((r) => r.code === code)!;

describe('categories table', () => {
  it('returns rows of the schema type, each accepted by the zod row schema', () => {
    expectTypeOf(rows).toEqualTypeOf<CategoryRow[]>();
    for (const r of rows) expect(() => categories.row.parse(r)).not.toThrow();
  });

  it('has unique codes and display orders within each scheme, and every parent present', () => {
    for (const scheme of ['ATT', 'ML'] as const) {
      const own = rows.filter((r) => r.scheme === scheme);
      expect(new Set(own.map((r) => r.code)).size).toBe(own.length);
      expect(new Set(own.map((r) => r.sort_order)).size).toBe(own.length);
      for (const r of own)
        if (r.parent_code !== null)
          expect(
            own.some((p) => p.code === r.parent_code),
            r.code,
          ).toBe(true);
    }
  });

  it('labels every category in English, French and Spanish, without repeats within a scheme', () => {
    for (const own of [att, ml]) {
      for (const key of ['label_en', 'label_fr', 'label_es'] as const) {
        for (const r of own) expect(r[key].trim(), `${r.code} ${key}`).not.toBe('');
        expect(new Set(own.map((r) => r[key])).size).toBe(own.length);
      }
    }
  });
});

describe('ATT categories', () => {
  it('has the eight Art. 2(1) categories, two SALW groups, six small-arms and seven light-weapon types', () => {
    expect(att.filter((r) => r.parent_code === null).map((r) => r.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    expect(att.filter((r) => r.parent_code === 'VIII').map((r) => r.code)).toEqual(['VIII.a', 'VIII.b']);
    expect(att.filter((r) => r.parent_code === 'VIII.a')).toHaveLength(6);
    expect(att.filter((r) => r.parent_code === 'VIII.b')).toHaveLength(7);
  });

  it('maps every ATT code exactly to its top-level numeral', () => {
    for (const r of att) {
      expect(r.att_match).toBe('exact');
      expect(r.att_category).toBe(r.code.split('.')[0]);
    }
  });

  it('uses the Treaty’s own words in French and Spanish for the eight categories', () => {
    expect(get('I')).toMatchObject({ label_en: 'Battle tanks', label_fr: 'Chars de combat', label_es: 'Carros de combate' });
    expect(get('V')).toMatchObject({ label_fr: 'Hélicoptères de combat', label_es: 'Helicópteros de ataque' });
    expect(get('VIII')).toMatchObject({ label_fr: 'Armes légères et armes de petit calibre', label_es: 'Armas pequeñas y armas ligeras' });
  });
});

describe('EU Military List and its crosswalk to ATT', () => {
  it('lists ML1 to ML22 in order', () => {
    expect(ml.map((r) => r.code)).toEqual(Array.from({ length: 22 }, (_, i) => `ML${i + 1}`));
  });

  it('gives every ML code a match quality and a note that calls the crosswalk a judgement', () => {
    for (const r of ml) {
      expect(['approximate', 'none']).toContain(r.att_match);
      expect(r.att_category === null).toBe(r.att_match === 'none');
      expect(r.crosswalk_note ?? '').toMatch(/reviewed judgement/);
    }
  });

  it('maps the weapon entries approximately and the rest to none', () => {
    const map = Object.fromEntries(ml.map((r) => [r.code, r.att_category]));
    expect(map).toMatchObject({ ML1: 'VIII', ML2: 'III', ML3: null, ML4: 'VII', ML5: null, ML6: 'II', ML9: 'VI', ML10: 'IV', ML22: null });
    expect(ml.filter((r) => r.att_match === 'approximate').map((r) => r.code)).toEqual(['ML1', 'ML2', 'ML4', 'ML6', 'ML9', 'ML10']);
  });

  it('names in the note the second ATT category an entry also covers', () => {
    expect(get('ML6').crosswalk_note).toMatch(/battle tanks \(ATT I\)/);
    expect(get('ML10').crosswalk_note).toMatch(/attack helicopters \(ATT V\)/);
    expect(get('ML3').crosswalk_note).toMatch(/Art\. 3/);
  });
});
