/**
 * The lifecycle every end-to-end file shares: the served site's base URL (from globalSetup.ts) and
 * one headless Chromium for the file, closed when the file's tests are done. A file starts with
 *
 *   const { baseUrl, browser } = await e2eSession();
 *
 * and opens pages with openPage/openCleanPage (request log, console errors, axe).
 */
import type { Browser } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/browser/browser.ts';

export async function e2eSession(): Promise<{ baseUrl: string; browser: Browser }> {
  const baseUrl = inject('baseUrl');
  const browser = await launchBrowser();
  afterAll(() => browser.close());
  return { baseUrl, browser };
}
