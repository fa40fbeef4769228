/** SECO licence list (dual-use and special military goods) on a SYNTHETIC file (tests/helpers/syntheticSeco.ts). */
import { describe, expect, it } from 'vitest';
import { headerMatches, parseFranks, parseSecoSpecialLicences, parseSwissDate } from '../../../src/pipeline/adapters/secoSpecialLicences.ts';
import { mlCategoryOf, normalizeLicenceItem } from '../../../src/pipeline/licenceNormalize.ts';
import { normalizeSource } from '../../../src/pipeline/normalize.ts';
import { REFERENCE } from '../../../src/pipeline/reference.ts';
import { secoLicences, SYNTHETIC_LICENCES } from '../../helpers/syntheticSeco.ts';

const states = REFERENCE.stateResolver(REFERENCE.states);
const categories = REFERENCE.categoryLookup(REFERENCE.categories);

describe('SECO licence list: cells', () => {
  it('matches header names whose umlaut the copy turned into "?", and only that', () => {
    expect(headerMatches('Gesch?ftsnummer', 'Geschäftsnummer')).toBe(true);
    expect(headerMatches(' Wert ', 'Wert')).toBe(true);
    expect(headerMatches('Gesch?ftsnummern', 'Geschäftsnummer')).toBe(false);
    expect(headerMatches('?eschäftsnummer', 'Geschäftsnummer')).toBe(false); // '?' stands for a lost non-ASCII letter only
  });

  it('reads "Fr. 1\'234.50" values and refuses anything else', () => {
    expect(parseFranks(" Fr. 492'552.00 ")).toBe(492552);
    expect(parseFranks("Fr. 1'492'552.50")).toBe(1492552.5);
    expect(parseFranks('Fr. 7.00')).toBe(7);
    for (const bad of ['492552', "Fr. 49'2552.00", 'Fr. 7', 'CHF 7.00', "Fr. 1'000.5"]) expect(parseFranks(bad)).toBeNull();
  });

  it('reads DD.MM.YY dates as 20YY and refuses dates that do not exist', () => {
    expect(parseSwissDate('04.01.12')).toBe('2012-01-04');
    expect(parseSwissDate('29.02.12')).toBe('2012-02-29');
    expect(parseSwissDate('31.02.13')).toBeNull();
    expect(parseSwissDate('4.1.12')).toBeNull();
  });

  it('reads the ML entry as written into its ML category', () => {
    expect(['18a', '01.a', '1', '10c2', '22', '8a21'].map(mlCategoryOf)).toEqual(['ML18', 'ML1', 'ML1', 'ML10', 'ML22', 'ML8']);
    expect(['23', '0', '99x', 'ML4', ''].map(mlCategoryOf)).toEqual([null, null, null, null, null]);
  });
});

describe('SECO licence list adapter', () => {
  const parsed = parseSecoSpecialLicences([secoLicences()]);

  it('makes one licence item per line, each control list in its own field, names as written', () => {
    expect(parsed.facts).toEqual([]);
    expect(parsed.licenceItems!.map((i) => [i.line, i.licenceNumber, i.decisionDate, i.partnerName, i.value, i.currency])).toEqual([
      [2, '90001', '2012-01-04', 'T?rkei', 150900, 'CHF'],
      [3, '90002', '2012-01-05', 'China', 1492552.5, 'CHF'],
      [4, '90002', '2012-01-05', 'China', 7, 'CHF'],
      [6, '90004', '2014-03-01', 'Atlantis', 10, 'CHF'],
      [8, '90006', '2014-03-01', 'Russische F?deration', 5, 'CHF'],
    ]);
    expect(parsed.licenceItems![1]!.controls).toEqual({ ag: null, mtcr: null, nsg1: null, nsg2: '2B201b', wa: '2B001c', ml: null, gkvAnnex5: null, chkv: null });
    expect(parsed.licenceItems![2]!.controls.gkvAnnex5).toBe('5.1');
    expect(parsed.licenceItems![0]!.controls.ml).toBe('18a');
  });

  it('rejects an impossible date and a value without "Fr.", with line and reason', () => {
    expect(parsed.rejects.map((r) => [r.line, r.reasonCode, r.reason])).toEqual([
      [5, 'bad_date', "Bewilligungsdatum: '31.02.13' is not a date DD.MM.YY"],
      [7, 'bad_number', `Wert: '492552' is not an amount "Fr. 1'234.00"`],
    ]);
    expect(parsed.rowsRead).toBe(parsed.rowsLoaded + parsed.rejects.length);
  });

  it('refuses a file whose header lacks a column, naming it', () => {
    const bytes = new TextEncoder().encode(SYNTHETIC_LICENCES.replace('ChKV;', 'ChKW;'));
    expect(() => parseSecoSpecialLicences([{ name: 'gsoaBesondere.csv', bytes }])).toThrow(/gsoaBesondere\.csv:1: missing column 'ChKV'/);
  });

  it('normalizes: "?" names resolve through reviewed aliases, ML crosswalked to ATT, unknown names and ML codes rejected', () => {
    const n = normalizeSource(parsed, { sourceId: 'seco-syn', instrument: 'CH_SECO', states, categories, canonicalCode: REFERENCE.canonicalCode });
    expect(n.licenceItems!.map((r) => [r.source_line, r.partner_iso3, r.ml_category, r.att_category, r.att_match, r.year])).toEqual([
      [2, 'TUR', 'ML18', null, 'none'],
      [3, 'CHN', null, null, 'none'],
      [4, 'CHN', null, null, 'none'],
    ].map((r) => [...r, 2012]));
    expect(n.rejects.slice(2).map((r) => [r.line, r.reasonCode])).toEqual([
      [6, 'unknown_country'],
      [8, 'unknown_category'],
    ]);
    expect([...n.unresolvedNames]).toEqual([['Atlantis', 1]]);
    expect(n.rowsRead).toBe(n.rowsLoaded + n.rejects.length);
  });

  it('crosswalks an ML1 item to ATT VIII (approximate), as the ML scheme does', () => {
    const item = { ...parsed.licenceItems![0]!, controls: { ...parsed.licenceItems![0]!.controls, ml: '1a' } };
    const r = normalizeLicenceItem(item, 'seco-syn', (name) => states.resolve(name)!.iso3, categories);
    expect(r.ok && [r.row.ml_category, r.row.att_category, r.row.att_match]).toEqual(['ML1', 'VIII', 'approximate']);
  });
});
