/**
 * The lifecycle every end-to-end file shares: the served site's base URL (from globalSetup.ts) and
 * one headless Chromium for the file, closed when the file's tests are done. A file starts with
 *
 *   const { baseUrl, browser } = await e2eSession();
 *
 * and opens pages with openPage/openCleanPage (request log, console errors, axe). A suite that
 * needs more says so in options (Chromium flags) or asks for a page host on another origin.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/browser/browser.ts';

export interface SessionOptions {
  /** Chromium flags added to the project's own (offline.e2e: no host resolves but 127.0.0.1). */
  chromiumArgs?: readonly string[];
}

export async function e2eSession(opts: SessionOptions = {}): Promise<{ baseUrl: string; browser: Browser }> {
  const baseUrl = inject('baseUrl');
  const browser = await launchBrowser(opts.chromiumArgs);
  afterAll(() => browser.close());
  return { baseUrl, browser };
}

/** A server of other people's pages, on another origin than the portal's: pages are served by path, anything else is 404. */
export interface OtherOrigin {
  origin: string;
  pages: Map<string, string>;
}

/**
 * Starts the other-origin host for this file and closes it after its tests: "localhost" on a port
 * of its own, where the portal is 127.0.0.1 — another origin in every respect (embed.e2e pastes
 * the Share snippet into a page there).
 */
export async function otherOriginHost(): Promise<OtherOrigin> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, pages };
}
