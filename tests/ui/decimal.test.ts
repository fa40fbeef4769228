import { describe, expect, it } from 'vitest';
import { formatDecimal, formatScore, parseDecimal } from '../../src/ui/decimal.ts';

describe('barometer scores and weights in the reader’s language', () => {
  it('prints a score with one decimal in every language, as the chart does', () => {
    expect(formatScore('en', 15.0947)).toBe('15.1');
    expect(formatScore('fr', 15.0947)).toBe('15,1');
    expect(formatScore('es', 15.0947)).toBe('15,1');
    expect(formatScore('fr', 20)).toBe('20,0');
  });

  it('writes a weight with the language’s decimal separator and no grouping', () => {
    expect(formatDecimal('en', 1.5)).toBe('1.5');
    expect(formatDecimal('fr', 1.5)).toBe('1,5');
    expect(formatDecimal('es', 1.5)).toBe('1,5');
    expect(formatDecimal('es', 100)).toBe('100');
  });

  it('reads back the language’s decimal separator, and a point in any language', () => {
    expect(parseDecimal('fr', '1,5')).toBe(1.5);
    expect(parseDecimal('es', ' 2,25 ')).toBe(2.25);
    expect(parseDecimal('fr', '1.5')).toBe(1.5);
    expect(parseDecimal('en', '1.5')).toBe(1.5);
    expect(parseDecimal('fr', '7')).toBe(7);
  });

  it('refuses what is not a number, and a comma in English', () => {
    expect(parseDecimal('en', '1,5')).toBeNull();
    expect(parseDecimal('fr', '')).toBeNull();
    expect(parseDecimal('fr', '1,5,2')).toBeNull();
    expect(parseDecimal('fr', 'abc')).toBeNull();
    expect(parseDecimal('fr', '1e3')).toBeNull();
  });
});
