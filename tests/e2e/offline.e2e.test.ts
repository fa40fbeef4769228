/**
 * Offline: Chromium can resolve no host but 127.0.0.1 and every request off the origin is blocked,
 * as on a laptop without a network serving the site locally. DuckDB must start, load its tables
 * and answer from the site's own files; SQL that would reach for the network fails with a message.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/browser/browser.ts';
import { nativeRows, servedTablePath, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { defaultState } from '../../src/queries/exploreState.ts';
import { exploreTable } from '../../src/queries/exploreTable.ts';

const { baseUrl, browser } = await e2eSession({ chromiumArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });

describe('the query pages offline', () => {
  it('Explore starts DuckDB and answers from the site alone', async () => {
    const s = await openPage(browser, baseUrl, '/en/explore?group=&measure=facts');
    expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
    const [native] = await nativeRows('SELECT CAST(COUNT(*) AS INTEGER) AS facts FROM transfers');
    const shown = await s.page.locator('.explore-result table tbody td').first().innerText();
    expect(Number(shown.replace(/\D/g, ''))).toBe(native!.facts);
    expect(s.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    // The table Explore reads for this question: a pre-aggregated one (src/queries/exploreTable.ts).
    const table = exploreTable({ ...defaultState(), group: [], measure: 'facts' }).name;
    expect(s.requests.some((u) => new URL(u).pathname === `/${servedTablePath(table)}`)).toBe(true);
    expect(s.foreignRequests).toEqual([]);
    expect(s.failedResponses).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('the console runs queries, and SQL that would fetch files or extensions fails with a clear message and no request', async () => {
    const s = await openPage(browser, baseUrl, `/en/sql?q=${encodeURIComponent('SELECT COUNT(*) AS n FROM states')}`);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const cases: [string, RegExp][] = [
      ["SELECT * FROM read_csv('https://example.org/x.csv')", /Permission Error|disabled/],
      ["SELECT * FROM 'https://example.org/x.parquet'", /Permission Error|disabled|parquet/i],
      // DuckDB's error type is shown as words ("Permission error: …", src/db/dbError.ts).
      ['LOAD httpfs', /Permission error|disabled/i],
      ["SET custom_extension_repository = 'https://example.org'", /locked/],
    ];
    let runs = 1;
    for (const [sql, message] of cases) {
      await s.page.click('.cm-content');
      await s.page.keyboard.press('Control+A');
      await s.page.keyboard.type(sql);
      await s.page.keyboard.press('Control+Enter');
      expect(await waitForRuns(s.page, '.sql-result', ++runs), sql).toBe('error');
      expect(await s.page.locator('.sql-result .error-box').innerText(), sql).toMatch(message);
    }
    expect(s.foreignRequests).toEqual([]);
    expect(s.failedResponses).toEqual([]);
    await s.close();
  });
});
