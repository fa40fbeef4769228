/**
 * The site under its strict Content-Security-Policy, as a host would send it: the e2e server sends
 * the build's `_headers` (globalSetup.ts) and every page carries the same policy in a `<meta>`.
 * Explore, the SQL console, the barometer, a country profile, compare, search and the embeds run with zero
 * violations (each `securitypolicyviolation` event and console error is collected from the first
 * script on), and the policy does refuse what it should: an injected inline handler never runs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parsePolicy } from '../../src/security/policy.ts';
import { openPage, type PageSession } from '../../scripts/browser/browser.ts';
import { waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** Opens a page with a listener for CSP violations installed before any of its scripts run. */
async function openWatched(path: string): Promise<PageSession & { violations: () => Promise<Violation[]> }> {
  const s = await openPage(browser, baseUrl, 'about:blank');
  await s.context.addInitScript(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { __csp: unknown[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample }));
  });
  await s.page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  return { ...s, violations: () => s.page.evaluate(() => (globalThis as unknown as { __csp: Violation[] }).__csp) };
}

async function expectClean(s: Awaited<ReturnType<typeof openWatched>>, what: string): Promise<void> {
  expect(await s.violations(), `${what}: CSP violations`).toEqual([]);
  expect(s.consoleErrors, `${what}: console errors`).toEqual([]);
  expect(s.foreignRequests, `${what}: requests off the origin`).toEqual([]);
}

async function headersOf(path: string): Promise<Headers> {
  return (await fetch(new URL(path, baseUrl))).headers;
}

async function hydrated(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(`${selector}[data-hydrated="true"]`, { timeout: 30_000 });
}

describe('the policy a host sends', () => {
  it('serves the strict policy, no-referrer and nosniff on pages, and refuses framing except for embeds', async () => {
    expect(inject('hostHeaders'), 'dist/_headers was written by the build').toBe(true);
    const h = await headersOf('/en/explore/');
    const policies = (h.get('content-security-policy') ?? '').split(',').map((p) => parsePolicy(p));
    const main = policies.find((p) => p.has('script-src'));
    expect(main?.get('default-src')).toEqual(["'self'"]);
    expect(main?.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(main?.get('script-src')?.some((s) => s.includes('unsafe-inline') || s === "'unsafe-eval'")).toBe(false);
    expect(main?.get('style-src')?.[0]).toBe("'self'");
    expect(main?.get('style-src')?.some((s) => s.includes('unsafe'))).toBe(false);
    expect(main?.get('connect-src')).toEqual(["'self'"]);
    expect(main?.get('object-src')).toEqual(["'none'"]);
    expect(main?.get('base-uri')).toEqual(["'none'"]);
    expect(policies.some((p) => p.get('frame-ancestors')?.[0] === "'none'")).toBe(true);
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('x-content-type-options')).toBe('nosniff');

    const embed = (await headersOf('/en/embed/explore/')).get('content-security-policy') ?? '';
    expect(embed).toContain("script-src 'self'");
    expect(embed).not.toContain('frame-ancestors');
  });

  it('puts the same fetch directives in every page’s <meta>, for hosts that cannot send headers', async () => {
    for (const path of ['/', '/en/', '/fr/data/', '/es/countries/', '/en/embed/explore/']) {
      const html = await (await fetch(new URL(path, baseUrl))).text();
      expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'[^"]*script-src 'self' 'wasm-unsafe-eval'/i);
    }
  });
});

describe('every kind of page works under it', () => {
  it('an inline event handler injected into a page is refused and reported (the listener sees violations)', async () => {
    const s = await openWatched('/en/');
    await s.page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="document.title=\'pwned\'">'));
    await s.page.waitForFunction(() => (globalThis as unknown as { __csp: unknown[] }).__csp.length > 0);
    expect(await s.page.title()).not.toBe('pwned');
    expect((await s.violations())[0]?.directive).toMatch(/^script-src/);
    await s.close();
  });

  it('Explore hydrates, queries DuckDB and draws its chart', async () => {
    const s = await openWatched('/en/explore?group=year&measure=facts');
    expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
    await s.page.waitForSelector('.explore .chart-svg svg');
    await expectClean(s, 'explore');
    await s.close();
  });

  it('a chart readout places its tooltip through CSSOM (allowed), while a style attribute is refused', async () => {
    const s = await openWatched('/en/explore?group=year&measure=facts');
    expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
    await s.page.locator('.explore .chart-svg svg').first().focus();
    await s.page.keyboard.press('Home');
    const tip = s.page.locator('.explore .chart-tooltip').first();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.evaluate((el) => (el as HTMLElement).style.left)).toMatch(/px$/);
    await expectClean(s, 'chart readout');
    // The control: the same placement as a style attribute is what the policy refuses.
    await s.page.evaluate(() => document.querySelector('.chart-tooltip')?.setAttribute('style', 'left: 1px'));
    await s.page.waitForFunction(() => (globalThis as unknown as { __csp: unknown[] }).__csp.length > 0);
    expect((await s.violations())[0]?.directive).toMatch(/^style-src/);
    await s.close();
  });

  it('the SQL console hydrates its editor and runs a query from a link', async () => {
    const s = await openWatched(`/en/sql#q=${encodeURIComponent('SELECT reporter_iso3, COUNT(*) AS n FROM transfers GROUP BY ALL ORDER BY n DESC LIMIT 5')}`);
    await hydrated(s.page, '.sql-console');
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    await s.page.waitForSelector('.cm-editor');
    await expectClean(s, 'sql');
    await s.close();
  });

  it('the barometer scores and ranks', async () => {
    const s = await openWatched('/en/analyses/barometer');
    await s.page.waitForSelector('.barometer[data-ready="true"]', { timeout: 60_000 });
    await expectClean(s, 'barometer');
    await s.close();
  });

  it('a country profile with its charts, tabs and Share panel', async () => {
    const s = await openWatched('/en/countries/GBR');
    await s.page.locator('.chart-tabs button').nth(2).click();
    await s.page.waitForSelector('.chart-panel [data-download="png"]', { state: 'attached' });
    await expectClean(s, 'country');
    await s.close();
  });

  it('the compare page and site search, with the header box focused by `/`', async () => {
    const cmp = await openWatched('/en/compare?states=DEU,FRA,GBR');
    await cmp.page.waitForSelector('.compare-group');
    await expectClean(cmp, 'compare');
    await cmp.close();
    const search = await openWatched('/en/search?q=ML10');
    await search.page.waitForSelector('#search-results li');
    await search.page.keyboard.press('/');
    expect(await search.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await expectClean(search, 'search');
    await search.close();
  });

  it('the Explore embed and a pre-built embed', async () => {
    const live = await openWatched('/en/embed/explore?group=year&measure=facts');
    await live.page.waitForSelector('.explore-embed[data-result-state="done"]', { timeout: 60_000 });
    await expectClean(live, 'explore embed');
    await live.close();
    const built = await openWatched('/en/embed/trends/g1-category/');
    await expectClean(built, 'pre-built embed');
    await built.close();
  });
});
