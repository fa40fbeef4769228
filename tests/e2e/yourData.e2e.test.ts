/**
 * The "Your data" page in Chromium, on SYNTHETIC files only: the annual-report transcription with
 * three deliberate errors (tests/fixtures/your-data/), SIPRI-format registers generated in code.
 * A file is checked in the page's worker with the pipeline's own adapters; the report lists exactly
 * the rejects `npm run check-file` prints; the rows reach Explore, the SQL console and the compliance
 * matrix; "keep" carries them to a new tab, "forget" removes them; no request leaves for anything
 * but the site's own static files while a file is checked; a 50 MB register leaves the page responsive.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { largeSipriText, SMALL_SIPRI_ROWS, sipriText } from '../../scripts/fixtures/syntheticSipri.ts';
import { openPage } from '../../scripts/browser/browser.ts';
import { waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
// Checking a file starts a worker and, for the portal pages, DuckDB: slower than a page load on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
const ANNUAL = resolve('tests/fixtures/your-data/synthetic-annual-report-3-errors.csv');
const TMP = resolve('test-results/your-data');
mkdirSync(TMP, { recursive: true });
const SIPRI = join(TMP, 'synthetic-sipri-register.csv');
writeFileSync(SIPRI, sipriText(SMALL_SIPRI_ROWS));

/** The rejects `npm run check-file` prints for a file (it exits 1 when there are rejects). */
function cliRejects(path: string): string[] {
  try {
    execFileSync(process.execPath, ['scripts/checkFile.ts', path], { encoding: 'utf8' });
    return [];
  } catch (e) {
    return (e as { stdout: string }).stdout.split('\n').filter((l) => / line \d+: /.test(l));
  }
}

/** Picks files in the page's drop zone and waits for the check report. */
async function checkInPage(page: Page, paths: string[]): Promise<void> {
  await page.setInputFiles('.drop-zone input[type="file"]', paths);
  await page.waitForSelector('.check-report', { timeout: 120_000 });
}

const rejectLines = (page: Page) => page.locator('.reject-list li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));

describe.each(LANGS)('Your data page (%s)', (lang) => {
  it('says what it does with a file, links the blank templates, and passes axe', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/your-data`);
    await expectShell(s.page, lang, '/your-data');
    expect(await s.page.locator('#what-heading + ol li').count()).toBe(4);
    const templates = await s.page.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(templates).toEqual(['att-annual-report-template.csv', 'att-annual-report-template.xlsx', 'att-initial-report-template.csv', 'att-initial-report-template.xlsx'].map((f) => `/data/templates/${f}`));
    for (const href of templates) expect((await s.page.request.get(new URL(href!, baseUrl).href)).status()).toBe(200);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('gives exactly the three deliberate rejects with their lines — the same lines as npm run check-file — and sends nothing', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/your-data`);
    await s.page.waitForSelector('.drop-zone input[type="file"]');
    const before = s.requests.length;
    await checkInPage(s.page, [ANNUAL]);
    const during = s.requests.slice(before);
    // The worker's script is one of the site's own static files; nothing else is asked for.
    expect(
      during.filter((u) => !new URL(u).pathname.startsWith('/_astro/')),
      'requests while the file was checked',
    ).toEqual([]);
    const lines = await rejectLines(s.page);
    expect(lines.map((l) => /line (\d+):/.exec(l)?.[1])).toEqual(['3', '4', '5']);
    expect(lines).toEqual(cliRejects(ANNUAL));
    expect(lines[0]).toContain('did you mean VIII.a?');
    expect(lines[1]).toContain('did you mean Sweden?');
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await expectNoSeriousAxeViolations(s.page);
    await s.page.screenshot({ path: join(TMP, `your-data-${lang}-desktop.png`), fullPage: true });
    await s.close();
  });
});

describe('An XLSX transcription', () => {
  it('gives the same rejects in the page and on the command line (the worker reads XLSX under the CSP)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Report');
    // The fixture has no quoted cells: a split by comma is its CSV reading.
    for (const line of readFileSync(ANNUAL, 'utf8').trimEnd().split('\n')) ws.addRow(line.split(','));
    const xlsx = join(TMP, 'synthetic-annual-report-3-errors.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const s = await openCleanPage(browser, baseUrl, '/en/your-data');
    await checkInPage(s.page, [xlsx]);
    const lines = await rejectLines(s.page);
    expect(lines.map((l) => /line (\d+):/.exec(l)?.[1])).toEqual(['3', '4', '5']);
    expect(lines).toEqual(cliRejects(xlsx));
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  }, 120_000);
});

