/**
 * Reporting deadlines as calendar events, in the page language: for each deadline row an all-day
 * event on the due date with reminders 30 and 7 days before (as the ATT Secretariat reminds States
 * ahead of each deadline), and for annual reports a second event on the last day of grace.
 * Pure: rows and names in, an RFC 5545 calendar out.
 */
import { formatDate, t, type Lang } from '../i18n/index.ts';
import { calendar } from '../i18n/strings/calendar.ts';
import { icsCalendar, type IcsEvent } from './ics.ts';
import type { DeadlineRow } from '../queries/deadlines.ts';

export const PRODID = '-//ATT transparency portal//Reporting deadlines//EN';
const UID_DOMAIN = 'att-transparency-portal';

export interface DeadlineCalendarInput {
  lang: Lang;
  /** Whose deadlines: a State's name, or "all States Parties". */
  title: string;
  rows: readonly DeadlineRow[];
  stateName: (iso3: string) => string;
  /** The depositary's "status as at" date the entry-into-force dates follow from. */
  statusDate: string | null;
  /** Build time of the data (every DTSTAMP). */
  stamp: string;
  /** Absolute URL of a State's profile, when the site's address is known. */
  profileUrl?: (iso3: string) => string | undefined;
}

export function deadlineEvents(inp: DeadlineCalendarInput): IcsEvent[] {
  const s = (k: keyof typeof calendar, v?: Record<string, string | number>) => t(inp.lang, calendar, k, v);
  const date = (d: string) => formatDate(inp.lang, d, { dateStyle: 'long' });
  const year = (y: number) => String(y);
  return inp.rows.flatMap((r): IcsEvent[] => {
    const name = inp.stateName(r.iso3);
    const url = inp.profileUrl?.(r.iso3);
    const reminders = (what: string) => [30, 7].map((days) => ({ daysBefore: days, description: s('remindBefore', { days: String(days), what }) }));
    if (r.kind === 'initial') {
      const summary = s('initialDue', { name });
      return [{ uid: `${r.iso3}-initial-due@${UID_DOMAIN}`, date: r.due, summary, description: s('initialText', { eif: date(r.entry_into_force) }), url, categories: ['ATT', r.iso3], alarms: reminders(summary) }];
    }
    const y = year(r.report_year!);
    const summary = s('annualDue', { name, year: y });
    const graceSummary = s('graceEnd', { name, year: y });
    return [
      { uid: `${r.iso3}-annual-${y}-due@${UID_DOMAIN}`, date: r.due, summary, description: s('annualText', { year: y, grace: date(r.grace_end!) }), url, categories: ['ATT', r.iso3], alarms: reminders(summary) },
      {
        uid: `${r.iso3}-annual-${y}-grace-end@${UID_DOMAIN}`,
        date: r.grace_end!,
        summary: graceSummary,
        description: s('graceText', { year: y }),
        url,
        categories: ['ATT', r.iso3],
        alarms: [{ daysBefore: 0, description: s('remindToday', { what: graceSummary }) }],
      },
    ];
  });
}

export function deadlineCalendar(inp: DeadlineCalendarInput): string {
  const s = (k: keyof typeof calendar, v?: Record<string, string | number>) => t(inp.lang, calendar, k, v);
  return icsCalendar({
    prodId: PRODID,
    name: s('calName', { name: inp.title }),
    description: s('calDescription', { date: inp.statusDate ? formatDate(inp.lang, inp.statusDate, { dateStyle: 'long' }) : '–' }),
    stamp: inp.stamp,
    events: deadlineEvents(inp),
  });
}
