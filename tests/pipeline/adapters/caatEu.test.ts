/**
 * The three CAAT EU adapters on SYNTHETIC fixtures (tests/fixtures/caat-eu) that reproduce the quirks
 * of the real files: Python-repr rows in broker.csv (readable, continuation, unreadable, wrong shape,
 * unmatched), "; "-joined lists with empty places, a total line, destinations with no ISO code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchReprRows, readReprRow, reprWholeUnits } from '../../../src/pipeline/adapters/brokerRepr.ts';
import { parseCaatEuBroker, splitList } from '../../../src/pipeline/adapters/caatEuBroker.ts';
import { parseCaatEuConsult } from '../../../src/pipeline/adapters/caatEuConsult.ts';
import { parseCaatEuMission } from '../../../src/pipeline/adapters/caatEuMission.ts';
import type { SourceFile } from '../../../src/pipeline/types.ts';

const dir = join(import.meta.dirname, '../../fixtures/caat-eu');
const file = (name: string): SourceFile => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const reasons = (rejects: { line: number; reasonCode: string }[]) => rejects.map((r) => [r.line, r.reasonCode]);

describe('caat-eu-broker adapter', () => {
  const parsed = parseCaatEuBroker([file('broker.csv')]);

  it('reads every line, CSV and Python-repr alike: read = loaded + rejected', () => {
    expect(parsed.rowsRead).toBe(15);
    expect(parsed.rowsLoaded).toBe(parsed.rows.length);
    expect(parsed.rowsRead).toBe(parsed.rowsLoaded + parsed.rejects.length);
    expect(parsed.rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 14, 15]);
  });

  it('keeps "; "-joined lists aligned, empty places included, and multi-valued cells as text', () => {
    expect(parsed.rows.find((r) => r.line === 2)).toMatchObject({
      year: 2011,
      brokerIso2: 'DE',
      brokerName: 'Germany',
      decision: 'refused',
      originCodes: ['IN'],
      originNames: ['India'],
      destinationCodes: ['TR', '', 'AE'],
      destinationNames: ['Turkey', '', 'United Arab Emirates'],
      licences: 2,
      licensedValue: 120000,
      brokeredValue: null,
      brokeredValueText: '100.0; 200.0',
      mlCategories: 'ML6; ML11',
      quantity: '1,000 pcs',
    });
    expect(parsed.rows.find((r) => r.line === 1)).toMatchObject({ brokeredValue: null, brokeredValueText: null, quantity: '50', licensedValue: 30000 });
    expect(parsed.rows.find((r) => r.line === 14)).toMatchObject({ brokeredValue: 12345, brokeredValueText: '12345' });
  });

  it('rejects malformed CSV rows with their reason', () => {
    expect(reasons(parsed.rejects.filter((r) => r.line <= 7))).toEqual([
      [5, 'bad_decision'],
      [6, 'bad_number'],
      [7, 'bad_columns'],
    ]);
  });

  it('rejects each readable repr row as a duplicate naming the CSV line that holds its record', () => {
    const at = (line: number) => parsed.rejects.find((r) => r.line === line)!;
    expect(at(8)).toMatchObject({ reasonCode: 'repr_duplicate', reason: expect.stringContaining('GERMANY, issued, 3 licence(s), origin Kenya) of the record that line 14 gives in CSV form') });
    expect(at(9)).toMatchObject({ reasonCode: 'repr_duplicate', reason: expect.stringContaining('continues the licence of line 8') });
    expect(at(9).reason).toContain('record line 14');
    // Names differ ("Arabia Saudi") and the CSV row lost its value: the one row left for Poland, 2 licences, matches.
    expect(at(10)).toMatchObject({ reasonCode: 'repr_duplicate', reason: expect.stringContaining('line 15 gives in CSV form') });
    expect(at(10).raw).toBe("[u'POLAND', 'issued', [u'Arabia Saudi'], 2, [u'7', u'', u'000'], [u'3a'], [], [], [u'Serbia']]");
  });

  it('rejects a readable repr row that matches no CSV row, an unreadable one and a wrong-shaped one, each with its reason', () => {
    expect(reasons(parsed.rejects.filter((r) => r.line >= 11))).toEqual([
      [11, 'repr_unmatched'],
      [12, 'repr_unreadable'],
      [13, 'repr_shape'],
    ]);
    expect(parsed.rejects.find((r) => r.line === 11)!.reason).toMatch(/carries no year and matches no CSV row/);
    expect(parsed.rejects.find((r) => r.line === 12)!.reason).toMatch(/cannot be read: string is not closed at character 37/);
    expect(parsed.rejects.find((r) => r.line === 13)!.reason).toMatch(/has 3 elements, expected 9/);
  });
});

describe('Python-repr rows of broker.csv', () => {
  it('reads the nine fields, joining the fragments of split numbers back as written', () => {
    const r = readReprRow("[u'GERMANY', 'issued', [u'Kenya'], 3, [u'1', u'2', u'', u'345,60 EUR'], [u'ML 1'], [u'12 pcs'], [], [u'USA']]");
    expect(r).toEqual({
      ok: true,
      value: { brokerName: 'GERMANY', decision: 'issued', origins: ['Kenya'], licences: 3, licensedValue: '12345,60 EUR', ratings: 'ML 1', quantity: '12 pcs', brokeredValue: '', destinations: ['USA'] },
    });
  });

  it('says which field has the wrong type', () => {
    expect(readReprRow("[u'X', 'issued', [u'Kenya'], u'3', [], [], [], [], []]")).toMatchObject({ ok: false, reasonCode: 'repr_shape', reason: expect.stringContaining('number of licences "3"') });
    expect(readReprRow("[u'X', 'issued', [u'Kenya'], 3, [], [1], [], [], []]")).toMatchObject({ ok: false, reason: expect.stringContaining('ratings is not a list of text') });
    expect(readReprRow("[u'X', 'pending', [], 3, [], [], [], [], []]")).toMatchObject({ ok: false, reason: expect.stringContaining('"pending" is neither') });
    expect(readReprRow("{'a': 1}")).toMatchObject({ ok: false, reasonCode: 'repr_unreadable' });
  });

  it('takes the whole units of the first sub-line of a value', () => {
    expect(reprWholeUnits('1307122,70 EUR')).toBe(1307122);
    expect(reprWholeUnits('500000\n\n\n1217162')).toBe(500000);
    expect(reprWholeUnits('')).toBeNull();
    expect(reprWholeUnits('about 5')).toBeNull();
  });

  it('prefers the nearest CSV row after the repr row among equally good matches, and never uses a CSV row twice', () => {
    const row = readReprRow("[u'X', 'issued', [u'Chad'], 1, [], [], [], [], []]");
    if (!row.ok) throw new Error('fixture');
    const csv = [3, 20, 30].map((line) => ({ line, brokerName: 'x', decision: 'issued', licences: 1, licensedValue: null, originNames: ['Chad'], destinationNames: [] }));
    const out = matchReprRows(
      [
        { line: 10, raw: 'a', row: row.value },
        { line: 11, raw: 'b', row: row.value },
      ],
      csv,
    );
    expect(out.map((o) => o.reason.match(/line (\d+) gives/)?.[1])).toEqual(['20', '30']);
  });

  it('splits lists on ";" keeping empty places', () => {
    expect(splitList('CA; ; ; CN')).toEqual(['CA', '', '', 'CN']);
    expect(splitList('')).toEqual([]);
  });
});

describe('caat-eu-consult adapter', () => {
  const parsed = parseCaatEuConsult([file('consult.csv')]);

  it('reads a Member State half or a destination half per row', () => {
    expect(parsed.rows.map((r) => [r.line, r.subject, r.iso2, r.name, r.initiated, r.received, r.concerning])).toEqual([
      [1, 'member_state', 'DE', 'Germany', 4, 7, null],
      [2, 'destination', 'IN', 'India', null, null, 3],
      [3, 'destination', null, 'Dubai', null, null, 1],
      [5, 'destination', null, 'Others', null, null, 2],
      [9, 'member_state', 'NA', 'Namibia', 1, 0, null],
    ]);
  });

  it('rejects a total line, a row with both halves, a bad count and a misplaced count', () => {
    expect(reasons(parsed.rejects)).toEqual([
      [4, 'no_state'],
      [6, 'both_halves'],
      [7, 'bad_number'],
      [8, 'misplaced_count'],
    ]);
    expect(parsed.rejects[0]!.reason).toMatch(/figures 44 \/ 0 \/ –/);
    expect(parsed.rowsRead).toBe(parsed.rowsLoaded + parsed.rejects.length);
  });
});

describe('caat-eu-mission adapter', () => {
  const parsed = parseCaatEuMission([file('mission.csv')]);

  it('keeps names and codes as written, an empty ISO code included', () => {
    expect(parsed.rows.map((r) => [r.line, r.exporterIso2, r.destinationIso2, r.destinationName, r.mission, r.items])).toEqual([
      [1, 'DE', 'LB', 'Lebanon', 'UNIFIL', 'Helmets, body armour'],
      [2, 'GB', null, 'DUBAI', 'United Nations World Food Programme', 'Armoured vehicles'],
      [3, 'FI', null, 'OTHER', 'EU mission', 'Protective equipment'],
      [6, 'DE', 'AF', 'Afghanistan', 'ISAF', null],
    ]);
  });

  it('rejects a row without a mission and a row with a bad year', () => {
    expect(reasons(parsed.rejects)).toEqual([
      [4, 'missing_mission'],
      [5, 'bad_year'],
    ]);
    expect(parsed.rowsRead).toBe(6);
  });
});
