import { describe, expect, it } from 'vitest';
import { ATT_ENTRY_INTO_FORCE, attColumns, entryIntoForce, treatyStatusOf } from '../../src/reference/attFacts.ts';
import { ATT_PARTICIPANTS, CONSENT_TYPES, type AttParticipant } from '../../src/reference/attParticipation.ts';
import { ATT_PARTICIPATION_COUNTS } from '../../src/reference/attParticipationCounts.ts';
import { buildStates } from '../../src/reference/states.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('entryIntoForce (Art. 22)', () => {
  it('gives 24 Dec 2014 for deposits on or before that day', () => {
    expect(ATT_ENTRY_INTO_FORCE).toBe('2014-12-24');
    expect(entryIntoForce('2013-07-02')).toBe('2014-12-24');
    expect(entryIntoForce('2014-12-22')).toBe('2014-12-24');
    expect(entryIntoForce('2014-12-24')).toBe('2014-12-24');
  });

  it('gives 24 Dec 2014 to the December 2014 deposits (Poland 17 Dec, Netherlands 18 Dec, South Africa 22 Dec)', () => {
    for (const d of ['2014-12-17', '2014-12-18', '2014-12-22', '2014-12-23']) expect(entryIntoForce(d), d).toBe('2014-12-24');
  });

  it('gives deposit + 90 days for later deposits, across month ends and leap years', () => {
    expect(entryIntoForce('2014-12-25')).toBe('2015-03-25');
    expect(entryIntoForce('2015-01-30')).toBe('2015-04-30'); // Switzerland's official date
    expect(entryIntoForce('2022-03-24')).toBe('2022-06-22'); // the Philippines' official date
    expect(entryIntoForce('2015-12-02')).toBe('2016-03-01'); // 2016 is a leap year
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => entryIntoForce('30.01.2015')).toThrow(/YYYY-MM-DD/);
  });
});

describe('transcribed participation facts', () => {
  it('holds the 97 rows of the compilation, one per State, each a State of the table', () => {
    expect(ATT_PARTICIPANTS).toHaveLength(97);
    const codes = ATT_PARTICIPANTS.map((p) => p.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set(buildStates().map((r) => r.iso3));
    for (const c of codes) expect(known.has(c), c).toBe(true);
  });

  it('has well-formed dates, a known consent type, a source and no deposit before signature', () => {
    for (const p of ATT_PARTICIPANTS) {
      for (const d of [p.signatureDate, p.consentDate, p.entryIntoForce]) if (d !== null) expect(d).toMatch(DATE);
      if (p.consentType !== null) expect(CONSENT_TYPES).toContain(p.consentType);
      expect(p.sourceUrl).toMatch(/^https?:\/\//);
      if (p.signatureDate !== null && p.consentDate !== null) expect(p.consentDate >= p.signatureDate, p.iso3).toBe(true);
    }
  });

  it('obeys Art. 22: every entry into force follows from its deposit date, and there is none without one', () => {
    for (const p of ATT_PARTICIPANTS) {
      if (p.consentDate === null) expect(p.entryIntoForce, p.iso3).toBeNull();
      else expect(p.entryIntoForce, p.iso3).toBe(entryIntoForce(p.consentDate));
    }
  });

  it('computes the entry into force where the deposit date is known but the column is empty', () => {
    const benin = ATT_PARTICIPANTS.find((p) => p.iso3 === 'BEN')!;
    const withoutColumn: AttParticipant = { ...benin, entryIntoForce: null };
    expect(attColumns(withoutColumn).att_entry_into_force).toBe('2017-02-05');
    expect(attColumns({ ...withoutColumn, consentDate: null }).att_entry_into_force).toBeNull();
  });

  it('never counts more deposits by a date than the dated totals of the same sources', () => {
    const countAt = (asOf: string, measure: RegExp) => {
      const c = ATT_PARTICIPATION_COUNTS.find((x) => x.asOf === asOf && measure.test(x.measure));
      if (!c) throw new Error(`no count for ${asOf} ${measure}`);
      return Number(c.value.split('/').at(-1)!.trim());
    };
    const depositsBy = (date: string) => ATT_PARTICIPANTS.filter((p) => p.consentDate !== null && p.consentDate <= date).length;
    for (const [asOf, measure] of [
      ['2014-04-02', /^Deposited ratifications/],
      ['2014-06-03', /^Ratifications after/],
      ['2014-09-25', /^Instruments deposited/],
      ['2015-07-01', /^UNTC: Signatories \/ Parties/],
    ] as const) {
      expect(depositsBy(asOf), asOf).toBeLessThanOrEqual(countAt(asOf, measure));
    }
  });
});

describe('treatyStatusOf', () => {
  it('reads the status as written into party, signatory or unknown', () => {
    expect(treatyStatusOf('party')).toBe('party');
    expect(treatyStatusOf('party (disputed by Israel)')).toBe('party');
    expect(treatyStatusOf('signatory (as of Dec 2014)')).toBe('signatory');
    expect(treatyStatusOf('participant (dates not readable)')).toBe('unknown');
    expect(treatyStatusOf('partyless')).toBe('unknown');
  });
});
