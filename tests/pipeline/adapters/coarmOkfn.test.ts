import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coarmCategory, coarmOkfnAdapter, isEuTotalLabel, normaliseHeaderName, parseCoarm } from '../../../src/pipeline/adapters/coarmOkfn.ts';
import { CsvError } from '../../../src/pipeline/kit/csv.ts';
import type { ParsedSource, SourceFile } from '../../../src/pipeline/types.ts';

const dir = join(import.meta.dirname, '../../fixtures/coarm');
const text = (name: string) => readFileSync(join(dir, name), 'utf8');
const fromText = (t: string, name = 'eu-armsexports.csv'): SourceFile => ({ name, bytes: new TextEncoder().encode(t) });
const file = (name: string): SourceFile => fromText(text(name), name);

const HEADER = 'unique-id;" ""year""";importing-country;exporting-country;CML-category;num-licenses-imported;val-licenses-imported;val-arms-imported';
/** Parses a header plus data lines, for cases the fixture file does not cover. */
const parseLines = (...lines: string[]) => parseCoarm([fromText([HEADER, ...lines].join('\n'), 'case.csv')]);

const parsed = parseCoarm([file('eu-armsexports.csv')]);
const factsAt = (line: number, p: ParsedSource = parsed) => p.facts.filter((f) => f.line === line);
const totalsAt = (line: number, p: ParsedSource = parsed) => p.totals.filter((t) => t.line === line);
const rejectAt = (line: number, p: ParsedSource = parsed) => p.rejects.find((r) => r.line === line);

describe('coarm-okfn helpers', () => {
  it('normalises header names without quotes, case or spacing', () => {
    expect(normaliseHeaderName(' "year"')).toBe('year');
    expect(normaliseHeaderName(' YEAR ')).toBe('year');
    expect(normaliseHeaderName('CML-category')).toBe('cml-category');
    expect(normaliseHeaderName('num licenses_imported')).toBe('num-licenses-imported');
  });

  it('reads ML1–ML22 and Total in any case or spacing, and nothing else', () => {
    expect(coarmCategory('ML1')).toBe('ML1');
    expect(coarmCategory(' ml 10 ')).toBe('ML10');
    expect(coarmCategory('ML04')).toBe('ML4');
    expect(coarmCategory('ML22')).toBe('ML22');
    expect(coarmCategory('total')).toBe('Total');
    for (const bad of ['ML0', 'ML23', 'ML10a', 'XYZ', '', 'ML', 'Totals']) expect(coarmCategory(bad)).toBeNull();
  });

  it('recognises the scraper label of EU-wide total rows, with or without its footnote mark', () => {
    expect(isEuTotalLabel('TOTAL PER ML categorya')).toBe(true);
    expect(isEuTotalLabel('Total per ML category')).toBe(true);
    expect(isEuTotalLabel('Austria')).toBe(false);
    expect(isEuTotalLabel('TOTAL')).toBe(false);
  });
});

describe('coarm-okfn adapter: facts', () => {
  it('is registered under its id and instrument', () => {
    expect(coarmOkfnAdapter.id).toBe('coarm-okfn');
    expect(coarmOkfnAdapter.instrument).toBe('EU_COARM');
  });

  it('turns an ML row into an authorized fact (licences and licence value) and an actual fact (export value), as exports of the exporting State', () => {
    const common = {
      file: 'eu-armsexports.csv',
      line: 2,
      reportKey: 'Austria|2099',
      reporterName: 'Austria',
      year: 2099,
      direction: 'export',
      partnerName: 'Canada',
      categoryScheme: 'ML',
      categoryCode: 'ML1',
      items: null,
      decisionDate: null,
      originName: null,
      intermediate: null,
      description: null,
      comments: null,
      raw: '1;2099;Canada;Austria;ML1;2;1000;400',
    };
    expect(factsAt(2)).toEqual([
      { ...common, basis: 'authorized', licences: 2, value: 1000, currency: 'EUR' },
      { ...common, basis: 'actual', licences: null, value: 400, currency: 'EUR' },
    ]);
  });

  it('emits only the facts whose measures are present', () => {
    expect(factsAt(3).map((f) => f.basis)).toEqual(['authorized']);
    expect(factsAt(7)).toMatchObject([{ basis: 'actual', value: 250, licences: null, currency: 'EUR' }]);
    expect(factsAt(8)).toMatchObject([{ basis: 'authorized', licences: null, value: 750, currency: 'EUR' }]);
  });

  it('gives a licence count without a value no currency', () => {
    const p = parseLines('1;2099;Canada;Austria;ML1;4;;');
    expect(p.facts).toMatchObject([{ basis: 'authorized', licences: 4, value: null, currency: null }]);
  });

  it('keeps zero figures as reported figures', () => {
    expect(factsAt(25)).toMatchObject([
      { basis: 'authorized', licences: 0, value: 0 },
      { basis: 'actual', value: 0 },
    ]);
  });

  it('normalises category spelling to ML<n>', () => {
    expect(factsAt(7)[0]!.categoryCode).toBe('ML10');
    expect(factsAt(8)[0]!.categoryCode).toBe('ML4');
  });

  it('keeps names as written, scrape artefacts included, for the shared resolver', () => {
    expect(factsAt(7)[0]).toMatchObject({ reporterName: 'Chrypre', reportKey: 'Chrypre|2099' });
    expect(factsAt(20)[0]).toMatchObject({ partnerName: 'Bonaire; Sint Eustatius and Saba', value: 1500 });
  });

  it('reads space-grouped thousands', () => {
    expect(factsAt(9)).toMatchObject([{ basis: 'authorized', licences: 1, value: 386000 }]);
  });
});

