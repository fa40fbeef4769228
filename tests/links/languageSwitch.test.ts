import { describe, expect, it } from 'vitest';
import { withPageState } from '../../src/links/languageSwitch.ts';

describe('language links keep the page state', () => {
  it('appends the query string and fragment, and nothing when there is none', () => {
    expect(withPageState('/fr/explore', '?reporter=AUT&group=year', '#result')).toBe('/fr/explore?reporter=AUT&group=year#result');
    expect(withPageState('/es/sql', '', '')).toBe('/es/sql');
    expect(withPageState('/es/sql', '?', '#')).toBe('/es/sql');
  });
});
