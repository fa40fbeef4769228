import { describe, expect, it } from 'vitest';
import { parseAmount, parseIsoDate, parseYear, parseYesNo, textOrNull, type Parsed } from '../../../src/pipeline/kit/values.ts';

const value = <T>(p: Parsed<T>): T => {
  if (!p.ok) throw new Error(`expected a value, got ${p.reasonCode}: ${p.reason}`);
  return p.value;
};
const failure = <T>(p: Parsed<T>) => {
  if (p.ok) throw new Error(`expected a failure, got ${String(p.value)}`);
  return { code: p.reasonCode, reason: p.reason };
};

describe('parseAmount', () => {
  it('reads whole and decimal numbers, trimming spaces around them', () => {
    expect(value(parseAmount('386000', 'v'))).toBe(386000);
    expect(value(parseAmount(' 42 ', 'v'))).toBe(42);
    expect(value(parseAmount('0', 'v'))).toBe(0);
    expect(value(parseAmount('12.5', 'v'))).toBe(12.5);
  });

  it('reads an empty or missing cell as not reported (null)', () => {
    expect(value(parseAmount('', 'v'))).toBeNull();
    expect(value(parseAmount('   ', 'v'))).toBeNull();
    expect(value(parseAmount(undefined, 'v'))).toBeNull();
  });

  it('reads thousands grouped by threes with a space, no-break space or narrow no-break space', () => {
    expect(value(parseAmount('386 000', 'v'))).toBe(386000);
    expect(value(parseAmount('1 234 567', 'v'))).toBe(1234567);
    expect(value(parseAmount('1\u00a0000', 'v'))).toBe(1000);
    expect(value(parseAmount('1\u202f000', 'v'))).toBe(1000);
    expect(value(parseAmount('1 000.75', 'v'))).toBe(1000.75);
  });

  it('rejects spaces that are not thousands separators as ambiguous', () => {
    for (const s of ['7 56000', '12 34', '1  000', '1 0000', '1000 000', '1\t000']) {
      expect(failure(parseAmount(s, 'val')).code).toBe('ambiguous_number');
    }
    expect(failure(parseAmount('7 56000', 'val')).reason).toBe("val: '7 56000' has spaces that are not thousands separators, so the number is ambiguous");
  });

  it('rejects negative figures', () => {
    expect(failure(parseAmount('-3', 'count'))).toEqual({ code: 'negative_value', reason: "count: '-3' is negative; reported figures cannot be negative" });
    expect(failure(parseAmount('-0.5', 'count')).code).toBe('negative_value');
  });

  it('rejects text and number spellings it does not accept', () => {
    for (const s of ['n/a', 'abc', '1,000', '1e5', '.5', '5.', '+5', '0x10', '€100', '100EUR', '1.2.3']) {
      expect(failure(parseAmount(s, 'v')).code).toBe('bad_number');
    }
    expect(failure(parseAmount('n/a', 'v')).reason).toBe("v: 'n/a' is not a number");
  });

  it('rejects text or a sign next to grouped digits (whatever the reason code)', () => {
    for (const s of ['100 EUR', '-386 000', 'about 1 000']) expect(parseAmount(s, 'v').ok).toBe(false);
  });

  it('rejects a number too long to be finite', () => {
    expect(failure(parseAmount('9'.repeat(400), 'v'))).toMatchObject({ code: 'bad_number', reason: expect.stringMatching(/not a finite number/) });
  });

  it('with integer: accepts whole numbers and rejects fractions and unsafe integers', () => {
    expect(value(parseAmount('12', 'n', { integer: true }))).toBe(12);
    expect(value(parseAmount('12 000', 'n', { integer: true }))).toBe(12000);
    expect(failure(parseAmount('1.5', 'n', { integer: true }))).toEqual({ code: 'bad_number', reason: "n: '1.5' is not a whole number" });
    expect(failure(parseAmount('9007199254740993', 'n', { integer: true }))).toEqual({ code: 'bad_number', reason: "n: '9007199254740993' is too large" });
    expect(value(parseAmount(String(Number.MAX_SAFE_INTEGER), 'n', { integer: true }))).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('parseYear', () => {
  it('reads a four-digit year from 1990 to 2100', () => {
    expect(value(parseYear('2010'))).toBe(2010);
    expect(value(parseYear(' 1990 '))).toBe(1990);
    expect(value(parseYear('2100'))).toBe(2100);
  });

  it('rejects anything that is not four digits, naming the column', () => {
    for (const s of ['', '10', '20x8', '2010.0', '02010', undefined]) expect(failure(parseYear(s)).code).toBe('bad_year');
    expect(failure(parseYear('99', 'Year'))).toEqual({ code: 'bad_year', reason: "Year: '99' is not a four-digit year" });
  });

  it('rejects years outside 1990–2100', () => {
    expect(failure(parseYear('1989'))).toEqual({ code: 'bad_year', reason: 'year: 1989 is outside 1990–2100' });
    expect(failure(parseYear('2101')).code).toBe('bad_year');
  });
});

describe('parseIsoDate', () => {
  it('reads a real calendar date and keeps it as text', () => {
    expect(value(parseIsoDate('2099-01-05', 'd'))).toBe('2099-01-05');
    expect(value(parseIsoDate(' 2024-02-29 ', 'd'))).toBe('2024-02-29');
  });

  it('reads empty as null', () => {
    expect(value(parseIsoDate('', 'd'))).toBeNull();
    expect(value(parseIsoDate(undefined, 'd'))).toBeNull();
  });

  it('rejects other date forms', () => {
    for (const s of ['05/01/2099', '2099-1-5', '2099-01-05T00:00', '20990105']) expect(failure(parseIsoDate(s, 'date')).code).toBe('bad_date');
    expect(failure(parseIsoDate('5 Jan 2099', 'date')).reason).toBe("date: '5 Jan 2099' is not a date in the form YYYY-MM-DD");
  });

  it('rejects dates that do not exist', () => {
    for (const s of ['2023-02-29', '2099-04-31', '2099-13-01', '2099-00-10', '2099-01-00']) {
      expect(failure(parseIsoDate(s, 'date'))).toEqual({ code: 'bad_date', reason: `date: '${s}' is not a real date` });
    }
  });
});

describe('parseYesNo', () => {
  it('reads yes in English, French and Spanish, and 1/true/x', () => {
    for (const s of ['yes', 'Y', 'Oui', 'sí', 'SI', 'true', '1', 'x', ' Yes ']) expect(value(parseYesNo(s, 'f'))).toBe(true);
  });

  it('reads no in the same languages, and 0/false', () => {
    for (const s of ['no', 'N', 'non', 'NO', 'false', '0']) expect(value(parseYesNo(s, 'f'))).toBe(false);
  });

  it('reads empty as null', () => {
    expect(value(parseYesNo('', 'f'))).toBeNull();
    expect(value(parseYesNo(undefined, 'f'))).toBeNull();
  });

  it('rejects anything else, quoting the cell', () => {
    expect(failure(parseYesNo('maybe', 'public'))).toEqual({ code: 'bad_flag', reason: "public: 'maybe' is not yes or no" });
    expect(failure(parseYesNo('2', 'f')).code).toBe('bad_flag');
  });
});

describe('textOrNull', () => {
  it('trims text and keeps it as written, markup included', () => {
    expect(textOrNull('  Rifles, 5.56 mm ')).toBe('Rifles, 5.56 mm');
    expect(textOrNull('<b>x</b>')).toBe('<b>x</b>');
  });

  it('reads empty, blank or missing cells as null', () => {
    expect(textOrNull('')).toBeNull();
    expect(textOrNull(' \t ')).toBeNull();
    expect(textOrNull(undefined)).toBeNull();
  });
});
