/** The .ics endpoints' work at build time: one State Party's deadlines, or all parties', in a language. */
import { deadlineCalendar } from '../formats/deadlineCalendar.ts';
import { localePath, t, type Lang } from '../i18n/index.ts';
import { calendar } from '../i18n/strings/calendar.ts';
import { readManifest } from './manifest.ts';
import { reference, stateName } from './reference.ts';
import { reportingDeadlines, treatySummary } from './treatyFacts.ts';

const FALLBACK_SITE = new URL('https://att-portal.example.org/');

/** ICS text of `iso3`'s deadlines, or of every party's when iso3 is null. */
export async function deadlineFeed(lang: Lang, site: URL | undefined, iso3: string | null): Promise<string> {
  const ref = await reference();
  const summary = treatySummary(ref.states);
  const stamp = readManifest()?.builtAt ?? '1970-01-01T00:00:00.000Z';
  const through = Number((summary.statusDate ?? stamp).slice(0, 4));
  const byState = await reportingDeadlines(through);
  const rows = iso3 ? (byState.get(iso3) ?? []) : [...byState.values()].flat();
  const name = (code: string) => stateName(ref, lang, code) ?? code;
  return deadlineCalendar({
    lang,
    title: iso3 ? name(iso3) : t(lang, calendar, 'allPartiesName'),
    rows,
    stateName: name,
    statusDate: summary.statusDate,
    stamp,
    profileUrl: (code) => new URL(localePath(lang, `/countries/${code}`), site ?? FALLBACK_SITE).href,
  });
}

export const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };
