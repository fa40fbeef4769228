/**
 * The SQL console for a reader: a parser error reads as a message with its line and column (never
 * DuckDB-WASM's raw JSON), no statement can damage the published tables (writes are undone, a
 * COMMIT in the text reloads them), and "Chart this result" chooses its defaults from the result's
 * types, keeps them in the URL and exports SVG and PNG like every other chart.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sql as strings } from '../../src/i18n/strings/sql.ts';
import { downloadBytes, downloadText, nativeRows, runsOf, waitForRuns } from './queryHelpers.ts';
import { LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.sql-result';

const sqlPath = (lang: string, sql: string, extra = '') => `/${lang}/sql?q=${encodeURIComponent(sql)}${extra}`;

/** Replaces the editor's text and runs it; returns the result state. */
async function runTyped(page: Page, sql: string): Promise<string> {
  const runs = await runsOf(page, RESULT);
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Control+Enter');
  return waitForRuns(page, RESULT, runs + 1);
}

describe.each(LANGS)('SQL console integrity (%s)', (lang) => {
  it('shows a parser error as a message with its line and column, not as JSON', async () => {
    const s = await openCleanPage(browser, baseUrl, sqlPath(lang, 'SELECT year\nFORM transfers'));
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('error');
    const box = s.page.locator(`${RESULT} .error-box`);
    const text = await box.innerText();
    expect(text).not.toContain('exception_type');
    expect(text).not.toContain('{');
    expect(text).toContain('Parser');
    expect(text).toContain('FORM');
    // "FORM" reads as an alias of year; the error is at "transfers", line 2, column 6.
    expect(await box.locator('.db-error-position').innerText()).toBe(strings.errorAt[lang].replace('{line}', '2').replace('{column}', '6'));
    expect(await box.locator('.db-error-spot').innerText()).toBe('FORM transfers\n     ^');
    await s.close();
  });

  it('never damages the published tables: a DROP is undone and said so, a COMMIT in the text reloads them', async () => {
    const [{ n }] = (await nativeRows('SELECT CAST(count(*) AS INTEGER) AS n FROM transfers')) as [{ n: number }];
    const s = await openCleanPage(browser, baseUrl, sqlPath(lang, 'DROP TABLE transfers'));
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('result');
    expect((await s.page.locator(`${RESULT} .sql-read-only`).innerText()).trim()).toBe(strings.readOnlyUndone[lang]);
    expect(await runTyped(s.page, 'SELECT count(*) AS n FROM transfers')).toBe('result');
    expect((await s.page.locator(`${RESULT} table tbody td`).first().innerText()).replace(/\D/g, '')).toBe(String(n));
    // A text that commits on its own: the console reloads the tables as published.
    expect(await runTyped(s.page, 'DELETE FROM transfers; COMMIT')).toBe('result');
    expect((await s.page.locator(`${RESULT} .sql-read-only`).innerText()).trim()).toBe(strings.readOnlyRestored[lang]);
    expect(await runTyped(s.page, 'SELECT count(*) AS n FROM transfers')).toBe('result');
    expect((await s.page.locator(`${RESULT} table tbody td`).first().innerText()).replace(/\D/g, '')).toBe(String(n));
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe('"Chart this result"', () => {
  const query = 'SELECT year, basis, currency, CAST(sum(value) AS DOUBLE) AS value FROM transfers WHERE value IS NOT NULL GROUP BY ALL ORDER BY ALL';

  it('puts the year on x, the value on y, one line per basis (never one line through several rows per year), and keeps the settings in the URL', async () => {
    const s = await openCleanPage(browser, baseUrl, sqlPath('en', query));
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('result');
    const builder = s.page.locator('.chart-builder');
    expect(await builder.getByRole('combobox', { name: 'X axis' }).inputValue()).toBe('year');
    expect(await builder.getByRole('combobox', { name: 'Y axis (numbers)' }).inputValue()).toBe('value');
    expect(await builder.getByRole('checkbox', { name: 'basis' }).isChecked()).toBe(true);
    expect(await builder.getByRole('checkbox', { name: 'currency' }).isChecked()).toBe(false);
    // Every line of every panel has at most one point per year.
    const bases = await nativeRows(`SELECT currency, count(DISTINCT basis) AS n FROM (${query}) GROUP BY currency ORDER BY currency`);
    expect(await s.page.locator(`${RESULT} .explore-chart`).count()).toBe(bases.length);
    // The chart settings sit in the fragment beside the query: nothing of a console link reaches the host.
    const url = new URL(s.page.url());
    const settings = new URLSearchParams(url.hash.slice(1));
    expect([settings.get('chart_x'), settings.get('chart_y'), settings.get('chart_series'), settings.get('chart_kind')]).toEqual(['year', 'value', 'basis', 'line']);
    expect(url.search).toBe('');
    await builder.getByRole('combobox', { name: 'Chart' }).selectOption('bar');
    await s.page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('chart_kind') === 'bar');
    // The link restores the chart as it was set.
    const again = await openCleanPage(browser, baseUrl, `${new URL(s.page.url()).pathname}${new URL(s.page.url()).hash}`);
    expect(await waitForRuns(again.page, RESULT, 1)).toBe('result');
    expect(await again.page.locator('.chart-builder').getByRole('combobox', { name: 'Chart' }).inputValue()).toBe('bar');
    expect(await again.page.locator('.chart-builder').getByRole('checkbox', { name: 'basis' }).isChecked()).toBe(true);
    await again.close();
    await s.close();
  });

  it('exports the chart as SVG and PNG', async () => {
    const s = await openCleanPage(browser, baseUrl, sqlPath('en', query));
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('result');
    await s.page.waitForSelector(`${RESULT} .explore-chart svg`);
    const svg = await downloadText(s.page, `${RESULT} .explore-chart >> nth=0 >> [data-download="svg"]`);
    expect(svg.name).toMatch(/^att-query-chart.*\.svg$/);
    expect(svg.text).toContain('<svg');
    const png = await downloadBytes(s.page, `${RESULT} .explore-chart >> nth=0 >> [data-download="png"]`);
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await s.close();
  });
});
