import { describe, expect, it } from 'vitest';
import { glossaryAnchor, glossaryHref } from '../../src/links/glossary.ts';

describe('glossary links', () => {
  it('anchors ML codes as written and other schemes with their prefix', () => {
    expect(glossaryAnchor('ML', 'ML10')).toBe('ML10');
    expect(glossaryAnchor('ATT', 'IV')).toBe('ATT-IV');
  });
  it('points at the glossary page of the language', () => {
    expect(glossaryHref('fr', 'ATT', 'IV')).toMatch(/\/fr\/glossary\/?#ATT-IV$/);
  });
});
