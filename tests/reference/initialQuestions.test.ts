import { describe, expect, it } from 'vitest';
import { findQuestion, groupOf, INITIAL_GROUPS, INITIAL_QUESTIONS, INITIAL_TOPICS, questionLookup } from '../../src/reference/initialQuestions.ts';
import { ATT_CATEGORIES } from '../../src/schema/codes.ts';

const ids = INITIAL_QUESTIONS.map((q) => q.id);

describe('initial-report question catalogue: ids', () => {
  it('has unique ids in the documented scheme, the section matching the id', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of INITIAL_QUESTIONS) {
      expect(q.id).toMatch(/^(A\d{1,2}\.\d{1,2}[a-j]?|B\d{1,2})$/);
      expect(q.id[0]).toBe(q.section);
    }
  });

  it('pins the size of each section, so that a question is never dropped unnoticed', () => {
    expect(INITIAL_QUESTIONS.filter((q) => q.section === 'A')).toHaveLength(48);
    expect(INITIAL_QUESTIONS.filter((q) => q.section === 'B')).toHaveLength(14);
  });

  it('gives every question a group with a heading in three languages', () => {
    for (const q of INITIAL_QUESTIONS) {
      const heading = INITIAL_GROUPS[groupOf(q.id)];
      expect(heading, q.id).toBeDefined();
      expect([heading!.en, heading!.fr, heading!.es].every((t) => t.length > 0)).toBe(true);
    }
    expect(groupOf('A10.2')).toBe('A10');
    expect(groupOf('B12')).toBe('B');
  });

  it('finds a question by its id as written, whatever the case and surrounding spaces', () => {
    expect(findQuestion(' a1.3H ')?.id).toBe('A1.3h');
    expect(findQuestion('b2')?.id).toBe('B2');
    expect(findQuestion('A9.9')).toBeUndefined();
    expect(questionLookup(INITIAL_QUESTIONS.slice(0, 1))('A1.1b')).toBeUndefined();
  });
});

describe('initial-report question catalogue: content required by the brief', () => {
  const topicsOf = (prefix: string) => INITIAL_QUESTIONS.filter((q) => q.id.startsWith(prefix)).map((q) => q.topic);

  it('asks which activities are controlled: export, import, transit/trans-shipment (land, sea, air) and brokering', () => {
    expect(topicsOf('A1.1')).toEqual(['export', 'import', 'transit', 'transit', 'transit', 'brokering']);
    expect(findQuestion('A1.1d')!.text.en).toContain('by sea');
  });

  it('asks whether the control list covers each category I–VIII, ammunition (Art. 3) and parts and components (Art. 4)', () => {
    const coverage = INITIAL_QUESTIONS.filter((q) => q.covers !== undefined);
    expect(coverage.map((q) => q.covers)).toEqual([...ATT_CATEGORIES, 'ammunition', 'parts_components']);
    expect(findQuestion('A1.3i')!.articles).toContain('3');
    expect(findQuestion('A1.3j')!.articles).toContain('4');
    expect(findQuestion('A1.3a')!.articles).toContain('2(1)(a)');
  });

  it('covers every topic named in the brief, and uses every topic it declares', () => {
    const used = new Set(INITIAL_QUESTIONS.map((q) => q.topic));
    for (const t of ['control_list', 'export', 'import', 'transit', 'brokering', 'authorities', 'contact_points', 'end_use', 'records', 'enforcement', 'diversion'])
      expect(used.has(t as (typeof INITIAL_TOPICS)[number]), t).toBe(true);
    expect([...used].sort()).toEqual([...INITIAL_TOPICS].sort());
  });

  it('puts the public control list in Section B (Art. 5(4): States are "encouraged") and its provision to the Secretariat in Section A', () => {
    expect(findQuestion('B2')).toMatchObject({ section: 'B', articles: ['5(4)'], topic: 'control_list' });
    expect(findQuestion('A1.4')).toMatchObject({ section: 'A', articles: ['5(4)'] });
  });

  it('cites Treaty provisions in article(paragraph)(letter) form, within the operative articles 2–16', () => {
    for (const q of INITIAL_QUESTIONS) {
      expect(q.articles.length, q.id).toBeGreaterThan(0);
      for (const a of q.articles) {
        expect(a, q.id).toMatch(/^\d{1,2}(\(\d\))?(\([a-h]\))?$/);
        const article = Number(a.split('(')[0]);
        expect(article >= 2 && article <= 16, `${q.id} ${a}`).toBe(true);
      }
    }
  });
});

describe('initial-report question catalogue: texts and their provenance', () => {
  it('has a question in English, French and Spanish for every id, punctuated as each language does', () => {
    for (const q of INITIAL_QUESTIONS) {
      expect(q.text.en, q.id).toMatch(/\?$/);
      expect(q.text.fr, q.id).toMatch(/ \?$/);
      expect(q.text.es, q.id).toMatch(/¿.*\?$/);
      expect(q.text.fr).not.toBe(q.text.en);
      expect(q.text.es).not.toBe(q.text.en);
    }
  });

  it('uses the Treaty’s category names in French and Spanish for the coverage rows', () => {
    expect(findQuestion('A1.3a')!.text.fr).toContain('chars de combat');
    expect(findQuestion('A1.3e')!.text.es).toContain('helicópteros de ataque');
  });

  it('claims template wording only for the questions read in the template copy', () => {
    const fromTemplate = INITIAL_QUESTIONS.filter((q) => q.wording === 'template').map((q) => q.id);
    expect(fromTemplate).toEqual([
      'A1.1a',
      'A1.1b',
      'A1.1c',
      'A1.1d',
      'A1.1e',
      'A1.1f',
      'A1.2a',
      'A1.2b',
      'A1.2c',
      'A1.2d',
      'A1.3a',
      'A1.3b',
      'A1.3c',
      'A1.3d',
      'A1.3e',
      'A1.3f',
      'A1.3g',
      'A1.3h',
      'A1.3i',
      'A1.3j',
      'A1.5',
      'A3.1',
      'A3.2',
      'B2',
    ]);
  });

  it('flags every French and Spanish text as the portal’s translation, since no official version was found', () => {
    expect(INITIAL_QUESTIONS.filter((q) => q.translation !== 'portal').map((q) => q.id)).toEqual([]);
  });
});
