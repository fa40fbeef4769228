/** SECO war-material tables on SYNTHETIC files (tests/helpers/syntheticSeco.ts) reproducing each quirk. */
import { describe, expect, it } from 'vitest';
import { CsvError } from '../../../src/pipeline/kit/csv.ts';
import { classifyHeader, parseChf, readKmTable, splitNames } from '../../../src/pipeline/adapters/secoKmTable.ts';
import { parseSecoWarMaterial } from '../../../src/pipeline/adapters/secoWarMaterial.ts';
import { KM_LUMPED_CODE } from '../../../src/reference/swissKmCategories.ts';
import { crLines, macRoman, seco2006, seco2010, SYNTHETIC_2006, SYNTHETIC_2010 } from '../../helpers/syntheticSeco.ts';

const file = (name: string, text: string) => ({ name, bytes: macRoman(text) });
const factsOf = (text: string, name = 'gsoa2006.csv') =>
  parseSecoWarMaterial([file(name, text)]).facts.map((f) => [f.line, f.partnerName, f.categoryCode, f.value]);

describe('SECO table reader: encoding and line ends', () => {
  it('the fixture encoder writes the Mac Roman bytes the WHATWG decoder reads back', () => {
    const text = 'ÄÖÜäöüéèÉ';
    expect(new TextDecoder('macintosh').decode(macRoman(text))).toBe(text);
    expect(macRoman('ä')[0]).toBe(0x8a); // SOURCE.md: "Dänemark" holds byte 0x8A
  });

  it('decodes Mac Roman names (not as UTF-8 or Latin-1) and splits lines on lone CRs', () => {
    const t = readKmTable(seco2006());
    const dest = t.lines.filter((l) => l.kind === 'destination');
    expect(dest.map((l) => [l.line, l.nameDe, l.nameFr])).toEqual([
      [9, 'Dänemark', 'Danemark'],
      [10, 'Österreich', 'Autriche'],
      [11, 'Island', 'Islande'],
      [17, 'Südafrika', 'Afrique du Sud'],
    ]);
    expect(t.lines).toHaveLength(18);
  });

  it('reads the year from the bilingual title lines, not from the file name', () => {
    expect(readKmTable({ name: 'renamed.csv', bytes: macRoman(SYNTHETIC_2010) }).year).toBe(2010);
  });

  it('refuses a file without a title giving the period, naming file and line', () => {
    const text = SYNTHETIC_2010.replace(/\(01\.01\. - 31\.12\.2010\)/g, '(2010)');
    expect(() => readKmTable(file('gsoa2010.csv', text))).toThrow(CsvError);
    expect(() => readKmTable(file('gsoa2010.csv', text))).toThrow(/gsoa2010\.csv:1: line above the header/);
  });
});

