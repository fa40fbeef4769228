import { describe, expect, expectTypeOf, it } from 'vitest';
import { M49_REGIONS, M49_SUBREGIONS, REGION_LABELS } from '../../src/reference/regionLabels.ts';
import { codesWithVariants, nameVariants, PREFERRED_NAMES } from '../../src/reference/stateNames.ts';
import { buildStates } from '../../src/reference/states.ts';
import { LOCALES } from '../../src/schema/columns.ts';
import { states, type StateRow } from '../../src/schema/states.ts';

const rows = buildStates();
const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
const row = (iso3: string) => {
  const r = byIso3.get(iso3);
  if (!r) throw new Error(`${iso3} is not in the states table`);
  return r;
};

describe('states table: codes and names', () => {
  it('returns rows of the schema type, each accepted by the zod row schema', () => {
    expectTypeOf(rows).toEqualTypeOf<StateRow[]>();
    for (const r of rows) expect(() => states.row.parse(r)).not.toThrow();
  });

  it('covers the 249 ISO 3166-1 codes plus Kosovo as XKX/XK', () => {
    expect(rows).toHaveLength(250);
    expect(row('XKX')).toMatchObject({ iso2: 'XK', name_en: 'Kosovo' });
    expect(byIso3.has('XKK')).toBe(false);
  });

  it('has unique, well-formed iso3 and iso2 codes, sorted by iso3', () => {
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.iso2)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.iso3).toMatch(/^[A-Z]{3}$/);
      expect(r.iso2).toMatch(/^[A-Z]{2}$/);
    }
    expect(rows.map((r) => r.iso3)).toEqual([...rows.map((r) => r.iso3)].sort());
  });

  it('names every State in English, French and Spanish, no two States sharing a name in a language', () => {
    for (const key of ['name_en', 'name_fr', 'name_es'] as const) {
      const names = rows.map((r) => r[key]);
      for (const n of names) expect(n.trim()).not.toBe('');
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('has a reviewed pick, taken from the package, for every code the package names in several ways', () => {
    for (const locale of LOCALES) {
      for (const iso2 of codesWithVariants(locale)) {
        const pick = PREFERRED_NAMES[locale][iso2];
        expect(pick, `${locale} ${iso2}`).toBeDefined();
        expect(nameVariants(iso2)).toContain(pick);
      }
    }
  });

  it('shows readable short names where the package offers them', () => {
    expect(row('BOL').name_en).toBe('Bolivia');
    expect(row('CHN').name_en).toBe('China');
    expect(row('RUS').name_en).toBe('Russia');
    expect(row('COG').name_en).toBe('Republic of the Congo');
    expect(row('COD').name_en).toBe('Democratic Republic of the Congo');
    expect(row('DEU')).toMatchObject({ name_fr: 'Allemagne', name_es: 'Alemania' });
  });
});

describe('states table: UN region and membership', () => {
  it('counts the 193 UN Member States, not the Holy See, Palestine or Kosovo', () => {
    expect(rows.filter((r) => r.is_un_member)).toHaveLength(193);
    for (const iso3 of ['VAT', 'PSE', 'XKX', 'TWN']) expect(row(iso3).is_un_member).toBe(false);
    expect(row('SSD').is_un_member).toBe(true);
  });

  it('uses only M49 regions and sub-regions, each sub-region inside its own region', () => {
    for (const r of rows) {
      if (r.region === null) {
        expect(r.subregion).toBeNull();
        continue;
      }
      expect(M49_REGIONS).toContain(r.region);
      expect(M49_SUBREGIONS[r.subregion ?? '']).toBe(r.region);
    }
    expect(rows.filter((r) => r.region === null).map((r) => r.iso3)).toEqual(['ATA']);
  });

  it('places the codes the package gets wrong as M49 does', () => {
    const at = (iso3: string) => [row(iso3).region, row(iso3).subregion];
    expect(at('CYP')).toEqual(['Asia', 'Western Asia']);
    expect(at('MEX')).toEqual(['Americas', 'Central America']);
    expect(at('USA')).toEqual(['Americas', 'Northern America']);
    expect(at('AUT')).toEqual(['Europe', 'Western Europe']);
    expect(at('POL')).toEqual(['Europe', 'Eastern Europe']);
    expect(at('SRB')).toEqual(['Europe', 'Southern Europe']);
    expect(at('SSD')).toEqual(['Africa', 'Eastern Africa']);
    expect(at('VNM')).toEqual(['Asia', 'South-eastern Asia']);
    expect(at('XKX')).toEqual(['Europe', 'Southern Europe']);
  });

  it('has labels in three languages for every region and sub-region the table uses', () => {
    const used = new Set(rows.flatMap((r) => [r.region, r.subregion]).filter((x): x is string => x !== null));
    for (const name of used) {
      const labels = REGION_LABELS[name];
      expect(labels, name).toBeDefined();
      expect(labels!.en).toBe(name);
      for (const l of LOCALES) expect(labels![l].trim()).not.toBe('');
    }
  });
});

describe('states table: ATT participation columns', () => {
  it('carries the transcribed facts for a State in the compilation', () => {
    expect(row('CHE')).toMatchObject({
      att_status: 'party',
      att_signature_date: '2013-06-03',
      att_consent_date: '2015-01-30',
      att_consent_type: 'ratification',
      att_entry_into_force: '2015-04-30',
    });
    expect(row('CHE').att_source_url).toMatch(/^https:\/\//);
  });

  it('keeps what the status column cannot say in the notes', () => {
    expect(row('USA').att_status).toBe('signatory');
    expect(row('USA').att_notes).toContain('does not intend to become a party');
    expect(row('CHE').att_notes).toContain('provisional application');
  });

  it('says unknown, with empty ATT columns, for a State missing from the compilation', () => {
    expect(row('SWE')).toMatchObject({
      att_status: 'unknown',
      att_signature_date: null,
      att_consent_date: null,
      att_entry_into_force: null,
      att_source_url: null,
      att_notes: null,
    });
  });

  it('says unknown for a listed participant whose status could not be read (Comoros)', () => {
    expect(row('COM').att_status).toBe('unknown');
    expect(row('COM').att_source_url).not.toBeNull();
  });
});
