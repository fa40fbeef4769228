import { describe, expect, it } from 'vitest';
import { PythonLiteralError, parsePythonLiteral } from '../../src/pipeline/pythonLiteral.ts';

describe('parsePythonLiteral', () => {
  it('reads a list as str(list) writes it in Python 2, with u prefixes and nested lists', () => {
    expect(parsePythonLiteral("[u'AUSTRIA', 'issued', [u'Canada'], 2, [u'1', u'5', u''], None]")).toEqual(['AUSTRIA', 'issued', ['Canada'], 2, ['1', '5', ''], null]);
  });

  it('reads both quote styles and the b, r, U and combined prefixes', () => {
    expect(parsePythonLiteral(`["it's", 'say "hi"', b'x', U'y', r'a\\d', Rb'z', ur'w']`)).toEqual(["it's", 'say "hi"', 'x', 'y', 'a\\d', 'z', 'w']);
  });

  it('reads escapes: newline, tab, quotes, backslash, \\x, \\u, \\U and octal', () => {
    expect(parsePythonLiteral(String.raw`u'a\nb\tc\'d\\e\x41\u2014\U0001F600\101'`)).toBe("a\nb\tc'd\\eA—😀A");
  });

  it('keeps an unknown escape as written, as Python does', () => {
    expect(parsePythonLiteral(String.raw`'a\qb'`)).toBe('a\\qb');
  });

  it('reads integers, negative numbers, floats, exponents, long suffixes, booleans and tuples', () => {
    expect(parsePythonLiteral('(1, -2, 3.5, 1e3, .5, 10L, True, False, 1_000)')).toEqual([1, -2, 3.5, 1000, 0.5, 10, true, false, 1000]);
  });

  it('accepts empty lists, a trailing comma and surrounding whitespace', () => {
    expect(parsePythonLiteral('  [ [], [1,], ]  ')).toEqual([[], [1]]);
  });

  const failures: [string, RegExp][] = [
    ["[u'Peru', u'5", /string is not closed at character 11/],
    ["[u'Peru', 2", /'\[' is not closed at character 1/],
    ["[u'a' u'b']", /expected ',' or '\]' at character 7/],
    ['[1] extra', /unexpected text after the literal/],
    ['[foo]', /expected a quote after the string prefix|unexpected 'f'/],
    ["[x'a']", /unexpected 'x'/],
    [String.raw`'\x4'`, /bad \\x escape: expected 2 hex digits/],
    ['', /unexpected end of text/],
    ["['a\nb']", /string is not closed before the end of the line/],
    ['[nan]', /unexpected 'n'/],
  ];
  it.each(failures)('fails on %j with the offset and the reason', (text, message) => {
    let error: unknown;
    try {
      parsePythonLiteral(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PythonLiteralError);
    expect((error as Error).message).toMatch(message);
  });
});
