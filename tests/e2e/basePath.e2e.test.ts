/**
 * The site in a sub-folder: built with BASE_PATH (e.g. `/portal/`, `npm run test:e2e:portal`) and
 * served only under it, every internal link and asset of every built page must resolve there, the
 * absolute addresses (canonical, alternates, Open Graph) must be SITE_URL + BASE_PATH, and Explore
 * must load its data and answer. With no BASE_PATH it checks the same at the root.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { deploymentFromEnv } from '../../src/security/deployment.ts';
import { openPage } from '../../scripts/browser/browser.ts';
import { servedTablePath, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { defaultState } from '../../src/queries/exploreState.ts';
import { exploreTable } from '../../src/queries/exploreTable.ts';

const { baseUrl, browser } = await e2eSession();
const server = new URL(baseUrl).origin;
const dist = resolve(process.env.ATT_DIST_DIR ?? 'dist');
const { site, base } = deploymentFromEnv(process.env);

type Node = { nodeName: string; childNodes?: Node[]; content?: Node; attrs?: { name: string; value: string }[] };
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
  if (n.content) yield* walk(n.content);
}
function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}
const LINKING: Record<string, string[]> = { a: ['href'], link: ['href'], script: ['src'], img: ['src'], iframe: ['src'], source: ['src'] };

describe(`the site under ${base}`, () => {
  it('every internal link and asset of every page resolves under the base; absolute addresses use SITE_URL', async () => {
    const paths = new Map<string, string>();
    const wrong: string[] = [];
    let pages = 0;
    for (const file of htmlFiles(dist)) {
      pages++;
      const pagePath = `${base}${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
      const doc = parse(readFileSync(file, 'utf8')) as unknown as Node;
      for (const n of walk(doc)) {
        for (const attr of LINKING[n.nodeName] ?? []) {
          const v = n.attrs?.find((a) => a.name === attr)?.value;
          if (!v || /^(data:|blob:|mailto:|#)/.test(v)) continue;
          const u = new URL(v, `${site}${pagePath}`);
          if (u.origin !== new URL(site).origin) continue; // a source's own site, named on purpose
          if (!u.pathname.startsWith(base)) wrong.push(`${pagePath}: ${v}`);
          else paths.set(u.pathname, pagePath);
        }
        if (n.nodeName === 'meta' && n.attrs?.some((a) => a.name === 'property' && /^og:(url|image)$/.test(a.value))) {
          const v = n.attrs.find((a) => a.name === 'content')?.value ?? '';
          if (!v.startsWith(`${site}${base}`)) wrong.push(`${pagePath}: og ${v}`);
        }
        if (n.nodeName === 'link' && n.attrs?.some((a) => a.name === 'rel' && /canonical|alternate/.test(a.value))) {
          // Absolute addresses must be the deployment's; relative ones are checked as links above.
          const v = n.attrs.find((a) => a.name === 'href')?.value ?? '';
          if (/^https?:/.test(v) && !v.startsWith(`${site}${base}`)) wrong.push(`${pagePath}: ${v}`);
        }
      }
    }
    expect(pages).toBeGreaterThan(100);
    expect(wrong.slice(0, 20)).toEqual([]);
    const missing: string[] = [];
    for (const [path, from] of paths) {
      const res = await fetch(`${server}${path}`, { method: 'HEAD' });
      if (res.status !== 200) missing.push(`${res.status} ${path} (from ${from})`);
    }
    expect(missing.slice(0, 20)).toEqual([]);
  }, 300_000);

  it('Explore loads its data from under the base and answers', async () => {
    const s = await openPage(browser, baseUrl, `${baseUrl}/en/explore/?group=year&measure=facts`);
    expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
    // The table Explore reads for this question: a pre-aggregated one (src/queries/exploreTable.ts).
    const table = exploreTable({ ...defaultState(), group: ['year'], measure: 'facts' }).name;
    expect(s.requests.includes(`${server}${base}${servedTablePath(table)}`)).toBe(true);
    expect(s.failedResponses).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    await s.close();
  });

  it('search and compare fetch their files from under the base', async () => {
    const search = await openPage(browser, baseUrl, `${baseUrl}/en/search/?q=Allemagne`);
    await search.page.waitForSelector('#search-results li');
    expect(search.requests.some((u) => u.startsWith(`${server}${base}en/search-index.json`))).toBe(true);
    expect(await search.page.locator('#search-results li a').first().getAttribute('href')).toBe(`${base}en/countries/DEU`);
    expect(search.failedResponses).toEqual([]);
    await search.close();
    const compare = await openPage(browser, baseUrl, `${baseUrl}/en/compare/?states=DEU,FRA`);
    await compare.page.waitForSelector('.compare-group');
    expect(compare.requests.some((u) => u.startsWith(`${server}${base}compare/DEU.json`))).toBe(true);
    expect(compare.failedResponses).toEqual([]);
    expect(compare.foreignRequests).toEqual([]);
    await compare.close();
  });
});
