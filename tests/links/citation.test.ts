/** Citation text from a SYNTHETIC manifest (invented sources and publishers). */
import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, bibtexEscape } from '../../src/links/citation.ts';

const manifest = {
  builtAt: '2024-03-05T10:00:00.000Z',
  snapshotId: '2024-03-05-abc123',
  sources: [
    { id: 'a', title: 'SYNTHETIC source A', publisher: 'Ministry of Tests & Fixtures', published: '2020-01-01', homepage: 'https://example.org/a' },
    { id: 'b', title: 'SYNTHETIC source B', publisher: 'Council of Examples', published: null, homepage: 'https://example.org/b' },
  ],
} as unknown as Parameters<typeof apaCitation>[0]['manifest'];

const input = { lang: 'en' as const, siteName: 'ATT Transparency Data', title: 'Trends', url: 'https://portal.example/en/trends', manifest };

describe('apaCitation', () => {
  it('names the portal, the build date, the page, the snapshot and the URL', () => {
    const { page } = apaCitation(input);
    expect(page).toBe('ATT Transparency Data. (2024, 5 March). Trends [Data set; data built 2024-03-05, snapshot 2024-03-05-abc123]. https://portal.example/en/trends');
  });

  it('cites every source with its publisher and year (n.d. when unknown)', () => {
    expect(apaCitation(input).sources).toEqual([
      'Ministry of Tests & Fixtures. (2020). SYNTHETIC source A [Data set]. https://example.org/a',
      'Council of Examples. (n.d.). SYNTHETIC source B [Data set]. https://example.org/b',
    ]);
  });

  it('is written in the page language', () => {
    expect(apaCitation({ ...input, lang: 'fr', siteName: 'Données de transparence du TCA' }).page).toContain('[Jeu de données; données compilées le 2024-03-05');
  });
});

describe('bibtexCitation', () => {
  it('is a @misc entry with the portal as corporate author, a stable key, the URL and the sources in the note', () => {
    const b = bibtexCitation(input, '/countries/AUT');
    expect(b.startsWith('@misc{att_portal_20240305_countries_AUT,\n')).toBe(true);
    expect(b).toContain('author  = {{ATT Transparency Data}}');
    expect(b).toContain('year    = {2024}');
    expect(b).toContain('url     = {https://portal.example/en/trends}');
    expect(b).toContain('Ministry of Tests \\& Fixtures');
    expect(b).toContain('Council of Examples');
    expect(b.trimEnd().endsWith('}')).toBe(true);
  });

  it('escapes the characters BibTeX treats specially', () => {
    expect(bibtexEscape('50% of A&B_C #1 {x} ~ ^ \\')).toBe('50\\% of A\\&B\\_C \\#1 \\{x\\} \\~{} \\^{} \\textbackslash{}');
  });
});
