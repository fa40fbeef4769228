/**
 * Home keeps its charts' phone drawings, CSVs and source-rows queries in files (src/links/chartFiles.ts)
 * so a desktop reader loads less before the first chart: this checks that each still reaches the
 * reader it is for, and that the Share tools arrive when the Share tab opens.
 */
import { describe, expect, it } from 'vitest';
import { openCleanPage } from './shell.ts';
import { downloadText, parseCsv, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe('home charts’ files', () => {
  it('on a desktop: no phone drawing is fetched; the Share tab gets its fields, a CSV with the table’s figures and a source-rows link that runs', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/');
    await s.page.waitForLoadState('networkidle');
    expect(s.requests.filter((u) => u.includes('.phone.svg'))).toEqual([]);
    const frame = s.page.locator('#home-value-1');
    expect(await frame.locator('.chart-svg--pending svg').isVisible()).toBe(true);
    const years = await frame.locator('table tbody th').allTextContents();

    await frame.locator('.chart-tabs button').nth(2).click();
    expect(await frame.locator('[data-permalink]').inputValue()).toBe(`${baseUrl}/en/#home-value-1`);
    expect(await frame.locator('[data-snippet]').inputValue()).toContain(`${baseUrl}/en/embed/home/home-value-1`);
    await expect(frame.locator('[data-download="png"]').count()).resolves.toBe(1);

    const csv = await downloadText(s.page, '#home-value-1 [data-download="csv"]');
    expect(csv.name).toBe('home-value-1.csv');
    const [header, ...rows] = parseCsv(csv.text).filter((r) => r.length > 1);
    expect(header![0]).toBe('year');
    expect(rows.map((r) => r[0])).toEqual(years.map((y) => y.trim()));

    const href = (await frame.locator('[data-source-rows]').getAttribute('href'))!;
    expect(href).toBe('/en/sql#qf=/en/charts/home/home-value-1.sql');
    await s.page.goto(new URL(href, baseUrl).href);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const query = await (await fetch(`${baseUrl}/en/charts/home/home-value-1.sql`)).text();
    expect(query).toContain('t.source_line');
    expect(await s.page.locator('.sql-result table thead th').allTextContents()).toEqual(expect.arrayContaining(['source_file', 'source_line']));
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('on a phone: each chart shows its phone drawing, fetched once, with the readout and without moving the page', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/', 'phone');
    const frame = s.page.locator('#home-reporting');
    const narrow = frame.locator('.chart-svg--narrow svg');
    await narrow.waitFor({ state: 'visible' });
    expect(await frame.locator('.chart-svg--wide').isHidden()).toBe(true);
    expect(await narrow.getAttribute('aria-describedby')).toBe('home-reporting-alt');
    expect(await narrow.getAttribute('width')).toBe('340');
    await s.page.waitForLoadState('networkidle');
    expect(s.requests.filter((u) => u.includes('.phone.svg')).length).toBe(await s.page.locator('.chart-frame').count());
    // The readout works on the fetched drawing: focus it, arrow right, read the first figure.
    await narrow.focus();
    await s.page.keyboard.press('ArrowRight');
    expect(await frame.locator('[data-chart-readout]').textContent()).toMatch(/, \d{4}: \d/);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('the wide drawing holds the phone drawing’s place while it loads: no jump when it arrives', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/', 'phone');
    // Hold the phone drawings back, measure the frame, then let them through.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await s.page.route('**/*.phone.svg', async (route) => {
      await held;
      await route.continue();
    });
    await s.page.reload({ waitUntil: 'load' });
    const frame = s.page.locator('#home-value-1');
    const before = await frame.locator('.chart-svg--pending').boundingBox();
    release();
    await frame.locator('.chart-svg--narrow svg').waitFor({ state: 'visible' });
    const after = await frame.locator('.chart-svg--narrow').boundingBox();
    expect(Math.abs(after!.height - before!.height)).toBeLessThan(2);
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(2);
    await s.close();
  });
});
