import { describe, expect, it } from 'vitest';
import { glossaryAnchor, searchRecords, stateAliases } from '../../src/ui/searchIndex.ts';

// SYNTHETIC input: two States, one category, one source and one table (names as in the real reference).
const gbr = { iso2: 'GB', iso3: 'GBR', name_en: 'United Kingdom', name_fr: 'Royaume-Uni', name_es: 'Reino Unido', region: null };
const deu = { iso2: 'DE', iso3: 'DEU', name_en: 'Germany', name_fr: 'Allemagne', name_es: 'Alemania', region: null };
const input = {
  states: [gbr, deu],
  categories: [{ scheme: 'ML', code: 'ML10', label_en: 'Aircraft', label_fr: 'Aéronefs', label_es: 'Aeronaves' }],
  sources: [{ id: 'caat-eu-broker', title: 'EU annual reports: brokering licences', publisher: 'CAAT' }],
  tables: [{ name: 'eu_brokering', description: { en: 'Brokering licences', fr: 'Licences de courtage', es: 'Licencias de corretaje' } }],
};

describe('stateAliases', () => {
  it('gives the other languages’ names, the ISO variants and the codes, not the page language’s own name', () => {
    const fr = stateAliases('fr', gbr);
    expect(fr).toEqual(expect.arrayContaining(['United Kingdom', 'Reino Unido', 'UK', 'Great Britain', 'GBR', 'GB']));
    expect(fr).not.toContain('Royaume-Uni');
    expect(new Set(fr).size).toBe(fr.length);
  });

  it('leaves out source spellings that name a dependency in brackets', () => {
    expect(stateAliases('en', gbr).some((a) => a.includes('('))).toBe(false);
  });
});

describe('searchRecords', () => {
  it('titles each record in the index language and links to a language-free path', () => {
    const es = searchRecords('es', input);
    expect(es.find((r) => r.path === '/countries/DEU')?.title).toBe('Alemania');
    expect(es.find((r) => r.kind === 'category' && r.path === '/glossary#ML10')?.title).toBe('ML10 — Aeronaves');
    expect(es.find((r) => r.kind === 'table')).toMatchObject({ path: '/data#dict-eu_brokering', detail: 'Licencias de corretaje' });
    expect(es.find((r) => r.kind === 'source')).toMatchObject({ path: '/data#source-caat-eu-broker' });
    expect(es.filter((r) => r.kind === 'page').map((r) => r.path)).toEqual(expect.arrayContaining(['/', '/compare', '/glossary', '/data']));
  });

  it('anchors categories as the glossary does', () => {
    expect(glossaryAnchor('ML', 'ML10')).toBe('ML10');
    expect(glossaryAnchor('ATT', 'IV')).toBe('ATT-IV');
  });
});