describe('coarm-okfn adapter: totals', () => {
  it('turns a Total row of an exporter into one total per reported measure, never a fact', () => {
    const base = {
      file: 'eu-armsexports.csv',
      line: 4,
      reporterName: 'Austria',
      reporterLabel: 'Austria',
      partnerName: 'Canada',
      year: 2099,
      categoryCode: 'Total',
      direction: 'export',
      raw: '3;2099;Canada;Austria;Total;3;1500;400',
    };
    expect(totalsAt(4)).toEqual([
      { ...base, measure: 'licences', value: 3, currency: null, basis: 'authorized' },
      { ...base, measure: 'licence_value', value: 1500, currency: 'EUR', basis: 'authorized' },
      { ...base, measure: 'export_value', value: 400, currency: 'EUR', basis: 'actual' },
    ]);
    expect(factsAt(4)).toEqual([]);
  });

  it('turns EU-wide rows into totals over all reporters (reporterName null), per category or overall', () => {
    expect(totalsAt(5)).toHaveLength(3);
    for (const t of totalsAt(5)) expect(t).toMatchObject({ reporterName: null, reporterLabel: 'TOTAL PER ML categorya', categoryCode: 'ML1', partnerName: 'Canada' });
    expect(totalsAt(6).map((t) => [t.measure, t.value, t.categoryCode])).toEqual([
      ['licences', 7, 'Total'],
      ['licence_value', 4000, 'Total'],
    ]);
    expect(factsAt(5)).toEqual([]);
    expect(factsAt(6)).toEqual([]);
  });

  it("keeps the reporter of a Total row as written, even the scraper's 'na'", () => {
    expect(totalsAt(21).map((t) => [t.reporterName, t.measure, t.value])).toEqual([
      ['na', 'licence_value', 37901],
      ['na', 'export_value', 30240],
    ]);
  });
});

describe('coarm-okfn adapter: rejects', () => {
  const cases: [number, string, RegExp][] = [
    [10, 'ambiguous_number', /val-licenses-imported: '7 56000'/],
    [11, 'ambiguous_number', /'131\.354' may use '\.' as a thousands separator/],
    [12, 'negative_value', /num-licenses-imported: '-3' is negative/],
    [13, 'bad_number', /val-licenses-imported: 'n\/a' is not a number/],
    [14, 'unknown_category', /'ML23' is neither 'Total' nor an EU Military List category ML1–ML22/],
    [15, 'unknown_category', /'XYZ'/],
    [16, 'no_figures', /^no figures reported: licences, licence value and export value are all empty$/],
    [18, 'bad_column_count', /expected 8 columns separated by ';', found 7/],
    [19, 'bad_year', /'20x8'/],
    [22, 'bad_number', /num-licenses-imported: '1\.5' is not a whole number/],
    [23, 'missing_partner', /importing-country is empty/],
    [24, 'no_figures', /no figures reported/],
    [29, 'missing_reporter', /exporting-country is empty/],
  ];
  it.each(cases)('rejects line %i with %s', (line, code, reason) => {
    const r = rejectAt(line);
    expect(r).toMatchObject({ file: 'eu-armsexports.csv', reasonCode: code });
    expect(r!.reason).toMatch(reason);
  });

  it('rejects exactly those lines and emits nothing for them', () => {
    expect(parsed.rejects.map((r) => r.line)).toEqual(cases.map(([line]) => line));
    for (const [line] of cases) {
      expect(factsAt(line)).toEqual([]);
      expect(totalsAt(line)).toEqual([]);
    }
  });

  it('keeps the raw text of a rejected line, without its line ending', () => {
    expect(rejectAt(10)!.raw).toBe('9;2098;Mexico;Czech Republic;ML3;1;7 56000;');
  });

  it('rejects a whole row when only one of its measures is bad, so no half row is loaded', () => {
    const p = parseLines('1;2099;Canada;Austria;ML1;2;1000;-5');
    expect(p.facts).toEqual([]);
    expect(p.rejects).toMatchObject([{ line: 2, reasonCode: 'negative_value' }]);
  });

  it('rejects an unknown category on an EU-wide row too', () => {
    expect(parseLines('1;2099;Canada;TOTAL PER ML categorya;ML99;1;1;1').rejects).toMatchObject([{ reasonCode: 'unknown_category' }]);
  });
});

