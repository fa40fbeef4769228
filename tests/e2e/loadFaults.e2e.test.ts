/**
 * When the page database cannot start or load (request interception plays each fault): the SQL
 * console ends the wait, says which file failed and why (HTTP status, no answer, damaged), offers
 * Try again, and Cancel works while it loads. DuckDB's worker, its wasm, the manifest and a table
 * each fail in turn; a table whose bytes differ from the manifest's sha256 is refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOAD_TIMEOUT_MS } from '../../src/db/fetchGuard.ts';
import { DATA_DIR, runsOf, servedTablePath, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.sql-result';

/** Opens the console with `fault` intercepting the requests that match `pattern`. */
async function consoleWith(pattern: string, fault: (route: Route) => Promise<void> | void, opts: { clock?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (opts.clock) await page.clock.install();
  await page.route(pattern, fault);
  await page.goto(new URL('/en/sql', baseUrl).href);
  await page.waitForSelector('.sql-console[data-hydrated="true"]');
  return page;
}

async function typeAndRun(page: Page, sql: string): Promise<void> {
  await page.waitForSelector('.cm-content');
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(sql);
  await page.click(`.sql-console button[type="submit"]`);
}

async function errorText(page: Page, runs: number): Promise<string> {
  expect(await waitForRuns(page, RESULT, runs)).toBe('error');
  return page.locator(`${RESULT} .error-box`).innerText();
}

describe('the console when DuckDB or the data fail to load', () => {
  it('a worker script that fails to load: its file and HTTP status, then Try again works', async () => {
    const page = await consoleWith('**/*.worker*.js', (r) => r.fulfill({ status: 404, body: 'not here' }));
    await typeAndRun(page, 'SELECT COUNT(*) AS n FROM states');
    expect(await errorText(page, 1)).toMatch(/worker[^:]*\.js: HTTP 404/);
    await page.unroute('**/*.worker*.js');
    await page.click(`${RESULT} [data-retry]`);
    expect(await waitForRuns(page, RESULT, 2)).toBe('result');
    await page.context().close();
  });

  it('a wasm the server refuses: its file and HTTP status', async () => {
    const page = await consoleWith('**/duckdb-eh*.wasm', (r) => r.fulfill({ status: 500, body: 'broken' }));
    await typeAndRun(page, 'SELECT COUNT(*) AS n FROM states');
    expect(await errorText(page, 1)).toMatch(/duckdb-eh[^:]*\.wasm: HTTP 500/);
    await page.context().close();
  });

  it('a damaged manifest is named', async () => {
    const page = await consoleWith('**/data/manifest.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"tables": [' }));
    await typeAndRun(page, 'SELECT COUNT(*) AS n FROM states');
    expect(await errorText(page, 1)).toMatch(/manifest\.json: not valid JSON/);
    await page.context().close();
  });

  it('a table whose bytes are not the manifest’s is refused, its sha256 named', async () => {
    const bytes = Buffer.from(readFileSync(join(DATA_DIR, 'states.parquet')));
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const page = await consoleWith(`**/${servedTablePath('states')}`, (r) => r.fulfill({ status: 200, body: bytes }));
    await typeAndRun(page, 'SELECT COUNT(*) AS n FROM states');
    expect(await errorText(page, 1)).toMatch(/states\.parquet: sha256 [0-9a-f]{12}… is not the manifest’s|states\.parquet: sha256 [0-9a-f]{12}… is not the manifest's/);
    await page.context().close();
  });

  it('a table that never answers: Cancel works while it loads, and the wait ends with the file named', async () => {
    const page = await consoleWith(`**/${servedTablePath('states')}`, () => undefined, { clock: true });
    await typeAndRun(page, 'SELECT COUNT(*) AS n FROM states');
    await page.waitForSelector('.db-status[data-db-phase="loading"]');
    expect(await page.isEnabled('.sql-console button:has-text("Cancel")')).toBe(true);
    await page.click('.sql-console button:has-text("Cancel")');
    expect(await waitForRuns(page, RESULT, 1)).toBe('note');
    expect(await page.isEnabled('.sql-console button[type="submit"]')).toBe(true);

    await page.click('.sql-console button[type="submit"]');
    await page.waitForSelector('.db-status[data-db-phase="loading"]');
    const before = await runsOf(page, RESULT);
    await page.clock.runFor(LOAD_TIMEOUT_MS + 1000);
    expect(await errorText(page, before + 1)).toMatch(/states\.parquet: no answer in 30 s/);
    await page.context().close();
  });
});
