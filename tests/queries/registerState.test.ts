import { describe, expect, it } from 'vitest';
import { parseRegisterQuery, serializeRegisterState } from '../../src/queries/registerState.ts';

describe('register state in the URL', () => {
  it('round-trips filters and page, and reports what it ignored', () => {
    const q = 'supplier=DEU&recipient=FRA&year_from=2010&year_to=2013&category=UNROCA:VII.a&att_category=VII&source=unroca-transfers&page=2';
    expect(serializeRegisterState(parseRegisterQuery(q).state)).toBe(q);
    const bad = parseRegisterQuery('supplier=de&page=0&att_category=IX');
    expect(bad.problems.map((p) => p.key)).toEqual(['supplier', 'att_category', 'page']);
    expect(bad.state.page).toBe(1);
  });
});