describe('coarm-okfn adapter: counts and line numbers', () => {
  it('reconciles rows read with rows loaded plus rejects', () => {
    expect(parsed.rowsRead).toBe(26);
    expect(parsed.rowsLoaded).toBe(13);
    expect(parsed.rowsRead).toBe(parsed.rowsLoaded + parsed.rejects.length);
    expect(parsed.facts).toHaveLength(11);
    expect(parsed.totals).toHaveLength(10);
    expect(parsed.reports).toEqual([]);
  });

  it('counts the header, blank lines and lines inside quoted fields in line numbers', () => {
    // Line 17 is blank; the record on line 26 spans lines 26–27.
    expect(factsAt(26)).toMatchObject([{ partnerName: expect.stringMatching(/^Multi\r?\nline "quoted" name$/), licences: 1, value: 10 }]);
    expect(factsAt(28)).toMatchObject([{ categoryCode: 'ML14', licences: 2 }]);
  });

  it('reads LF and CRLF line endings alike', () => {
    const crlf = parseCoarm([fromText(text('eu-armsexports.csv').replace(/\r?\n/g, '\r\n'))]);
    const lf = parseCoarm([fromText(text('eu-armsexports.csv').replace(/\r\n/g, '\n'))]);
    // csv.ts keeps a CR inside a quoted field, so only the two-line name on line 26 differs.
    const unify = (p: ParsedSource) => ({
      ...p,
      facts: p.facts.map((f) => ({ ...f, partnerName: f.partnerName?.replace(/\r\n/g, '\n') ?? null, raw: f.raw.replace(/\r\n/g, '\n') })),
      totals: p.totals.map((t) => ({ ...t, raw: t.raw.replace(/\r\n/g, '\n') })),
      rejects: p.rejects.map((r) => ({ ...r, raw: r.raw.replace(/\r\n/g, '\n') })),
    });
    expect(unify(crlf)).toEqual(unify(lf));
    expect(lf.rowsRead).toBe(26);
    expect(lf.rejects.every((r) => !r.raw.includes('\r'))).toBe(true);
    expect(crlf.rejects.every((r) => !r.raw.includes('\r'))).toBe(true);
  });

  it('adds up several files, keeping each file name', () => {
    const p = parseCoarm([file('eu-armsexports.csv'), file('eu-header-variant.csv')]);
    expect(p.rowsRead).toBe(28);
    expect(p.rowsLoaded).toBe(15);
    expect(new Set(p.facts.map((f) => f.file))).toEqual(new Set(['eu-armsexports.csv', 'eu-header-variant.csv']));
  });

  it('refuses to run without a file', () => {
    expect(() => parseCoarm([])).toThrow(/no input file/);
  });
});

describe('coarm-okfn adapter: header and file errors', () => {
  it('matches columns by name, in any order, with a plain or quoted year header', () => {
    const p = parseCoarm([file('eu-header-variant.csv')]);
    expect(p.facts).toMatchObject([
      { line: 2, reporterName: 'Austria', partnerName: 'Canada', year: 2099, categoryCode: 'ML1', basis: 'authorized', licences: 2, value: 1000 },
      { line: 2, basis: 'actual', value: 400 },
    ]);
    expect(p.totals.map((t) => t.line)).toEqual([3, 3, 3]);
    for (const year of ['year', '"year"', ' YEAR ']) {
      const header = HEADER.replace('" ""year"""', year.includes('"') ? `"${year.replace(/"/g, '""')}"` : year);
      expect(parseCoarm([fromText(`${header}\n1;2099;Canada;Austria;ML1;2;1000;400`)]).facts).toHaveLength(2);
    }
  });

  it('fails with a CsvError naming the delimiter when the file uses commas', () => {
    expect(() => parseCoarm([file('broken-comma.csv')])).toThrow(CsvError);
    expect(() => parseCoarm([file('broken-comma.csv')])).toThrow(/^broken-comma\.csv:1: expected 8 columns separated by ';' but found one \(the file seems to use ',' as delimiter\)/);
  });

  it('fails with a CsvError at the line of an unterminated quote (a truncated file)', () => {
    expect(() => parseCoarm([file('broken-truncated.csv')])).toThrow(/^broken-truncated\.csv:5: unterminated quoted field/);
  });

  it('fails with a CsvError naming a missing column', () => {
    expect(() => parseCoarm([file('broken-header.csv')])).toThrow(/^broken-header\.csv:1: missing column\(s\): val-arms-imported/);
  });

  it('fails on an empty file and on a header that names a column twice', () => {
    expect(() => parseCoarm([fromText('', 'empty.csv')])).toThrow(/^empty\.csv:1: file is empty/);
    expect(() => parseCoarm([fromText(`${HEADER};year\n`, 'dup.csv')])).toThrow(/^dup\.csv:1: duplicate column names/);
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseCoarm([fromText(`\ufeff${HEADER}\n1;2099;Canada;Austria;ML1;2;1000;400`)]).facts).toHaveLength(2);
  });
});
