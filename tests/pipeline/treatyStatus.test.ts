/**
 * The depositary's status normalized against the real states table, on the SYNTHETIC status page
 * (tests/fixtures/untc): names resolved by the shared resolver, Art. 22 applied, every other State
 * 'not_participant', and the differences from a hand-compiled list reported, never picked silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUntcAttStatus } from '../../src/pipeline/adapters/untcAttStatus.ts';
import { normalizeTreatyStatus } from '../../src/pipeline/treatyStatus.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';
import type { AttParticipant } from '../../src/reference/attParticipation.ts';
import { createStateResolver } from '../../src/reference/stateResolver.ts';

const html = readFileSync(join(import.meta.dirname, '../fixtures/untc/att-status.html'));
const parsed = parseUntcAttStatus([{ name: 'att.html', bytes: new Uint8Array(html) }]);
const hand = (iso3: string, over: Partial<AttParticipant>): AttParticipant => ({
  iso3,
  stateName: iso3,
  signatureDate: null,
  consentDate: null,
  consentType: null,
  provisionalApplication: null,
  entryIntoForce: null,
  status: 'party',
  sourceUrl: 'https://example.org/synthetic',
  notes: 'SYNTHETIC',
  ...over,
});
const HAND: AttParticipant[] = [
  hand('CHE', { signatureDate: '2013-06-03', consentDate: '2015-01-30', consentType: 'ratification', provisionalApplication: true, entryIntoForce: '2015-04-30' }), // agrees
  hand('DNK', { consentDate: '2014-04-03', entryIntoForce: '2014-12-24' }), // consent date differs; type and signature missing there
  hand('USA', { status: 'signatory', provisionalApplication: true }), // provisional application differs
  hand('SWE', { status: 'party', consentDate: '2014-06-16' }), // not in the (synthetic) depositary list
];
const opts = { sourceId: 'untc-att-status', sourceUrl: 'https://example.org/untc', states: REFERENCE.states, resolver: createStateResolver(REFERENCE.states), handCompiled: HAND };
// The fixture's rejected rows make its list incomplete; `result` reads it as if those rows were absent from the page.
const complete = { ...parsed, participantRows: parsed.participants.length };
const result = normalizeTreatyStatus(complete, opts);
const row = (iso3: string) => result.states.find((s) => s.iso3 === iso3)!;

describe('depositary status → states table (SYNTHETIC page)', () => {
  it('resolves the UN names, brackets included, through the reviewed aliases', () => {
    expect(row('BHS').att_status).toBe('party');
    expect(row('NLD').att_consent_type).toBe('acceptance');
    expect(result.unresolvedNames.size).toBe(0);
  });

  it('applies Art. 22 at the edge: deposit on 18 Dec 2014 → 24 Dec 2014; on 25 Dec 2014 → 25 Mar 2015', () => {
    expect(row('NLD').att_entry_into_force).toBe('2014-12-24');
    expect(row('BHS').att_entry_into_force).toBe('2015-03-25');
    expect(row('AFG').att_entry_into_force).toBe('2020-10-27');
  });

  it('writes every fact, the status date and the provenance of a party', () => {
    expect(row('CHE')).toMatchObject({
      att_status: 'party',
      att_status_date: '2031-03-07',
      att_signature_date: '2013-06-03',
      att_consent_date: '2015-01-30',
      att_consent_type: 'ratification',
      att_provisional_application_date: '2015-01-30',
      att_entry_into_force: '2015-04-30',
      att_source_id: 'untc-att-status',
      att_source_line: 28,
      att_source_url: 'https://example.org/untc',
    });
    expect(row('CHE').att_declarations).toMatch(/^Declaration:\n\nSYNTHETIC declaration text/);
    expect(row('CHE').att_declarations).toMatch(/\(att\.html, line \d+\)$/);
  });

  it('keeps a signatory with its end note (the notice that it will not become a party)', () => {
    expect(row('USA')).toMatchObject({ att_status: 'signatory', att_consent_date: null, att_entry_into_force: null });
    expect(row('USA').att_footnotes).toBe('[2] SYNTHETIC notice: does not intend to become a party.\n\nSecond line of the notice.');
    expect(row('DNK').att_footnotes).toMatch(/^\[1\] SYNTHETIC territorial note/);
  });

  it('marks every State the depositary does not list as not_participant, dated, with no facts', () => {
    expect(row('FRA')).toMatchObject({ att_status: 'not_participant', att_status_date: '2031-03-07', att_signature_date: null, att_entry_into_force: null, att_source_id: 'untc-att-status' });
    expect(result.states).toHaveLength(REFERENCE.states.length);
  });

  it('says unknown, not not_participant, when a participant row could not be loaded', () => {
    const partial = normalizeTreatyStatus(parsed, opts);
    expect(partial.states.find((s) => s.iso3 === 'FRA')).toMatchObject({ att_status: 'unknown', att_status_date: '2031-03-07' });
    expect(partial.states.find((s) => s.iso3 === 'FRA')!.att_notes).toMatch(/7 participant row\(s\) of the source could not be loaded/);
    expect(partial.states.find((s) => s.iso3 === 'CHE')!.att_status).toBe('party');
  });

  it('counts participants, signatories and parties from the loaded rows', () => {
    expect(result.summary).toMatchObject({ statusAsAt: '2031-03-07', participants: 6, signatories: 5, parties: 5, provisionalApplication: 1, footnotes: 2, declarations: 1 });
    expect(result.summary.consentTypes).toEqual({ accession: 1, approval: 1, ratification: 2, acceptance: 1 });
    expect(result.rowsRead).toBe(result.rowsLoaded + result.rejects.length);
  });
});

describe('depositary status versus the hand-compiled facts', () => {
  const d = result.summary.disagreements;
  it('lists each conflicting value with both sides', () => {
    expect(d).toContainEqual({ iso3: 'DNK', field: 'consent_date', handCompiled: '2014-04-03', depositary: '2014-04-02' });
    expect(d).toContainEqual({ iso3: 'USA', field: 'provisional_application', handCompiled: 'true', depositary: '(none)' });
    expect(d).toContainEqual({ iso3: 'SWE', field: 'participation', handCompiled: 'party', depositary: 'not in the list of participants' });
  });
  it('does not call agreement or a gap a disagreement', () => {
    expect(d.filter((x) => x.iso3 === 'CHE')).toEqual([]);
    expect(d.map((x) => `${x.iso3} ${x.field}`).sort()).toEqual(['DNK consent_date', 'SWE participation', 'USA provisional_application']);
    expect(result.summary.gapsFilled).toBeGreaterThan(0);
  });
  it('says so in the State’s notes', () => {
    expect(row('DNK').att_notes).toContain('The earlier hand-compiled facts differ: consent date 2014-04-03 there.');
  });
});

describe('names the resolver does not know', () => {
  it('are rejected with their line and listed', () => {
    const r = normalizeTreatyStatus(complete, { ...opts, resolver: { resolve: (n) => (n === 'Denmark' ? null : createStateResolver(REFERENCE.states).resolve(n)) } });
    expect(r.unresolvedNames.get('Denmark')).toBe(1);
    expect(r.rejects.find((x) => x.reasonCode === 'unresolved_state')).toMatchObject({ file: 'att.html', line: 22, raw: 'Denmark' });
    expect(r.rowsLoaded).toBe(result.rowsLoaded - 1);
    expect(r.states.find((s) => s.iso3 === 'DNK')!.att_status).toBe('unknown');
    expect(r.states.find((s) => s.iso3 === 'FRA')!.att_status).toBe('unknown');
  });
});
