import { describe, expect, it } from 'vitest';
import { formatYearSpan } from '../../src/specs/yearSpan.ts';

describe('formatYearSpan', () => {
  it('writes one year once, a span with a dash, an open end with an ellipsis, nothing when unset', () => {
    expect(formatYearSpan(2014, 2014)).toBe('2014');
    expect(formatYearSpan(2010, 2014)).toBe('2010–2014');
    expect(formatYearSpan(2010, null)).toBe('2010–…');
    expect(formatYearSpan(null, 2014)).toBe('…–2014');
    expect(formatYearSpan(null, null)).toBe('');
  });
});
