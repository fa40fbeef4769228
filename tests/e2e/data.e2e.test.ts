import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser/browser.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGS)('data page (%s)', (lang) => {
  it('renders cleanly and passes axe', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/data`);
    await expectShell(s.page, lang, '/data');
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('links every table for download with a checksum that matches the served file', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/data`);
    const cards = await s.page.locator('.downloads li').all();
    expect(cards.length).toBeGreaterThanOrEqual(6);
    for (const card of cards) {
      const href = (await card.locator('a[download]').getAttribute('href'))!;
      const sha = (await card.locator('.sha code').textContent())!.trim();
      const bytes = new Uint8Array(await (await fetch(`${baseUrl}${href}`)).arrayBuffer());
      const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
      expect(digest, href).toBe(sha);
    }
    await s.close();
  });

  it('has the dictionary, sources, rejects, reconciliation and snippets sections', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/data`);
    for (const id of ['downloads', 'dictionary', 'sources', 'rejects', 'reconciliation', 'snippets']) expect(await s.page.locator(`#${id}`).count(), id).toBe(1);
    expect(await s.page.locator('#dict-transfers table tbody tr').count()).toBeGreaterThan(10);
    expect(await s.page.locator('pre code').count()).toBe(3);
    await s.close();
  });
});
