/**
 * iCalendar (RFC 5545) writer for all-day events with reminders: what the reporting-deadline feeds
 * need and nothing more. Lines end in CRLF and are folded at 75 octets (UTF-8, never inside a
 * character); TEXT values are escaped (backslash, semicolon, comma, newline); dates are VALUE=DATE;
 * DTSTAMP is a UTC date-time. Pure: no Node or DOM imports.
 */

export interface IcsAlarm {
  /** Days before the event's day (0: on the day). */
  daysBefore: number;
  description: string;
}

export interface IcsEvent {
  /** Globally unique and stable across builds, so calendar apps update rather than duplicate. */
  uid: string;
  /** All-day event on this date (YYYY-MM-DD). */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
  alarms?: IcsAlarm[];
}

export interface IcsCalendar {
  prodId: string;
  name: string;
  description?: string;
  /** When the data was built: every event's DTSTAMP (deterministic, unlike the clock). */
  stamp: string;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets, continuation lines starting with a space (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** YYYY-MM-DD → YYYYMMDD, refusing anything else. */
export function icsDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`ics: '${date}' is not a YYYY-MM-DD date`);
  return date.replace(/-/g, '');
}

/** An ISO timestamp → UTC date-time form (19970610T172345Z). */
export function icsTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`ics: '${iso}' is not a timestamp`);
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
    // DTEND is exclusive: a one-day event ends on the next day.
    `DTEND;VALUE=DATE:${icsDate(nextDay(e.date))}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  lines.push('TRANSP:TRANSPARENT');
  for (const a of e.alarms ?? []) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${a.daysBefore === 0 ? 'PT0S' : `-P${a.daysBefore}D`}`, `DESCRIPTION:${escapeText(a.description)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

export function icsCalendar(cal: IcsCalendar): string {
  const stamp = icsTimestamp(cal.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...(cal.description ? [`X-WR-CALDESC:${escapeText(cal.description)}`] : []),
    ...cal.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
