/**
 * A failed Explore query never leaves the previous figures on screen as if they answered it
 * (issue 12): once the new settings' query fails (its table cannot be read), the previous chart
 * and table are hidden and the error says so, in the reader's language; Try again brings the answer.
 */
import { describe, expect, it } from 'vitest';
import { clarity } from '../../src/i18n/strings/clarity.ts';
import { waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';

describe.each(LANGS)('Explore after a failed query (%s)', (lang) => {
  it('hides the previous result under the error and says why', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    await s.page.waitForSelector(`${RESULT} .explore-result-body table tbody tr`);
    // Every table not loaded yet now fails to load: grouping by partner needs one (the partner aggregate).
    await s.page.route('**/*.parquet*', (r) => r.abort());
    await s.page.locator('.explore-form select').nth(1).selectOption('partner');
    expect(await waitForRuns(s.page, RESULT, 2)).toBe('error');
    expect(await s.page.locator(RESULT).getAttribute('data-stale')).toBe('hidden');
    expect(await s.page.locator(`${RESULT} .explore-result-body`).isVisible()).toBe(false);
    expect(await s.page.locator(`${RESULT} .error-box [data-previous-hidden]`).textContent()).toBe(clarity.previousHidden[lang]);
    // The table comes back: Try again answers the new settings, shown in full.
    await s.page.unroute('**/*.parquet*');
    await s.page.locator(`${RESULT} .error-box button`).click();
    expect(await waitForRuns(s.page, RESULT, 3)).toBe('done');
    expect(await s.page.locator(RESULT).getAttribute('data-stale')).toBe('no');
    expect(await s.page.locator(`${RESULT} .explore-result-body`).isVisible()).toBe(true);
    await s.close();
  });
});
