/**
 * A reader's tab against hostile links: a console link that would build a 400 MB value waits for
 * a click, and running it ends in a clear message with the page alive; Explore and its embed say
 * which settings of the address they did not understand (a handful listed, isolated in <bdi>), and
 * the embed draws nothing rather than a chart of everything under the wrong title; text from a
 * result is laid out in its own direction (dir=auto), so a bidi control cannot reorder the row.
 */
import { describe, expect, it } from 'vitest';
import { sqlFragment } from '../../src/links/sqlFragment.ts';
import { openCleanPage } from './shell.ts';
import { waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe('the SQL console against a link that would crash the tab', () => {
  it("SELECT repeat('x',400000000) from a link waits for a click, then stops with the bound named", async () => {
    const s = await openCleanPage(browser, baseUrl, `/en/sql${sqlFragment("SELECT repeat('x',400000000) AS big")}`);
    await s.page.waitForSelector('.sql-console[data-hydrated="true"]');
    await s.page.waitForSelector('.sql-result .note');
    expect(await s.page.locator('.sql-result .note').innerText()).toMatch(/was not run.*repeat\(\)/s);
    expect(await s.page.getAttribute('.sql-result', 'data-runs')).toBe('0');
    await s.page.click('.sql-console button[type="submit"]');
    const state = await waitForRuns(s.page, '.sql-result', 1, 120_000);
    // DuckDB may refuse the value itself (out of memory) or hand it over and the console refuse it:
    // either way a message, never a crashed tab.
    expect(['limit', 'error']).toContain(state);
    const text = await s.page.locator('.sql-result [role="alert"]').innerText();
    if (state === 'limit') expect(text).toMatch(/column “big” is .*MB/);
    expect(await s.page.evaluate(() => document.title)).toMatch(/SQL/);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  }, 180_000);

  it('old ?q= links still open and run; the query moves to the fragment', async () => {
    const s = await openCleanPage(browser, baseUrl, `/en/sql?q=${encodeURIComponent('SELECT 41 + 1 AS answer')}`);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const url = new URL(s.page.url());
    expect(url.search).toBe('');
    expect(url.hash).toBe('#q=SELECT+41+%2B+1+AS+answer');
    await s.close();
  });

  it('text cells take their own direction, so a right-to-left override stays inside its cell', async () => {
    const s = await openCleanPage(browser, baseUrl, `/en/sql${sqlFragment("SELECT '\u202EFinland' AS name, 'after' AS next_cell")}`);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const dirs = await s.page.locator('.sql-result table tbody td').evaluateAll((tds) => tds.map((td) => td.getAttribute('dir')));
    expect(dirs).toEqual(['auto', 'auto']);
    await s.close();
  });
});

describe('addresses that are not understood', () => {
  it('the Explore embed with reporter=NORR shows the notice and draws nothing', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/embed/explore?reporter=NORR&group=year&measure=facts');
    await s.page.waitForSelector('.explore-embed[data-result-state="refused"]');
    const notice = s.page.locator('.explore-embed [data-param-problems]');
    expect(await notice.innerText()).toMatch(/reporter=NORR/);
    expect(await notice.innerText()).toMatch(/not drawn/);
    expect(await s.page.locator('.explore-embed svg[role="img"]').count()).toBe(0);
    await s.close();
  });

  it('Explore lists at most five bad settings, each cut short and isolated in <bdi>', async () => {
    const bad = Array.from({ length: 40 }, (_, i) => `junk${i}=${'\u202E'}${'x'.repeat(200)}`).join('&');
    const s = await openCleanPage(browser, baseUrl, `/en/explore?${bad}`);
    const notice = s.page.locator('.explore [data-param-problems]');
    await notice.waitFor();
    expect(await notice.getAttribute('data-param-problems')).toBe('40');
    expect(await notice.locator('bdi').count()).toBe(5);
    expect((await notice.innerText()).length).toBeLessThan(600);
    expect(await notice.innerText()).toMatch(/and 35 more/);
    await s.close();
  });
});
