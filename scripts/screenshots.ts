/**
 * Screenshots of each page type at desktop (1280 px) and phone (390 px) width, full page, into
 * test-results/screenshots/, for a person to look at. Serves the built site like the e2e tests.
 *
 *   node scripts/screenshots.ts [--lang en] [--only home,trends,embed-flows] [--country AUT]
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, openPage, VIEWPORTS, type ViewportName } from './browser/browser.ts';
import { serveStatic } from './browser/staticServer.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    only: { type: 'string' },
    country: { type: 'string', default: 'AUT' },
    dist: { type: 'string', default: process.env.ATT_DIST_DIR ?? 'dist' },
  },
});

const root = resolve(import.meta.dirname, '..');
const lang = values.lang!;
const pages: Record<string, string> = {
  home: `/${lang}/`,
  explore: `/${lang}/explore`,
  sql: `/${lang}/sql`,
  trends: `/${lang}/trends`,
  countries: `/${lang}/countries`,
  country: `/${lang}/countries/${values.country}`,
  data: `/${lang}/data`,
  initial: `/${lang}/initial-reports`,
  changes: `/${lang}/changes`,
  analyses: `/${lang}/analyses`,
  compliance: `/${lang}/analyses/compliance`,
  barometer: `/${lang}/analyses/barometer`,
  divergences: `/${lang}/analyses/divergences`,
  glossary: `/${lang}/glossary`,
  search: `/${lang}/search?q=${values.country}`,
  flows: `/${lang}/flows`,
  register: `/${lang}/register`,
  compare: `/${lang}/compare?states=DEU,FRA,${values.country}`,
  yourdata: `/${lang}/your-data`,
  // Embeds are pasted into articles: look at them at 320–600 px too (Share panel snippet, 520 px high).
  'embed-trends': `/${lang}/embed/trends/reporting`,
  'embed-country': `/${lang}/embed/countries/${values.country}/exporter-1-chart`,
  'embed-explore': `/${lang}/embed/explore?reporter=${values.country}&group=year,basis&measure=value`,
  'embed-flows': `/${lang}/embed/flows`,
};
const wanted = values.only ? values.only.split(',') : Object.keys(pages);
const outDir = join(root, 'test-results', 'screenshots');
const SLICE: Record<ViewportName, number> = { desktop: 1100, phone: 1400 };
const MAX_SLICES = 10;
await mkdir(outDir, { recursive: true });

const server = await serveStatic(resolve(root, values.dist!));
const browser = await launchBrowser();
try {
  for (const name of wanted) {
    const path = pages[name];
    if (!path) throw new Error(`unknown page type '${name}' (one of ${Object.keys(pages).join(', ')})`);
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const s = await openPage(browser, server.url, path, { viewport });
      const file = join(outDir, `${name}-${lang}-${viewport}.png`);
      await s.page.screenshot({ path: file, fullPage: true });
      // A long page shrinks to illegibility in an image viewer: also save it in readable slices.
      const height = await s.page.evaluate(() => document.documentElement.scrollHeight);
      const slice = SLICE[viewport];
      if (height > slice * 1.2)
        for (let y = 0, i = 1; y < height && i <= MAX_SLICES; y += slice, i++)
          await s.page.screenshot({
            path: join(outDir, `${name}-${lang}-${viewport}-${i}.png`),
            fullPage: true,
            clip: { x: 0, y, width: VIEWPORTS[viewport].width, height: Math.min(slice, height - y) },
          });
      const problems = [...s.foreignRequests.map((u) => `foreign request ${u}`), ...s.consoleErrors, ...s.failedResponses];
      process.stderr.write(`${file}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}\n`);
      await s.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
