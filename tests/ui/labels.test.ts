import { describe, expect, it } from 'vitest';
import { attCategoryLabel, basisLabel, instrumentLabel, regionLabel } from '../../src/ui/labels.ts';

describe('labels', () => {
  it('translates coded values and shows unknown codes as they are', () => {
    expect(basisLabel('fr', 'refused')).toBe('refusé');
    expect(instrumentLabel('es', 'UNROCA')).toBe('Registro de Armas Convencionales de la ONU');
    expect(instrumentLabel('en', 'NEW_THING')).toBe('NEW_THING');
    expect(attCategoryLabel('fr', null)).toBe('Sans équivalent TCA');
    expect(attCategoryLabel('en', 'IV')).toBe('IV — Combat aircraft');
    expect(attCategoryLabel('fr', 'VIII')).toBe('VIII — Armes légères et armes de petit calibre');
    expect(attCategoryLabel('es', 'V')).toBe('V — Helicópteros de ataque');
    expect(attCategoryLabel('en', 'IX')).toBe('IX');
  });

  it('names M49 regions and sub-regions in the page language', () => {
    expect(regionLabel('fr', 'Africa')).toBe('Afrique');
    expect(regionLabel('es', 'Northern Africa')).toBe('África septentrional');
    expect(regionLabel('en', null)).toBe('No region');
  });
});
