/**
 * The second visit (issue 11): in a browser profile on disk, as a returning reader has, Explore's
 * second visit reads DuckDB's wasm, the workers and the tables from the browser's cache without
 * asking the server; only the page and `manifest.json` (which names this build's tables) are
 * revalidated. The site is served here by a server of its own (the built dist/, its `_headers`), so
 * every request it is asked can be told apart by visit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browser/browser.ts';
import { waitForResult } from '../../scripts/browser/exploreDriver.ts';
import { hostHeaderRules, serveStatic } from '../../scripts/browser/staticServer.ts';
import { normalizeBase } from '../../src/security/deployment.ts';
import { servedTablePath } from './queryHelpers.ts';

const dist = resolve(process.env.ATT_DIST_DIR ?? 'dist');
const base = normalizeBase(process.env.BASE_PATH);
let site: Awaited<ReturnType<typeof serveStatic>>;
let asked: { path: string; status: number }[] = [];
let profile: string;

beforeAll(async () => {
  site = await serveStatic(dist, hostHeaderRules(dist), base);
  site.server.on('request', (req, res) => res.on('finish', () => asked.push({ path: new URL(req.url ?? '/', 'http://x').pathname, status: res.statusCode })));
  profile = await mkdtemp(join(tmpdir(), 'att-warm-visit-'));
});
afterAll(async () => {
  await site.close();
  await rm(profile, { recursive: true, force: true });
});

describe('a returning reader', () => {
  it('gets the engine and the tables from the browser cache; only the page and the manifest are revalidated', async () => {
    // On disk: an in-memory (incognito) cache keeps no entry as large as DuckDB's wasm.
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'], headless: true });
    try {
      const visit = async () => {
        asked = [];
        const page = await context.newPage();
        await page.goto(`${site.url}${base}en/explore`);
        await waitForResult(page, 120_000);
        await page.close();
        return asked;
      };
      const first = await visit();
      const table = first.find((r) => r.path.startsWith(`${base}data/v/`));
      expect(table, 'the first visit reads a table by its content-named URL').toBeDefined();
      expect(servedTablePath(table!.path.slice(`${base}data/v/`.length).replace(/\..*$/, ''))).toBe(table!.path.slice(base.length));
      expect(first.some((r) => r.path.endsWith('.wasm'))).toBe(true);

      const second = await visit();
      const engineOrData = second.filter((r) => /\.(wasm|parquet)$|worker/i.test(r.path));
      expect(engineOrData).toEqual([]);
      expect(second).toContainEqual({ path: `${base}data/manifest.json`, status: 304 });
    } finally {
      await context.close();
    }
  }, 300_000);
});
