import { describe, expect, it } from 'vitest';
import { inlineParams, sqlLiteral } from '../../src/queries/sqlText.ts';

describe('sqlLiteral', () => {
  it('quotes strings with doubled single quotes and writes numbers and booleans bare', () => {
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(sqlLiteral(2019)).toBe('2019');
    expect(sqlLiteral(true)).toBe('TRUE');
  });
  it('refuses non-finite numbers', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(/finite/);
  });
});

describe('inlineParams', () => {
  it('replaces placeholders in order but not question marks inside literals or quoted names', () => {
    expect(inlineParams({ sql: `SELECT '?' AS "a?", x FROM t WHERE a = ? AND b IN (?, ?)`, params: ['x', 1, 2] })).toBe(`SELECT '?' AS "a?", x FROM t WHERE a = 'x' AND b IN (1, 2)`);
  });
  it('fails when placeholders and parameters do not match', () => {
    expect(() => inlineParams({ sql: 'SELECT ?', params: [] })).toThrow(/placeholders/);
    expect(() => inlineParams({ sql: 'SELECT 1', params: [1] })).toThrow(/parameters/);
  });
});
