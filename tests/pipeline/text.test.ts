import { describe, expect, it } from 'vitest';
import { capText, MAX_TEXT, noticeList, shownName, stripInvisible } from '../../src/pipeline/text.ts';

describe('stripInvisible (issue 15, item 5)', () => {
  it('removes bidi controls, so a name cannot display reversed', () => {
    expect(stripInvisible('\u202EFinland')).toBe('Finland');
    expect(stripInvisible('\u2066Peru\u2069')).toBe('Peru');
    expect(stripInvisible('\u200FIsrael\u200E')).toBe('Israel');
  });

  it('removes zero-width characters and byte-order marks inside a name', () => {
    expect(stripInvisible('Fin\u200Bland')).toBe('Finland');
    expect(stripInvisible('\uFEFFChile\u200D\u2060')).toBe('Chile');
  });

  it('leaves visible text, accents and non-Latin scripts as they are', () => {
    for (const s of ['Côte d’Ivoire', 'Türkiye', 'الأردن', '日本', 'Bosnia and Herzegovina']) expect(stripInvisible(s)).toBe(s);
  });
});

describe('capText (issue 15, item 5)', () => {
  it('keeps text up to the cap as it is', () => {
    expect(capText('short', 10)).toEqual({ text: 'short', truncated: false });
    expect(capText('x'.repeat(MAX_TEXT))).toEqual({ text: 'x'.repeat(MAX_TEXT), truncated: false });
  });

  it('cuts longer text to the cap and marks the cut with the length in the source', () => {
    const { text, truncated } = capText('y'.repeat(100_000));
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text).toMatch(/^y+ … \[cut by the portal: 100000 characters in the source\]$/);
  });

  it('never cuts a character in half (a surrogate pair stays whole)', () => {
    const { text } = capText('😀'.repeat(50), 40);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('notices', () => {
  it('shows a name with its invisible characters escaped and long names cut', () => {
    expect(shownName('\u202EFinland')).toBe('\\u202EFinland');
    expect(shownName('n'.repeat(500))).toBe(`${'n'.repeat(60)}… (500 characters)`);
  });

  it('lists at most a given number of notices and says how many more there are', () => {
    const names = Array.from({ length: 30 }, (_, i) => ({ name: `Name${i}`, lines: 30 - i }));
    const shown = noticeList(names, 20);
    expect(shown.split(', ')).toHaveLength(21);
    expect(shown).toMatch(/^Name0 \(30\), .* and 10 more \(listed in manifest\.json\)$/);
  });
});
