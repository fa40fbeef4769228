/**
 * Checks every page test makes: nothing left the origin, no console errors or broken same-origin
 * responses, no serious axe violation, and the shared shell (skip link, nav, language switcher
 * keeping the path, footer) is in place and in the page's language.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, openPage, runAxe, type PageSession, type ViewportName } from '../../scripts/browser/browser.ts';

export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Expects a clean load; returns the session so the caller can check the page's own content. */
export async function openCleanPage(browser: Browser, baseUrl: string, path: string, viewport: ViewportName = 'desktop'): Promise<PageSession> {
  const s = await openPage(browser, baseUrl, path, { viewport });
  expect(s.foreignRequests, `requests leaving the origin from ${path}`).toEqual([]);
  expect(s.consoleErrors, `console errors on ${path}`).toEqual([]);
  expect(s.failedResponses, `failed responses on ${path}`).toEqual([]);
  return s;
}

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const vs = await runAxe(page);
  expect(vs, describeViolations(vs)).toEqual([]);
}

/** The shell around every page: html lang, one h1, skip link to main, 11 nav links, switcher keeping the path. */
export async function expectShell(page: Page, lang: Lang, pathWithoutLang: string): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getAttribute('a.skip-link', 'href')).toBe('#main');
  expect(await page.locator('main#main').count()).toBe(1);
  const nav = await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(nav).toEqual(['/', '/explore', '/sql', '/trends', '/flows', '/register', '/countries', '/compare', '/analyses', '/initial-reports', '/data'].map((p) => (p === '/' ? `/${lang}/` : `/${lang}${p}`)));
  // The links carry the page's query string and fragment (tested in languageSwitch.e2e.test.ts); the path is checked here.
  const switcher = await page.locator('.lang-switcher a').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/[?#].*$/, '')));
  expect(switcher).toEqual(LANGS.map((l) => (pathWithoutLang === '/' ? `/${l}/` : `/${l}${pathWithoutLang}`)));
  expect(await page.locator('footer.site-footer').count()).toBe(1);
}
