import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categories as categoriesTable } from '../../../src/schema/categories.ts';
import { parseUkSiel, ratingScheme, UK_CROSSWALK_NOTE, ukSielAdapter } from '../../../src/pipeline/adapters/ukSiel.ts';
import { CsvError } from '../../../src/pipeline/kit/csv.ts';
import type { SourceFile } from '../../../src/pipeline/types.ts';

const dir = join(import.meta.dirname, '../../fixtures/uk');
const file = (name: string, as = name): SourceFile => ({ name: as, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const fixture = () => [file('values.csv'), file('ratings.csv'), file('refusal-criteria.csv')];
const parsed = parseUkSiel(fixture());
const factAt = (line: number) => parsed.facts.find((f) => f.line === line);
const rejectAt = (name: string, line: number) => parsed.rejects.find((r) => r.file === name && r.line === line);

describe('ratingScheme', () => {
  it('reads ML1–ML22 in any case or spacing as the ML scheme', () => {
    expect(ratingScheme('ML10')).toEqual({ scheme: 'ML', code: 'ML10', asWritten: null });
    expect(ratingScheme('ml16')).toEqual({ scheme: 'ML', code: 'ML16', asWritten: null });
    expect(ratingScheme(' ML 4 ')).toEqual({ scheme: 'ML', code: 'ML4', asWritten: null });
    expect(ratingScheme('ML022')).toEqual({ scheme: 'ML', code: 'ML22', asWritten: null });
  });
  it('maps an ML sub-item to its entry and keeps the rating as written', () => {
    expect(ratingScheme('ML10a')).toEqual({ scheme: 'ML', code: 'ML10', asWritten: 'ML10a' });
    expect(ratingScheme('ML10.a.1')).toEqual({ scheme: 'ML', code: 'ML10', asWritten: 'ML10.a.1' });
  });
  it('leaves an ML number outside 1–22 to the category lookup, which will reject it', () => {
    expect(ratingScheme('ML23')).toEqual({ scheme: 'ML', code: 'ML23', asWritten: null });
    expect(ratingScheme('ML0')).toEqual({ scheme: 'ML', code: 'ML0', asWritten: null });
  });
  it('treats every other rating as a UK rating, as written', () => {
    expect(ratingScheme('5A002')).toEqual({ scheme: 'UK', code: '5A002', asWritten: null });
    expect(ratingScheme('End Use')).toEqual({ scheme: 'UK', code: 'End Use', asWritten: null });
    expect(ratingScheme('MILTA')).toEqual({ scheme: 'UK', code: 'MILTA', asWritten: null });
  });
});

describe('uk-siel adapter: facts', () => {
  it('is registered under its id and instrument', () => {
    expect(ukSielAdapter.id).toBe('uk-siel');
    expect(ukSielAdapter.instrument).toBe('UK_SIEL');
  });

  it('turns an authorized licence row into one export fact of the United Kingdom in GBP', () => {
    expect(factAt(2)).toEqual({
      file: 'values.csv',
      line: 2,
      reportKey: 'United Kingdom|2099',
      reporterName: 'United Kingdom',
      year: 2099,
      direction: 'export',
      partnerName: 'France',
      categoryScheme: 'ML',
      categoryCode: 'ML10',
      basis: 'authorized',
      licences: 1,
      items: null,
      value: 1111,
      currency: 'GBP',
      decisionDate: '2099-01-05',
      originName: null,
      intermediate: null,
      description: null,
      comments: null,
      raw: '1,2099-01-05,ML10,1,1111,France,0',
    });
  });

  it('takes the year from the decision date, so that reports group by year', () => {
    expect(factAt(9)).toMatchObject({ year: 2098, reportKey: 'United Kingdom|2098', decisionDate: '2098-12-31', value: 0, currency: 'GBP' });
  });

  it('normalises ML rating variants and notes a sub-item rating as written', () => {
    expect(factAt(3)).toMatchObject({ categoryScheme: 'ML', categoryCode: 'ML16', licences: 2, partnerName: 'United Arab Emirates' });
    expect(factAt(4)).toMatchObject({ categoryScheme: 'ML', categoryCode: 'ML4' });
    expect(factAt(5)).toMatchObject({ categoryScheme: 'ML', categoryCode: 'ML10', comments: 'rating as written: ML10a' });
    expect(factAt(17)).toMatchObject({ categoryScheme: 'ML', categoryCode: 'ML23' });
  });

  it('keeps non-ML ratings as UK codes', () => {
    expect(factAt(6)).toMatchObject({ categoryScheme: 'UK', categoryCode: '5A002', licences: 3, value: 5555 });
  });

  it('marks refused rows refused, without value or currency, citing the refusal criteria of their licence group once each, in order', () => {
    for (const line of [7, 8]) {
      expect(factAt(line)).toMatchObject({ basis: 'refused', value: null, currency: null, partnerName: 'Syria', comments: 'Refusal criteria: 1, 7' });
    }
    expect(factAt(7)!.categoryCode).toBe('End Use');
    expect(factAt(8)!.categoryCode).toBe('ML1');
  });

  it('leaves comments empty for a refused licence with no criteria listed', () => {
    expect(factAt(16)).toMatchObject({ basis: 'refused', comments: null });
  });

  it('reads quoted fields and space-grouped thousands', () => {
    expect(factAt(20)).toMatchObject({ partnerName: "Côte d'Ivoire", value: 12345, categoryCode: 'ML8' });
  });
});

describe('uk-siel adapter: rejects', () => {
  it.each([
    [10, 'bad_date'],
    [11, 'negative_value'],
    [12, 'bad_number'],
    [13, 'wrong_column_count'],
    [14, 'missing_partner'],
    [15, 'bad_flag'],
    [18, 'missing_rating'],
    [19, 'bad_year'],
    [21, 'ambiguous_number'],
  ])('rejects values.csv line %i as %s, with the raw line', (line, code) => {
    const r = rejectAt('values.csv', line);
    expect(r?.reasonCode).toBe(code);
    expect(r?.reason.length).toBeGreaterThan(5);
    expect(r?.raw).toBe(readFileSync(join(dir, 'values.csv'), 'utf8').split('\n')[line - 1]);
    expect(factAt(line)).toBeUndefined();
  });

  it.each([
    [5, 'orphan_refusal_criteria'],
    [6, 'refusal_criteria_of_rejected_licence'],
    [7, 'refusal_criteria_of_granted_licence'],
    [8, 'bad_criteria'],
    [9, 'missing_licence_group'],
    [10, 'wrong_column_count'],
  ])('rejects refusal-criteria.csv line %i as %s', (line, code) => {
    expect(rejectAt('refusal-criteria.csv', line)?.reasonCode).toBe(code);
  });

  it('loads refusal-criteria rows that annotate a refused licence, including a repeated criterion', () => {
    for (const line of [2, 3, 4]) expect(rejectAt('refusal-criteria.csv', line)).toBeUndefined();
  });

  it.each([
    [6, 'ml_rating_from_reference'],
    [7, 'ml_rating_from_reference'],
    [8, 'duplicate_rating'],
    [9, 'bad_flag'],
    [10, 'missing_rating'],
  ])('rejects ratings.csv line %i as %s', (line, code) => {
    expect(rejectAt('ratings.csv', line)?.reasonCode).toBe(code);
  });

  it('counts rows of all three files, and rows read = loaded + rejected', () => {
    // values 20 + ratings 10 + criteria 9 data rows.
    expect(parsed.rowsRead).toBe(39);
    expect(parsed.rejects).toHaveLength(9 + 6 + 5);
    expect(parsed.rowsLoaded).toBe(parsed.rowsRead - parsed.rejects.length);
    expect(parsed.facts).toHaveLength(20 - 9);
  });
});

describe('uk-siel adapter: categories', () => {
  const cats = parsed.categories ?? [];

  it('defines one UK category per non-ML rating, in file order, valid against the categories schema', () => {
    expect(cats.map((c) => c.code)).toEqual(['5A002', 'End Use', 'PL5001', 'IRN', 'PL9002']);
    for (const c of cats) expect(categoriesTable.row.safeParse(c).success).toBe(true);
    expect(cats.map((c) => c.sort_order)).toEqual([1, 2, 3, 4, 5]);
  });

  it('uses the English short description for all three labels, with no ATT equivalent', () => {
    expect(cats[2]).toEqual({
      scheme: 'UK',
      code: 'PL5001',
      parent_code: null,
      label_en: 'Synthetic label C',
      label_fr: 'Synthetic label C',
      label_es: 'Synthetic label C',
      att_category: null,
      att_match: 'none',
      crosswalk_note: UK_CROSSWALK_NOTE,
      sort_order: 3,
    });
  });

  it('falls back to the full description, then to the code, and says so when the source has no description', () => {
    expect(cats[4]).toMatchObject({ code: 'PL9002', label_en: 'Synthetic long label H', crosswalk_note: UK_CROSSWALK_NOTE });
    expect(cats[3]).toMatchObject({ code: 'IRN', label_en: 'IRN', crosswalk_note: `${UK_CROSSWALK_NOTE}; the source gives no description` });
  });

  it('never emits an ML rating as a UK category', () => {
    expect(cats.some((c) => /^ml/i.test(c.code))).toBe(false);
  });
});

describe('uk-siel adapter: broken files', () => {
  const withValues = (name: string) => [file(name, 'values.csv'), file('ratings.csv'), file('refusal-criteria.csv')];

  it('stops on a file using another delimiter, naming the file and the delimiter', () => {
    expect(() => parseUkSiel(withValues('broken-semicolon-values.csv'))).toThrow(CsvError);
    expect(() => parseUkSiel(withValues('broken-semicolon-values.csv'))).toThrow(/values\.csv:1: .*';'/);
  });

  it('stops on a truncated file, naming the line of the open quote', () => {
    expect(() => parseUkSiel(withValues('broken-truncated-values.csv'))).toThrow(/values\.csv:3: unterminated quoted field/);
  });

  it('stops on a wrong header, naming the missing column', () => {
    expect(() => parseUkSiel(withValues('broken-header-values.csv'))).toThrow(/values\.csv:1: missing column\(s\): refused/);
  });

  it('stops when one of the three files is missing', () => {
    expect(() => parseUkSiel([file('values.csv'), file('ratings.csv')])).toThrow(/refusal-criteria\.csv is missing/);
  });

  it('finds the files by name whatever folder they were read from', () => {
    const moved = fixture().map((f) => ({ ...f, name: `mirror/caat/${f.name}` }));
    expect(parseUkSiel(moved).facts).toHaveLength(parsed.facts.length);
  });
});
