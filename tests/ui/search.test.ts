import { describe, expect, it } from 'vitest';
import { fold, prepare, search, type SearchRecord } from '../../src/ui/search.ts';

// SYNTHETIC records, shaped like the built index's.
const rec = (kind: SearchRecord['kind'], title: string, aliases: string[] = [], detail = ''): SearchRecord => ({ kind, title, path: `/x/${title}`, detail, aliases });
const index = prepare({
  lang: 'en',
  records: [
    rec('state', 'Ukraine', ['UKR', 'UA']),
    rec('state', 'United Kingdom', ['Royaume-Uni', 'Reino Unido', 'UK', 'Great Britain', 'GBR', 'GB']),
    rec('state', 'Germany', ['Allemagne', 'Alemania', 'DEU', 'DE']),
    rec('category', 'ML10 — Aircraft', ['ML10', 'ML ML10']),
    rec('category', 'ML1 — Smooth-bore weapons', ['ML1', 'ML ML1']),
    rec('table', 'eu_brokering', [], 'Brokering licences issued or refused'),
    rec('page', 'Glossary of categories', [], 'Every category of every scheme'),
  ],
});
const titles = (q: string) => search(index, q).map((r) => r.title);

describe('fold', () => {
  it('ignores case, accents and punctuation', () => {
    expect(fold('  Côte d’Ivoire ')).toBe('cote d ivoire');
    expect(fold('TÜRKIYE')).toBe('turkiye');
    expect(fold('eu_brokering')).toBe('eu brokering');
  });
});

describe('search', () => {
  it('finds a State by its name in another language', () => {
    expect(titles('Allemagne')[0]).toBe('Germany');
    expect(titles('reino unido')[0]).toBe('United Kingdom');
    expect(titles('ALLEMÁGNE')[0]).toBe('Germany');
  });

  it('ranks an exact alias above a name that merely begins with the query', () => {
    expect(titles('UK')).toEqual(['United Kingdom', 'Ukraine']);
  });

  it('finds a category by its code, the exact code first', () => {
    expect(titles('ML10')).toEqual(['ML10 — Aircraft']);
    expect(titles('ml1')[0]).toBe('ML1 — Smooth-bore weapons');
  });

  it('needs every word of the query and matches words by their beginning', () => {
    expect(titles('brokering')).toEqual(['eu_brokering']);
    expect(titles('brok lic')).toEqual(['eu_brokering']);
    expect(titles('brokering aircraft')).toEqual([]);
  });

  it('matches nothing for an empty or punctuation-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, ' ,; ')).toEqual([]);
  });
});
