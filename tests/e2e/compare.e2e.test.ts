/**
 * The compare page against the country profiles: for Germany, France and the United Kingdom, every
 * flow a profile shows is on the compare page under the same key, with the same figures by year
 * (per basis) and the same main categories, formatted alike; the picker names States in the page
 * language and keeps the address a permalink. Runs on the real data build.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const STATES = ['DEU', 'FRA', 'GBR'];

/** A table's header cells and body rows as text. */
async function tableText(page: Page, selector: string): Promise<{ head: string[]; rows: string[][] }> {
  return page.locator(selector).evaluate((t) => ({
    head: [...t.querySelectorAll('thead th')].map((c) => c.textContent?.trim() ?? ''),
    rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')),
  }));
}

interface ProfileFlow {
  key: string;
  years: { head: string[]; rows: string[][] } | null;
  categories: { head: string[]; rows: string[][] } | null;
}

/** Each flow of a profile: its key, its chart's table (year × basis) and its main-categories table. */
async function profileFlows(page: Page): Promise<ProfileFlow[]> {
  return page.locator('section.flow').evaluateAll((sections) =>
    sections.map((sec) => {
      const read = (t: Element | null | undefined) =>
        t
          ? {
              head: [...t.querySelectorAll('thead th')].map((c) => c.textContent?.trim() ?? ''),
              rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')),
            }
          : null;
      const chartTable = sec.querySelector('[id$="-chart-table"] table');
      // The flow's own tables after the chart: main partners, then main categories.
      const tables = [...sec.querySelectorAll('table')].filter((t) => !t.closest('.chart-frame'));
      // The flow's key as the compare page writes it (role|direction|source|currency|measure), read from
      // its link into Explore: the State is the reporter when it reported the facts itself.
      const explore = new URL(sec.querySelector<HTMLAnchorElement>('a[href*="/explore?"]')!.href).searchParams;
      const direction = explore.get('direction') ?? '';
      const role = explore.has('reporter') === (direction === 'export') ? 'exporter' : 'importer';
      const key = [role, direction, explore.get('source'), explore.get('currency') ?? '', explore.get('measure')].join('|');
      return { key, years: read(chartTable), categories: read(tables[1]) };
    }),
  );
}

describe.each(LANGS)('compare page (%s)', (lang) => {
  it('shows DEU, FRA and GBR with the profiles’ figures, by year and by category', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/compare?states=${STATES.join(',')}`);
    await s.page.waitForSelector('.compare-group');
    await expectShell(s.page, lang, '/compare');
    await expectNoSeriousAxeViolations(s.page);
    const names = await s.page.locator('.compare-chips li a').allTextContents();
    expect(names).toHaveLength(3);
    let compared = 0;
    for (const [i, iso3] of STATES.entries()) {
      const p = await openCleanPage(browser, baseUrl, `/${lang}/countries/${iso3}`);
      expect((await p.page.locator('h1').textContent())?.trim()).toBe(names[i]);
      const flows = await profileFlows(p.page);
      await p.close();
      expect(flows.length).toBeGreaterThan(0);
      for (const f of flows) {
        const group = s.page.locator(`.compare-group[data-group="${f.key}"]`);
        expect(await group.count(), `group ${f.key} on the compare page`).toBe(1);
        if (f.years) {
          for (const [b, basis] of f.years.head.slice(1).entries()) {
            const sel = `.compare-group[data-group="${f.key}"] table[data-basis="${basis}"]`;
            const hasTable = (await s.page.locator(sel).count()) === 1;
            const t = hasTable ? await tableText(s.page, sel) : { head: [], rows: [] };
            const col = t.head.indexOf(names[i]!);
            for (const row of f.years.rows) {
              const want = row[b + 1]!;
              const got = t.rows.find((r) => r[0] === row[0]);
              if (want === '–') expect(got ? got[col] : '–').toBe('–');
              else {
                expect(col, `${iso3} in ${sel}`).toBeGreaterThan(0);
                expect(got?.[col], `${iso3} ${f.key} ${basis} ${row[0]}`).toBe(want);
                compared++;
              }
            }
          }
        }
        if (f.categories?.rows.length) {
          const t = await tableText(s.page, `.compare-group[data-group="${f.key}"] table[id$="-categories"]`);
          const col = t.head.findIndex((h) => h.startsWith(`${names[i]} (`));
          expect(col).toBeGreaterThan(0);
          for (const row of f.categories.rows) {
            expect(t.rows.find((r) => r[0] === row[0])?.[col], `${iso3} ${f.key} ${row[0]}`).toBe(row[1]);
            compared++;
          }
        }
      }
      // The treaty table has a column for the State.
      expect((await tableText(s.page, '#compare-treaty')).head).toContain(names[i]);
    }
    expect(compared).toBeGreaterThan(20);
    expect(s.foreignRequests).toEqual([]);
    await s.close();
  }, 120_000);

  it('names States in the page language, adds and removes them, and keeps the address a permalink', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/compare?states=DEU`);
    await s.page.waitForSelector('.compare-chips li');
    const germany = { en: 'Germany', fr: 'Allemagne', es: 'Alemania' }[lang];
    expect(await s.page.locator('.compare-chips li a').allTextContents()).toEqual([germany]);
    expect(await s.page.locator('#compare-state option[value="FRA"]').textContent()).toBe({ en: 'France', fr: 'France', es: 'Francia' }[lang]);
    await s.page.selectOption('#compare-state', 'FRA');
    await s.page.click('.compare-add button[type="submit"]');
    await s.page.waitForSelector('.compare-group');
    expect(new URL(s.page.url()).search).toBe('?states=DEU,FRA');
    const download = s.page.waitForEvent('download');
    await s.page.click('button[data-download="csv"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('compare-DEU-FRA.csv');
    await s.page.click(`.compare-chips li[data-iso3="DEU"] button`);
    expect(new URL(s.page.url()).search).toBe('?states=FRA');
    expect(await s.page.locator('.compare-group').count()).toBe(0);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('reports a code that is not a State of the data and reads the page at phone width', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/compare?states=DEU,XYZ,GBR`, 'phone');
    await s.page.waitForSelector('.compare-group');
    expect(await s.page.locator('.compare .note').textContent()).toContain('XYZ');
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });
});
