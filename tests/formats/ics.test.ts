/** The iCalendar writer and the deadline calendars, checked against RFC 5545 with ical.js (a maintained parser). SYNTHETIC rows. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineCalendar } from '../../src/formats/deadlineCalendar.ts';
import { escapeText, foldLine, icsCalendar, icsDate, icsTimestamp } from '../../src/formats/ics.ts';
import type { DeadlineRow } from '../../src/queries/deadlines.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const ROWS: DeadlineRow[] = [
  { iso3: 'AAA', kind: 'initial', report_year: null, entry_into_force: '2014-12-24', due: '2015-12-23', grace_end: null },
  { iso3: 'AAA', kind: 'annual', report_year: 2015, entry_into_force: '2014-12-24', due: '2016-05-31', grace_end: '2016-06-07' },
  { iso3: 'BBB', kind: 'annual', report_year: 2025, entry_into_force: '2020-10-27', due: '2026-05-31', grace_end: '2026-06-07' },
];
// Names with characters that need escaping and multi-byte UTF-8, to exercise folding.
const NAMES: Record<string, string> = { AAA: 'Côte d’Ivoire; État, synthétique', BBB: 'República Bolivariana de Ejemplo (SYNTHETIC)' };
const text = (lang: 'en' | 'fr' | 'es') =>
  deadlineCalendar({ lang, title: 'SYNTHETIC', rows: ROWS, stateName: (i) => NAMES[i]!, statusDate: '2026-02-03', stamp: '2026-02-04T10:11:12.345Z', profileUrl: (i) => `https://example.org/${lang}/countries/${i}/` });

describe('ics primitives', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });
  it('writes dates and UTC stamps in their basic forms, and refuses others', () => {
    expect(icsDate('2026-05-31')).toBe('20260531');
    expect(icsTimestamp('2026-02-04T10:11:12.345Z')).toBe('20260204T101112Z');
    expect(() => icsDate('31/05/2026')).toThrow(/not a YYYY-MM-DD/);
  });
  it('writes an empty calendar that parses', () => {
    const ics = icsCalendar({ prodId: '-//t//t//EN', name: 'Empty', stamp: '2026-01-01T00:00:00Z', events: [] });
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

describe.each(['en', 'fr', 'es'] as const)('deadline calendar (%s)', (lang) => {
  const ics = text(lang);
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('uses CRLF line ends only and lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('is a VERSION 2.0 calendar with PRODID, and one event per deadline (initial, due, end of grace)', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/ATT transparency portal/);
    expect(events).toHaveLength(1 + 2 + 2);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('writes all-day events (VALUE=DATE) on the deadline, ending the next day, stamped with the build time', () => {
    const due = events.find((e) => e.uid === 'BBB-annual-2025-due@att-transparency-portal')!;
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2026-05-31');
    expect(due.endDate.toString()).toBe('2026-06-01');
    expect(due.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-02-04T10:11:12Z');
    expect(events.find((e) => e.uid === 'BBB-annual-2025-grace-end@att-transparency-portal')!.startDate.toString()).toBe('2026-06-07');
    expect(events.find((e) => e.uid === 'AAA-initial-due@att-transparency-portal')!.startDate.toString()).toBe('2015-12-23');
  });

  it('keeps names with commas, semicolons and accents intact through escaping and folding', () => {
    const initial = events.find((e) => e.uid === 'AAA-initial-due@att-transparency-portal')!;
    expect(initial.summary).toContain(NAMES.AAA);
    expect(
      events
        .find((e) => e.uid === 'AAA-annual-2015-due@att-transparency-portal')!
        .component.getFirstSubcomponent('valarm')!
        .getFirstPropertyValue('description'),
    ).toContain(NAMES.AAA);
    expect(events.find((e) => e.uid.startsWith('BBB'))!.summary).toContain(NAMES.BBB);
  });

  it('sets reminders 30 and 7 days before each deadline, and on the last day of grace', () => {
    const due = events.find((e) => e.uid === 'AAA-annual-2015-due@att-transparency-portal')!;
    expect(due.component.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')!.toString())).toEqual(['-P30D', '-P7D']);
    const grace = events.find((e) => e.uid === 'AAA-annual-2015-grace-end@att-transparency-portal')!;
    expect(grace.component.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')!.toString())).toEqual(['PT0S']);
  });

  it('links each event to the State’s profile', () => {
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(`https://example.org/${lang}/countries/AAA/`);
  });
});
