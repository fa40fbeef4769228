/**
 * The initial-reports matrix page in EN/FR/ES, in Chromium. On the SYNTHETIC fixture build (see
 * initialMode.ts) every cell, filter and answer is known; on data without any initial report, the
 * page must say so and still offer the questions and the template.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/browser/browser.ts';
import { initialMode } from './initialMode.ts';
import { waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const { mode, reports } = await initialMode(baseUrl);

const SYNTHETIC = { en: 'SYNTHETIC DATA', fr: 'DONNÉES SYNTHÉTIQUES', es: 'DATOS SINTÉTICOS' } as const;

describe.each(LANGS)('initial reports page (%s), any data', (lang) => {
  it('renders cleanly with the shell, passes axe and lists the 62 questions', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/initial-reports`);
    await expectShell(s.page, lang, '/initial-reports');
    await expectNoSeriousAxeViolations(s.page);
    expect(await s.page.locator('[id^="q-"]').count()).toBe(62);
    for (const href of await s.page.locator('a[href*="/templates/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect((await fetch(`${baseUrl}${href}`)).status, href).toBe(200);
    expect(await s.page.locator(`.site-nav a[href="/${lang}/initial-reports"]`).getAttribute('aria-current')).toBe('page');
    await s.close();
  });
});

describe.runIf(mode === 'empty').each(LANGS)('initial reports page (%s), no transcription in the data', (lang) => {
  it('says honestly that none is transcribed, links the Secretariat and the blank template, shows no matrix', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/initial-reports`);
    expect(await s.page.locator('#no-initial-reports').isVisible()).toBe(true);
    expect(await s.page.locator('#initial-matrix').count()).toBe(0);
    expect(await s.page.locator('#synthetic-note').count()).toBe(0);
    const template = await s.page.locator('#no-initial-reports a[download]').first().getAttribute('href');
    expect((await fetch(`${baseUrl}${template}`)).status).toBe(200);
    await s.close();
  });
});

describe.runIf(mode === 'other')('initial reports page, real transcriptions', () => {
  it('has one matrix row per State that reported', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/initial-reports');
    expect(await s.page.locator('#initial-matrix tbody tr').count()).toBeGreaterThan(0);
    expect(await s.page.locator('#initial-matrix tbody tr').count()).toBeLessThanOrEqual(reports);
    await s.close();
  });
});

describe.runIf(mode === 'fixture')('initial reports page on the SYNTHETIC fixture build', () => {
  const rowNames = (page: import('playwright-core').Page) => page.locator('#initial-matrix tbody tr:not([hidden]) th').allTextContents();

  it.each(LANGS)('(%s) shows the synthetic label, the matrix of 6 States × 62 questions and the counts', async (lang) => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/initial-reports`);
    expect(await s.page.locator('#synthetic-note').textContent()).toContain(SYNTHETIC[lang]);
    expect(await s.page.locator('#initial-matrix tbody tr').count()).toBe(6);
    expect(await s.page.locator('#initial-matrix thead th[data-section]').count()).toBe(62);
    // Colour is never alone: every cell holds a symbol and a text label.
    const cell = s.page.locator('#initial-matrix tr[data-iso3="NOR"] td').nth(5);
    expect(await cell.getAttribute('class')).toContain('answer--yes');
    expect((await cell.textContent())?.trim()).toMatch(/^✓.+A1\.1f.+/);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('summarises who controls brokering: the update makes Norway a “yes”', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/initial-reports');
    const row = s.page.locator('#who-controls tr[data-question="A1.1f"]');
    expect((await row.locator('td[data-answer="yes"]').textContent())?.trim()).toBe('3: New Zealand, Nigeria, Norway');
    expect((await row.locator('td[data-answer="no"]').textContent())?.trim()).toBe('2: Chile, Japan');
    expect((await row.locator('td[data-answer="not_stated"]').textContent())?.trim()).toBe('1: Peru');
    const transit = s.page.locator('#who-controls tr[data-question="A1.1c"]');
    expect((await transit.locator('td[data-answer="partial"]').textContent())?.trim()).toBe('1: Nigeria');
    await s.close();
  });

  it('filters by region and by section, and says how much is shown', async () => {
    const s = await openCleanPage(browser, baseUrl, '/fr/initial-reports');
    expect(await rowNames(s.page)).toEqual(['Chili', 'Japon', 'Nigéria', 'Norvège', 'Nouvelle-Zélande', 'Pérou']);
    await s.page.selectOption('#matrix-filters select[name="region"]', 'Europe');
    expect(await rowNames(s.page)).toEqual(['Norvège']);
    await s.page.selectOption('#matrix-filters select[name="section"]', 'B');
    const visibleCols = await s.page.locator('#initial-matrix thead th[data-section]:not([hidden])').allTextContents();
    expect(visibleCols.every((c) => c.startsWith('B'))).toBe(true);
    expect(visibleCols.length).toBe(14);
    expect(await s.page.locator('#initial-matrix tr[data-iso3="NOR"] td:not([hidden])').count()).toBe(14);
    expect(await s.page.locator('#matrix-count').textContent()).toBe('États affichés : 1 sur 6 ; questions : 14 sur 62');
    await s.page.selectOption('#matrix-filters select[name="region"]', '*');
    await s.page.selectOption('#matrix-filters select[name="section"]', '*');
    expect((await rowNames(s.page)).length).toBe(6);
    await s.close();
  });

  it('opens the answer behind a cell: the update’s words, its file, line and version', async () => {
    const s = await openCleanPage(browser, baseUrl, '/es/initial-reports');
    expect(await s.page.locator('#answer-panel').isHidden()).toBe(true);
    await s.page.locator('#initial-matrix tr[data-iso3="NOR"] a[href="#answer-NOR-A1.1f"]').click();
    const panel = s.page.locator('#answer-panel');
    expect(await panel.isVisible()).toBe(true);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('SYNTHETIC: new brokering regulation (invented)');
    expect(text).toContain('transcriptions/norway-initial-v2.csv, línea 2; versión 2 (actualización), 15 de septiembre de 2099');
    expect(text).toContain('Sí');
    expect(await s.page.locator('#initial-matrix a[aria-current="true"]').getAttribute('href')).toBe('#answer-NOR-A1.1f');
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('shows markup in a report’s words as text, never as HTML', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/initial-reports');
    await s.page.locator('a[href="#answer-JPN-A1.1a"]').click();
    expect(await s.page.locator('#answer-panel .a-words').textContent()).toBe('SYNTHETIC: <script>alert("x")</script> & <b>not bold</b> (invented)');
    expect(await s.page.locator('#answer-JPN-A1\\.1a .a-words').textContent()).toBe('SYNTHETIC: <script>alert("x")</script> & <b>not bold</b> (invented)');
    expect(await s.page.locator('main b, main script:not([type="module"])').count()).toBe(0);
    await s.close();
  });

  it('works without JavaScript: the matrix is in the HTML and a cell links to its answer', async () => {
    const s = await openPage(browser, baseUrl, '/en/initial-reports', { javaScriptEnabled: false });
    expect(await s.page.locator('#initial-matrix tbody tr').count()).toBe(6);
    expect(await s.page.locator('#matrix-filters').isHidden()).toBe(true);
    await s.page.locator('a[href="#answer-PER-A8.1"]').click();
    expect(new URL(s.page.url()).hash).toBe('#answer-PER-A8.1');
    expect(await s.page.locator('#answer-PER-A8\\.1 .a-words').textContent()).toBe('SYNTHETIC: registro nacional (inventado)');
    await s.close();
  });

  it('shows the matrix query, which gives the same answers in the SQL console (DuckDB-WASM)', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/initial-reports');
    const href = await s.page.locator('.matrix-sql a').getAttribute('href');
    expect(await s.page.locator('.matrix-sql code').textContent()).toContain('initial_answers');
    await s.page.goto(`${baseUrl}${href}`, { waitUntil: 'networkidle' });
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    // Answered questions: Chile 2, Japan 8, Nigeria 8, Norway 9 (its update re-answers two), New Zealand 5, Peru 8.
    expect(await s.page.locator('.sql-result table tbody tr').count()).toBe(40);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('fits a phone: the page does not scroll sideways (the matrix scrolls in its own box)', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/initial-reports', 'phone');
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await s.close();
  });

  it.each(LANGS)('(%s) shows the State’s initial report on its profile, with its versions and a feed', async (lang) => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/NOR`);
    const section = s.page.locator('section.initial-report');
    expect(await section.locator('.note').textContent()).toContain(SYNTHETIC[lang]);
    expect(await section.locator('table').first().locator('tbody tr').count()).toBe(2);
    expect(await section.locator('#answer-NOR-B2 .a-words').textContent()).toBe('SYNTHETIC: the whole list is now public (invented)');
    // The update left A1.1a out: version 1's answer stands.
    expect(await section.locator('#answer-NOR-A1\\.1a .a-source').textContent()).toContain('norway-initial-v1.csv');
    const feed = `/${lang}/countries/NOR/feed.xml`;
    expect(await s.page.locator(`head link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`).count()).toBe(1);
    expect(await section.locator(`a[href="${feed}"]`).isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('says on a profile without a transcribed report that this does not mean none was made', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/countries/AUT');
    expect(await s.page.locator('section.initial-report').textContent()).toContain('No initial report of this State has been transcribed');
    await s.close();
  });
});