describe('SECO table reader: columns by header text', () => {
  it('finds the same columns under the two layouts (Total at column 3 in 2006, 4 in 2010)', () => {
    const a = readKmTable(seco2006()).columns;
    const b = readKmTable(seco2010()).columns;
    expect(a.map((c) => [c.code, c.index])).toEqual([['Total', 2], ['KM1', 3], ['KM2', 4], ['KM10', 5], ['KM16', 6], [KM_LUMPED_CODE, 8]]);
    expect(b.map((c) => [c.code, c.index])).toEqual([['Total', 3], ['KM1', 4], ['KM2', 5], ['KM10', 6], ['KM16', 7], [KM_LUMPED_CODE, 8]]);
  });

  it('reads the lumped column from its name spread over both header lines, spacing as in either year', () => {
    expect(classifyHeader('KM 9 / KM 11 - 15 / KM 17 - 22')).toBe(KM_LUMPED_CODE);
    expect(classifyHeader('KM 9  / KM 11-15 / KM 17 - 22')).toBe(KM_LUMPED_CODE);
    expect(classifyHeader('KM 9 / KM 11-15')).toBeNull();
    expect(classifyHeader('KM 23')).toBeNull();
    expect(classifyHeader('Kontinent Continent')).toBe('continent');
  });

  it('gives the same facts whichever layout a year uses: values follow their header, not their position', () => {
    const moved = crLines([
      'Ausfuhren (01.01. - 31.12.2011);;;;',
      'Kontinent;Land;;;Total;KM 2;KM 1',
      'Continent;Pays;;;;;',
      'Total;;;;12;5;7',
      'Europa;Dänemark;Danemark;;12;5;7',
      ';;;;12;;',
    ]);
    expect(factsOf(moved, 'gsoa2011.csv')).toEqual([
      [5, 'Dänemark', 'KM2', 5],
      [5, 'Dänemark', 'KM1', 7],
    ]);
  });

  it('refuses a figure column placed among the name columns', () => {
    const text = crLines(['Ausfuhren (01.01. - 31.12.2011);;;', 'Kontinent;Land;KM 2;Total', 'Continent;Pays;;', 'Total;;5;5']);
    expect(() => readKmTable(file('gsoa2011.csv', text))).toThrow(/gsoa2011\.csv:2: column 3 \('KM 2'\) lies between Land and Total/);
  });

  it('refuses a header it does not know, rather than guess what the column holds', () => {
    const text = SYNTHETIC_2010.replace('KM 16;', 'KM X;');
    expect(() => readKmTable(file('gsoa2010.csv', text))).toThrow(/gsoa2010\.csv:5: column 8: header 'KM X' is not one this reader knows/);
  });

  it('refuses a header printed again with other columns', () => {
    const text = SYNTHETIC_2006.replace('Kontinent;Land;Total;KM 1;KM 2;KM 10;KM 16;;KM 9 / KM 11 - 15 /;\rContinent;Pays;;;;;;;KM 17 - 22;\r;;;;;;;;;\rAfrika', 'Kontinent;Land;Total;KM 2;KM 1;KM 10;KM 16;;KM 9 / KM 11 - 15 /;\rContinent;Pays;;;;;;;KM 17 - 22;\r;;;;;;;;;\rAfrika');
    expect(() => readKmTable(file('gsoa2006.csv', text))).toThrow(/gsoa2006\.csv:14: the header is printed again with different columns/);
  });
});

describe('SECO table reader: lines', () => {
  it('splits one-cell "DE / FR" names and keeps two-cell names', () => {
    expect(splitNames(['Japan /Japon'])).toEqual({ de: 'Japan', fr: 'Japon' });
    expect(splitNames(['Deutschland', 'Allemagne'])).toEqual({ de: 'Deutschland', fr: 'Allemagne' });
    expect(splitNames(['Barbados', ''])).toEqual({ de: 'Barbados', fr: null });
    expect(splitNames(['', ' '])).toBeNull();
  });

  it('reads apostrophe thousands and plain digits, and nothing else', () => {
    expect(parseChf("563'500'800")).toEqual({ ok: true, value: 563500800 });
    expect(parseChf('544689')).toEqual({ ok: true, value: 544689 });
    expect(parseChf(' ')).toEqual({ ok: true, value: null });
    for (const bad of ["1'23", '12.5', '-3', "1'000'00", '1 000']) expect(parseChf(bad).ok).toBe(false);
  });

  it('gives each block the continent of its first line, not the French name on its second', () => {
    const t = readKmTable(seco2006());
    const cont = t.lines.flatMap((l) => (l.kind === 'destination' || l.kind === 'subtotal' ? [[l.kind, l.line, l.continent]] : []));
    expect(cont).toEqual([
      ['destination', 9, 'Europa'],
      ['destination', 10, 'Europa'],
      ['destination', 11, 'Europa'],
      ['subtotal', 12, 'Europa'],
      ['destination', 17, 'Afrika'],
      ['subtotal', 18, 'Afrika'],
    ]);
  });

  it('keeps the block continent when the first line of the block is rejected', () => {
    const t = readKmTable(seco2010());
    expect(t.lines.filter((l) => l.kind === 'subtotal').map((l) => [l.line, l.continent, l.kind === 'subtotal' && l.covers])).toEqual([
      [12, 'Europa', [10]],
      [16, 'Afrika', [15]],
    ]);
  });

  it('rejects a figure in a column without a header, and a malformed number, naming the column', () => {
    const text = SYNTHETIC_2006.replace("Europa;Dänemark / Danemark;1'200'000;1'000'000;;200'000;;;;", "Europa;Dänemark / Danemark;1'200'000;1'000'000;;200'000;;7;;")
      .replace(";Island / Islande;1'000;;1'000;;;;;", ";Island / Islande;1'000;;1'0;;;;;");
    const rejects = parseSecoWarMaterial([file('gsoa2006.csv', text)]).rejects;
    expect(rejects.map((r) => [r.line, r.reasonCode, r.reason])).toEqual([
      [9, 'value_in_unlabelled_column', "column 8 has no header but holds '7'"],
      [11, 'bad_number', "KM 2: '1'0' is not an amount in whole francs"],
    ]);
  });
});

