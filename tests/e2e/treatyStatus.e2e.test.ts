/**
 * The depositary's ATT status on the site built from the real mirror (public/data): country profiles
 * (Switzerland, Germany, and Afghanistan's 2020 accession), the compliance page's 117 parties, the home
 * page's counts, and the reporting-deadline calendars behind the links, parsed with ical.js — in EN/FR/ES.
 * Skipped when the data was not built from the depositary's page (e.g. the SYNTHETIC fallback tables).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { nativeRows } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const manifest = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as { treatyStatus?: { statusAsAt: string } };
const real = manifest.treatyStatus?.statusAsAt === '2026-02-03';

const STATUS_DATE = { en: '3 February 2026', fr: '3 février 2026', es: '3 de febrero de 2026' };
const PROFILES = {
  CHE: {
    en: ['State Party', '3 June 2013', '30 January 2015 (ratification)', '30 April 2015'],
    fr: ['État partie', '3 juin 2013', '30 janvier 2015 (ratification)', '30 avril 2015'],
    es: ['Estado parte', '3 de junio de 2013', '30 de enero de 2015 (ratificación)', '30 de abril de 2015'],
  },
  DEU: {
    en: ['State Party', '3 June 2013', '2 April 2014 (ratification)', '24 December 2014'],
    fr: ['État partie', '3 juin 2013', '2 avril 2014 (ratification)', '24 décembre 2014'],
    es: ['Estado parte', '3 de junio de 2013', '2 de abril de 2014 (ratificación)', '24 de diciembre de 2014'],
  },
  AFG: {
    en: ['State Party', 'not found in the sources read', '29 July 2020 (accession)', '27 October 2020'],
    fr: ['État partie', 'non trouvé dans les sources lues', '29 juillet 2020 (adhésion)', '27 octobre 2020'],
    es: ['Estado parte', 'no encontrado en las fuentes leídas', '29 de julio de 2020 (adhesión)', '27 de octubre de 2020'],
  },
} as const;

const calendarAt = async (href: string) => {
  const res = await fetch(`${baseUrl}${href}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, cal: new ICAL.Component(ICAL.parse(text)) };
};

describe.skipIf(!real).each(LANGS)('treaty status from the depositary (%s)', (lang) => {
  it.each(Object.keys(PROFILES) as (keyof typeof PROFILES)[])('profile of %s shows the depositary’s facts, dated, and links its deadline calendar', async (iso3) => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/${iso3}`);
    const section = s.page.locator('section.treaty-status');
    expect(await s.page.textContent('#treaty-status-date')).toContain(STATUS_DATE[lang]);
    const dds = (await section.locator('dl.facts').first().locator('dd').allTextContents()).map((t) => t.trim());
    const [status, sig, consent, eif] = PROFILES[iso3][lang];
    expect(dds[0]).toBe(status);
    expect(dds[1]).toBe(sig);
    expect(dds[2]).toBe(consent);
    expect(dds).toContain(eif);
    const href = await section.locator('a.ics-link').getAttribute('href');
    expect(href).toBe(`/${lang}/countries/${iso3}/deadlines.ics`);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
    const { text, cal } = await calendarAt(href!);
    expect(text).toContain('\r\n');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.find((e) => e.uid === `${iso3}-initial-due@att-transparency-portal`)).toBeDefined();
    // Every annual report from the first full year of membership to 2026, each with its end of grace.
    const firstYear = Number(eif.match(/\d{4}/)![0]) + 1;
    expect(events.filter((e) => e.uid.endsWith('-due@att-transparency-portal')).length).toBe(1 + (2026 - firstYear + 1));
    expect(events.filter((e) => e.uid.endsWith('-grace-end@att-transparency-portal')).length).toBe(2026 - firstYear + 1);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  it('shows the United States as a signatory with its 2019 notice, and a non-participant plainly', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/USA`);
    expect(await s.page.locator('section.treaty-status').textContent()).toContain('does not intend to become a party');
    expect(await s.page.locator('section.treaty-status a.ics-link').count()).toBe(0);
    await s.close();
    const ind = await openCleanPage(browser, baseUrl, `/${lang}/countries/IND`);
    expect(await ind.page.locator('section.treaty-status').textContent()).toContain(STATUS_DATE[lang]);
    expect(await ind.page.locator('section.treaty-status dl.facts').count()).toBe(1); // the source only, no dates
    await ind.close();
  });

  it('compliance page: 117 parties in the matrix, the depositary’s counts and date, and the all-parties calendar', async () => {
    const [{ n }] = (await nativeRows('SELECT count(*)::INTEGER AS n FROM states WHERE att_entry_into_force IS NOT NULL')) as [{ n: number }];
    expect(n).toBe(117);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/analyses/compliance`);
    const facts = (await s.page.textContent('#treaty-facts'))!;
    expect(facts).toContain(STATUS_DATE[lang]);
    for (const count of ['142', '130', '117']) expect(facts).toContain(count);
    await s.page.waitForSelector('.compliance-matrix');
    expect(await s.page.locator('.matrix tbody tr').count()).toBe(117);
    await expectNoSeriousAxeViolations(s.page);
    const href = await s.page.locator('a.ics-link').getAttribute('href');
    expect(href).toBe(`/${lang}/analyses/compliance/deadlines.ics`);
    await s.close();
    const { cal } = await calendarAt(href!);
    const initial = cal.getAllSubcomponents('vevent').filter((v) => String(v.getFirstPropertyValue('uid')).endsWith('-initial-due@att-transparency-portal'));
    expect(initial).toHaveLength(117);
  });

  it('home page: 117 States Parties and 130 signatories, dated', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/`);
    expect(await s.page.textContent('#stat-parties')).toBe('117');
    expect(await s.page.textContent('#stat-signatories')).toBe('130');
    expect(await s.page.textContent('#treaty-facts')).toContain(STATUS_DATE[lang]);
    await s.close();
  });
});
