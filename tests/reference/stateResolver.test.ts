import { describe, expect, it } from 'vitest';
import { createStateResolver, normalizeName } from '../../src/reference/stateResolver.ts';
import { buildStates } from '../../src/reference/states.ts';

const rows = buildStates();
const resolver = createStateResolver(rows);
const resolve = (name: string) => resolver.resolve(name);

describe('normalizeName', () => {
  it('drops case, accents and punctuation and joins apostrophes, so names meet their slugs', () => {
    expect(normalizeName("  Côte d'Ivoire ")).toBe('cote divoire');
    expect(normalizeName('cote-divoire')).toBe('cote divoire');
    expect(normalizeName('Bosnia & Herzegovina')).toBe('bosnia and herzegovina');
    expect(normalizeName('ÉTATS-UNIS D’AMÉRIQUE')).toBe('etats unis damerique');
  });

  it('reads the word St as Saint, but not inside other words', () => {
    expect(normalizeName('St. Lucia')).toBe('saint lucia');
    expect(normalizeName('Estonia')).toBe('estonia');
  });
});

describe('state resolver: codes', () => {
  it('resolves ISO alpha-3 and alpha-2 codes written in capitals', () => {
    expect(resolve('FRA')).toEqual({ iso3: 'FRA', via: 'iso' });
    expect(resolve('FR')).toEqual({ iso3: 'FRA', via: 'iso' });
    expect(resolve(' XKX ')).toEqual({ iso3: 'XKX', via: 'iso' });
    expect(resolve('XK')).toEqual({ iso3: 'XKX', via: 'iso' });
  });

  it('does not read lower-case words as codes', () => {
    expect(resolve('fra')).toBeNull();
    expect(resolve('no')).toBeNull();
  });
});

describe('state resolver: names', () => {
  it('resolves names in English, French and Spanish', () => {
    for (const name of ['Germany', 'Allemagne', 'Alemania']) expect(resolve(name)).toEqual({ iso3: 'DEU', via: 'name' });
    expect(resolve('Royaume-Uni')?.iso3).toBe('GBR');
    expect(resolve('Estados Unidos')?.iso3).toBe('USA');
  });

  it('resolves every variant the name package gives, not only the displayed one', () => {
    expect(resolve('Czech Republic')?.iso3).toBe('CZE');
    expect(resolve('Ivory Coast')?.iso3).toBe('CIV');
    expect(resolve('Russian Federation')?.iso3).toBe('RUS');
  });

  it('ignores case, accents and punctuation, and resolves UNROCA slugs', () => {
    expect(resolve("COTE D'IVOIRE")?.iso3).toBe('CIV');
    expect(resolve('cote-divoire')?.iso3).toBe('CIV');
    expect(resolve('Antigua And Barbuda')?.iso3).toBe('ATG');
    expect(resolve('antigua-and-barbuda')?.iso3).toBe('ATG');
    expect(resolve('St Lucia')?.iso3).toBe('LCA');
    expect(resolve('curacao')?.iso3).toBe('CUW');
  });
});

describe('state resolver: reviewed aliases', () => {
  it('resolves scrape artefacts and other spellings through the alias table', () => {
    expect(resolve('Chrypre')).toEqual({ iso3: 'CYP', via: 'alias' });
    expect(resolve('CzechRepublic')).toEqual({ iso3: 'CZE', via: 'alias' });
    expect(resolve('Curaao')).toEqual({ iso3: 'CUW', via: 'alias' });
    expect(resolve('St Marino')).toEqual({ iso3: 'SMR', via: 'alias' });
    expect(resolve('Korea, North')).toEqual({ iso3: 'PRK', via: 'alias' });
    expect(resolve('republic-of-moldova')).toEqual({ iso3: 'MDA', via: 'alias' });
  });

  it('maps a dependency written with its sovereign State to its own code', () => {
    expect(resolve('United Kingdom (Cayman Islands)')?.iso3).toBe('CYM');
    expect(resolve('Denmark (Faeroes)')?.iso3).toBe('FRO');
    expect(resolve('China (Mainland)')?.iso3).toBe('CHN');
    expect(resolve('United Kingdom (St. Helena)')?.iso3).toBe('SHN');
  });

  it('applies the documented decisions for names without a single ISO code', () => {
    expect(resolve('Kosovo (Under Unscr 1244-99)')?.iso3).toBe('XKX');
    expect(resolve('Kosovo (under UNSCR/1244/99)')?.iso3).toBe('XKX');
    expect(resolve('Serbia And Montenegro')?.iso3).toBe('SRB');
    expect(resolve('United Kingdom (Channel Islands)')?.iso3).toBe('GBR');
  });
});

describe('state resolver: not stated, unknown and ambiguous', () => {
  it('says not-stated for the explicit markers, NA included (never Namibia)', () => {
    for (const marker of ['na', 'Na', 'NA', 'N/A', 'not available']) expect(resolve(marker)).toEqual({ iso3: null, via: 'not-stated' });
    expect(resolve('NAM')?.iso3).toBe('NAM');
    expect(resolve('Namibia')?.iso3).toBe('NAM');
  });

  it('returns null for names it does not know, and for empty text', () => {
    expect(resolve('Atlantis')).toBeNull();
    expect(resolve('TOTAL PER ML categorya')).toBeNull();
    expect(resolve('')).toBeNull();
    expect(resolve('  ')).toBeNull();
  });

  it('leaves a name shared by two States unresolved when no reviewed alias settles it', () => {
    const bare = createStateResolver(rows, { aliases: [] });
    expect(bare.resolve('Congo')).toBeNull(); // the name package lists "Congo" for COG and for COD
    expect(resolve('Congo')).toEqual({ iso3: 'COG', via: 'alias' });
  });

  it('never resolves the names listed as ambiguous', () => {
    for (const name of ['Korea', 'Virgin Islands', 'Saint Martin', 'Continental Shelf']) expect(resolve(name)).toBeNull();
  });

  it('refuses an alias table that points at a missing State or at two States', () => {
    expect(() => createStateResolver(rows, { aliases: [{ name: 'Atlantis', iso3: 'ATL' }] })).toThrow(/not in the states table/);
    expect(() =>
      createStateResolver(rows, {
        aliases: [
          { name: 'Twin', iso3: 'FRA' },
          { name: 'twin', iso3: 'DEU' },
        ],
      }),
    ).toThrow(/both FRA and DEU/);
  });
});