describe('SECO war-material adapter', () => {
  const parsed = parseSecoWarMaterial([seco2006(), seco2010()]);

  it('turns each figure of a destination line into an actual export in CHF, scheme CH_KM, the lumped column its own code', () => {
    const facts = parsed.facts.map((f) => [f.file, f.line, f.partnerName, f.categoryScheme, f.categoryCode, f.value, f.currency, f.basis, f.direction, f.year]);
    expect(facts).toEqual([
      ['gsoa2006.csv', 9, 'Dänemark', 'CH_KM', 'KM1', 1_000_000, 'CHF', 'actual', 'export', 2006],
      ['gsoa2006.csv', 9, 'Dänemark', 'CH_KM', 'KM10', 200_000, 'CHF', 'actual', 'export', 2006],
      ['gsoa2006.csv', 10, 'Österreich', 'CH_KM', 'KM2', 299_000, 'CHF', 'actual', 'export', 2006],
      ['gsoa2006.csv', 11, 'Island', 'CH_KM', 'KM2', 1_000, 'CHF', 'actual', 'export', 2006],
      ['gsoa2006.csv', 17, 'Südafrika', 'CH_KM', 'KM1', 50, 'CHF', 'actual', 'export', 2006],
      ['gsoa2010.csv', 10, 'Deutschland', 'CH_KM', 'KM1', 1_000_000, 'CHF', 'actual', 'export', 2010],
      ['gsoa2010.csv', 10, 'Deutschland', 'CH_KM', 'KM16', 456_000, 'CHF', 'actual', 'export', 2010],
      ['gsoa2010.csv', 15, 'Tunesien', 'CH_KM', KM_LUMPED_CODE, 544_689, 'CHF', 'actual', 'export', 2010],
    ]);
    expect(new Set(parsed.facts.map((f) => f.reporterName))).toEqual(new Set(['Switzerland']));
  });

  it('keeps the Total line, each destination Total and each subtotal as totals that list the lines they cover', () => {
    const totals2006 = parsed.totals.filter((t) => t.file === 'gsoa2006.csv').map((t) => [t.line, t.partnerName ?? t.partnerLabel, t.categoryCode, t.value, t.coversLines]);
    expect(totals2006).toEqual([
      [7, 'Total', 'Total', 1_500_050, [9, 10, 11, 17]],
      [7, 'Total', 'KM1', 1_000_050, [9, 10, 11, 17]],
      [7, 'Total', 'KM2', 300_000, [9, 10, 11, 17]],
      [7, 'Total', 'KM10', 200_000, [9, 10, 11, 17]],
      [7, 'Total', KM_LUMPED_CODE, 0, [9, 10, 11, 17]],
      [9, 'Dänemark', 'Total', 1_200_000, [9]],
      [10, 'Österreich', 'Total', 299_000, [10]],
      [11, 'Island', 'Total', 1_000, [11]],
      [12, 'Europa', 'Total', 1_500_000, [9, 10, 11]],
      [17, 'Südafrika', 'Total', 50, [17]],
      [18, 'Afrika', 'Total', 50, [17]],
    ]);
  });

  it('rejects destination lines without figures, with file, line and reason', () => {
    expect(parsed.rejects.map((r) => [r.file, r.line, r.reasonCode, r.reason])).toEqual([
      ['gsoa2010.csv', 11, 'no_figures', 'Türkei: no figures'],
      ['gsoa2010.csv', 14, 'no_figures', 'Südafrika: no figures'],
    ]);
  });

  it('counts titles, headers and blank lines as structural, so that read = loaded + rejected + structural', () => {
    expect(parsed.structural).toEqual({ title: 4, blank: 10, header: 6 });
    expect(parsed.rowsRead).toBe(18 + 16);
    expect(parsed.rowsRead).toBe(parsed.rowsLoaded + parsed.rejects.length + 4 + 10 + 6);
  });

  it('refuses two files for the same year', () => {
    expect(() => parseSecoWarMaterial([seco2006(), { ...seco2006(), name: 'copy.csv' }])).toThrow(/gsoa2006\.csv both cover 2006|copy\.csv and gsoa2006\.csv/);
  });
});
