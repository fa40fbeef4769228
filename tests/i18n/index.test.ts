import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatMoney, formatNumber, isLang, LANGS, localePath, stripLang, t, translator } from '../../src/i18n/index.ts';
import { common } from '../../src/i18n/strings/common.ts';

describe('formatNumber', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    // French groups with a narrow no-break space and uses a decimal comma.
    expect(formatNumber('fr', 1234567.5)).toBe('1\u202f234\u202f567,5');
    expect(formatNumber('es', 1234567.5)).toBe('1.234.567,5');
  });

  it('prints missing values as an en dash, never as zero', () => {
    expect(formatNumber('en', null)).toBe('–');
    expect(formatNumber('fr', Number.NaN)).toBe('–');
  });

  it('formats money with the ISO code’s symbol in the language’s order', () => {
    expect(formatMoney('en', 1500, 'EUR')).toBe('€1,500');
    expect(formatMoney('fr', 1500, 'GBP')).toBe('1\u202f500\u00a0£GB');
  });

  it('gives file sizes in decimal units', () => {
    expect(formatBytes('en', 403)).toBe('0.4 kB');
    expect(formatBytes('en', 5514)).toBe('5.5 kB');
    expect(formatBytes('fr', 2_837_206)).toBe('2,8\u202fMo');
  });
});

describe('formatDate', () => {
  it('keeps a calendar date on its day whatever the time zone (UTC formatting)', () => {
    expect(formatDate('en', '2014-12-24')).toBe('24 December 2014');
    expect(formatDate('fr', '2014-12-24')).toBe('24 décembre 2014');
    expect(formatDate('es', '2014-12-24')).toBe('24 de diciembre de 2014');
  });

  it('returns an en dash for no date and the input for an unparseable one', () => {
    expect(formatDate('en', null)).toBe('–');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});

describe('paths', () => {
  it('prefixes every path with the language', () => {
    expect(localePath('fr', '/explore')).toBe('/fr/explore');
    expect(localePath('es', '/')).toBe('/es/');
    expect(localePath('en', 'countries/AUT')).toBe('/en/countries/AUT');
    expect(localePath('en', '/explore?reporter=AUT')).toBe('/en/explore?reporter=AUT');
  });

  it('strips the language back off, so the switcher keeps the page', () => {
    expect(stripLang('/fr/countries/AUT')).toBe('/countries/AUT');
    expect(stripLang('/es/')).toBe('/');
    expect(stripLang('/es')).toBe('/');
    expect(stripLang('/de/x')).toBe('/de/x');
  });

  it('recognises only the three languages', () => {
    expect(LANGS.every(isLang)).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});

describe('t', () => {
  it('fills placeholders, formatting numbers for the language', () => {
    const dict = { n: { en: '{n} rows in {name}', fr: '{n} lignes dans {name}', es: '{n} filas en {name}' } };
    expect(t('en', dict, 'n', { n: 12345, name: 'x' })).toBe('12,345 rows in x');
    expect(t('es', dict, 'n', { n: 12345, name: 'x' })).toBe('12.345 filas en x');
    expect(translator('fr', dict)('n', { n: 2, name: 'y' })).toBe('2 lignes dans y');
  });

  it('leaves unknown placeholders visible and throws on a missing key', () => {
    expect(t('en', common, 'unit')).toBe('Unit: {unit}');
    expect(() => t('en', common, 'nope' as keyof typeof common)).toThrow(/no string 'nope'/);
  });
});
