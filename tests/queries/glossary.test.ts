import { describe, expect, it } from 'vitest';
import { glossaryQuery } from '../../src/queries/glossary.ts';
import { fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

describe('glossary rows on the synthetic fixture', () => {
  it('lists every category in scheme and rank order, labelled in the page language', async () => {
    const conn = await fixtureConnection();
    expect(await runFixtureQuery(conn, glossaryQuery('es'))).toEqual([
      { scheme: 'ATT', code: 'I', label: 'Battle tanks (es)', att_category: 'I', att_match: 'exact', crosswalk_note: null },
      { scheme: 'ML', code: 'ML4', label: 'Bombs and missiles (es)', att_category: 'VII', att_match: 'approximate', crosswalk_note: null },
      { scheme: 'ML', code: 'ML6', label: 'Ground vehicles (es)', att_category: 'II', att_match: 'approximate', crosswalk_note: null },
    ]);
    expect((await runFixtureQuery(conn, glossaryQuery('en'))).map((r) => r.label)).toEqual(['Battle tanks', 'Bombs and missiles', 'Ground vehicles']);
  });
});