describe('Your rows in the rest of the portal', () => {
  it('reach Explore, the SQL console and the compliance matrix; keep carries them to a new tab; forget removes them', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/your-data');
    await s.page.check('input[type="checkbox"]');
    await checkInPage(s.page, [ANNUAL]);
    await s.page.waitForSelector('.your-files');

    // SQL console, in the same tab: the loaded rows under source your-file.
    const sql = s.page.locator('.check-report a', { hasText: 'SQL console' });
    await sql.click();
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    expect(await s.page.locator('.sql-result table tbody tr').count()).toBe(3);

    // Explore: the rows counted under source your-file (one year, three facts).
    await s.page.goto(new URL('/en/explore?source=your-file&group=year&measure=facts', baseUrl).href);
    expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
    const explore = await s.page.locator('.explore-result table tbody tr').allInnerTexts();
    expect(explore).toHaveLength(1);
    expect(explore[0]).toMatch(/2020\s+3\b/);

    // Compliance matrix: Norway 2020 submitted (on time: 20 May 2021), marked as from your file.
    await s.page.goto(new URL('/en/analyses/compliance', baseUrl).href);
    // The matrix hydrates when it becomes visible.
    await s.page.locator('.compliance-matrix').scrollIntoViewIfNeeded();
    await s.page.waitForSelector('.compliance-matrix[data-hydrated="true"]', { timeout: 60_000 });
    const cell = s.page.locator('.compliance-matrix tr[data-iso3="NOR"] td[data-source="your-file"]');
    await cell.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await cell.getAttribute('class')).toContain('cell-on_time');
    expect(await s.page.locator('.your-file-note').count()).toBe(1);

    // A new tab (a later visit) still has them, because "keep" was ticked.
    const later = await s.context.newPage();
    await later.goto(new URL('/en/your-data', baseUrl).href);
    await later.waitForSelector('.your-files');
    expect(await later.locator('.your-files li').innerText()).toContain('synthetic-annual-report-3-errors.csv');
    await later.click('.your-files button');
    await later.waitForSelector('.your-files', { state: 'detached' });
    await later.reload();
    await later.waitForSelector('.drop-zone');
    expect(await later.locator('.your-files').count()).toBe(0);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  }, 240_000);

  it('without "keep", a new tab does not get them', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/your-data');
    await checkInPage(s.page, [ANNUAL]);
    await s.page.waitForSelector('.your-files');
    const other = await s.context.newPage();
    await other.goto(new URL('/en/your-data', baseUrl).href);
    await other.waitForSelector('.drop-zone');
    expect(await other.locator('.your-files').count()).toBe(0);
    await s.close();
  });
});

describe('A SIPRI-format register (SYNTHETIC)', () => {
  it('loads beside the annual report and lists SIPRI delivered vs reported items with the crosswalk quality', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/your-data');
    await checkInPage(s.page, [ANNUAL, SIPRI]);
    await s.page.click('.sipri-comparison button');
    await s.page.waitForSelector('.sipri-comparison table', { timeout: 120_000 });
    const rows = await s.page.locator('.sipri-comparison tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    const header = await s.page.locator('.sipri-comparison thead th').allInnerTexts();
    expect(header.slice(0, 4)).toEqual(['Supplier', 'Recipient', 'Year', 'ATT category']);
    const nor = rows.find((r) => r[0] === 'NOR' && r[1] === 'SWE' && r[2] === '2020')!;
    expect([nor[3], nor[5], nor[6], nor[9]]).toEqual(['II', '10', '12', 'approximate']);
    expect(rows.some((r) => r[0] === 'NOR' && r[1] === 'FIN' && r[9] === 'none (no ATT category)')).toBe(true);
    expect((await rejectLines(s.page)).some((l) => l.includes("'Armored vehicle'") && l.includes('did you mean Armoured vehicles?'))).toBe(true);
    await s.page.screenshot({ path: join(TMP, 'your-data-sipri-desktop.png'), fullPage: true });
    await s.page.setViewportSize({ width: 390, height: 844 });
    await s.page.screenshot({ path: join(TMP, 'your-data-sipri-mobile.png'), fullPage: true });
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  }, 240_000);

  it('a 50 MB register loads in the worker with progress, and no task blocks the page for more than 200 ms', async () => {
    const big = join(TMP, 'synthetic-sipri-50mb.csv');
    writeFileSync(big, largeSipriText(50e6));
    const s = await openPage(browser, baseUrl, '/en/your-data');
    await s.page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await s.page.setInputFiles('.drop-zone input[type="file"]', big);
    await s.page.waitForSelector('.your-data-progress', { timeout: 30_000 });
    await s.page.waitForSelector('.check-report', { timeout: 300_000 });
    const longTasks = await s.page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(Math.max(0, ...longTasks), `long tasks: ${longTasks.join(', ')}`).toBeLessThan(200);
    expect(await s.page.locator('.check-report td.num').first().innerText()).not.toBe('0');
    expect(s.foreignRequests).toEqual([]);
    await s.close();
  }, 400_000);
});
