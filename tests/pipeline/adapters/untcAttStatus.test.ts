import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDate, parseUntcAttStatus } from '../../../src/pipeline/adapters/untcAttStatus.ts';
import type { SourceFile } from '../../../src/pipeline/types.ts';

const fixture = join(import.meta.dirname, '../../fixtures/untc/att-status.html');
const fromText = (t: string, name = 'att.html'): SourceFile => ({ name, bytes: new TextEncoder().encode(t) });
const parsed = parseUntcAttStatus([fromText(readFileSync(fixture, 'utf8'))]);
const participant = (name: string) => parsed.participants.find((p) => p.name === name);
const rejectAt = (line: number) => parsed.rejects.find((r) => r.line === line);

describe('untc-att-status adapter (SYNTHETIC page): header', () => {
  it('reads the "status as at" date as day-month-year', () => {
    expect(parsed.statusAsAt).toBe('2031-03-07');
    expect(parsed.statusAsAtText).toBe('STATUS AS AT : 07-03-2031 09:15:00 EDT');
  });

  it('keeps the counts the page prints, whatever the rows say', () => {
    expect(parsed.printed).toEqual({ signatories: 5, parties: 6 });
  });
});

describe('untc-att-status adapter (SYNTHETIC page): participants', () => {
  it('reads a row with blank (&nbsp;) signature and an accession suffix', () => {
    expect(participant('Afghanistan')).toMatchObject({
      line: 16,
      signatureDate: null,
      provisionalApplicationDate: null,
      consentDate: '2020-07-29',
      consentType: 'accession',
      footnotes: [],
      declarations: [],
    });
  });

  it('removes footnote digits from the name and resolves them to the end note', () => {
    const dk = participant('Denmark')!;
    expect(dk).toMatchObject({ signatureDate: '2013-06-03', consentDate: '2014-04-02', consentType: 'approval' });
    expect(dk.footnotes).toEqual([{ mark: '1', text: 'SYNTHETIC territorial note: the Treaty shall not apply to the Faroe Islands.', line: expect.any(Number) }]);
    expect(participant('United States of America')!.footnotes[0]!.text).toBe('SYNTHETIC notice: does not intend to become a party.\n\nSecond line of the notice.');
  });

  it('reads provisional application (n), ratification (no suffix), acceptance (A)', () => {
    expect(participant('Switzerland')).toMatchObject({ provisionalApplicationDate: '2015-01-30', consentDate: '2015-01-30', consentType: 'ratification' });
    expect(participant('Netherlands (Kingdom of the)')).toMatchObject({ consentDate: '2014-12-18', consentType: 'acceptance' });
  });

  it('keeps names as written (brackets included) and a signatory without consent', () => {
    expect(participant('Bahamas (The)')).toMatchObject({ consentDate: '2014-12-25' });
    expect(participant('United States of America')).toMatchObject({ signatureDate: '2013-09-25', consentDate: null, consentType: null });
  });

  it('attaches declarations as text, without the hidden repeat of the name, with their line', () => {
    const ch = participant('Switzerland')!;
    expect(ch.declarations).toHaveLength(1);
    expect(ch.declarations[0]!.text).toBe('Declaration:\n\nSYNTHETIC declaration text, first paragraph.\n\nSecond paragraph.');
    expect(ch.declarations[0]!.line).toBeGreaterThan(88);
  });
});

describe('untc-att-status adapter (SYNTHETIC page): rejects and counts', () => {
  const cases: [number, string, RegExp][] = [
    [52, 'bad_date', /'Utopia': signature '31 Feb 2014' is not a date/],
    [58, 'bad_suffix', /'Arcadia': consent '1 Mar 2016 x' has suffix 'x'/],
    [64, 'bad_suffix', /'Erewhon': signature '4 Jun 2013 a' has suffix 'a', expected none/],
    [70, 'bad_row_shape', /3 cells, expected 4/],
    [75, 'duplicate_participant', /'Afghanistan' is listed again \(first on line 16\)/],
    [81, 'unknown_footnote', /'Ruritania': footnote 9 has no end note/],
    [87, 'no_dates', /'Atlantis': no signature/],
  ];
  it.each(cases)('rejects line %i with %s', (line, code, reason) => {
    const r = rejectAt(line);
    expect(r).toMatchObject({ file: 'att.html', reasonCode: code });
    expect(r!.reason).toMatch(reason);
  });

  it('rejects a declaration for a participant who is not in the table', () => {
    expect(parsed.rejects.find((r) => r.reasonCode === 'declaration_unknown_participant')!.raw).toMatch(/^Narnia: SYNTHETIC declaration/);
  });

  it('counts every participant row, end note and declaration entry: read = loaded + rejected', () => {
    expect(parsed.participants.map((p) => p.name)).toEqual(['Afghanistan', 'Denmark', 'Switzerland', 'Netherlands (Kingdom of the)', 'Bahamas (The)', 'United States of America']);
    expect(parsed.footnotes).toHaveLength(2);
    expect(parsed.declarations).toHaveLength(1);
    expect(parsed.rejects).toHaveLength(8);
    expect(parsed.rowsRead).toBe(13 + 2 + 2);
    expect(parsed.rowsRead).toBe(parsed.rowsLoaded + parsed.rejects.length);
  });

  it('keeps the raw cells of a rejected row', () => {
    expect(rejectAt(52)!.raw).toBe('Utopia | 31 Feb 2014 |  | ');
  });
});

describe('untc-att-status adapter: pages it cannot read stop the build', () => {
  it('names the missing header', () => {
    expect(() => parseUntcAttStatus([fromText('<html><body><p>Nothing</p></body></html>')])).toThrow(/att\.html: no "STATUS AS AT" header/);
  });
  it('names a header date it cannot read', () => {
    expect(() => parseUntcAttStatus([fromText('<div>STATUS AS AT : 2031/03/07</div>')])).toThrow(/att\.html:1: cannot read the date/);
  });
  it('names a missing participants table', () => {
    expect(() => parseUntcAttStatus([fromText('<div>STATUS AS AT : 07-03-2031 10:00:00 EDT</div><table><tr><td>Name</td></tr></table>')])).toThrow(/no participants table/);
  });
  it('names a participants table with other columns', () => {
    expect(() => parseUntcAttStatus([fromText('<div>STATUS AS AT : 07-03-2031</div>\n<table><tr><td>Participant</td><td>Signature</td></tr></table>')])).toThrow(
      /att\.html:2: the participants table has 2 columns, expected 4/,
    );
  });
  it('wants exactly one file', () => {
    expect(() => parseUntcAttStatus([])).toThrow(/expected one file/);
  });
});

describe('isoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isoDate(2016, 2, 29)).toBe('2016-02-29');
    expect(isoDate(2015, 2, 29)).toBeNull();
    expect(isoDate(2014, 13, 1)).toBeNull();
  });
});
