/**
 * Embeds, Share and provenance, end to end: the iframe snippet copied from a chart's Share panel
 * is pasted into a page of ANOTHER origin (a second tiny server, on localhost instead of
 * 127.0.0.1 and another port); the embed renders at 320, 768 and 1200 px (screenshots in
 * test-results/), loads nothing outside the portal's and the host's origins, and a pre-built
 * view stays under 100 KB transferred without JavaScript or DuckDB. The SVG, PNG and CSV
 * downloads contain what the chart shows, and the source-row links list rows that add up to it.
 * Axe runs over the embed pages are in a11y.e2e.test.ts.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { basisLabel } from '../../src/ui/labels.ts';
import { sharedQuery } from '../../src/links/sqlFragment.ts';
import { isSameOrigin } from '../../scripts/browser/browser.ts';
import { openCleanPage } from './shell.ts';
import { downloadBytes, downloadText, nativeRows, parseCsv, waitForRuns } from './queryHelpers.ts';
import { e2eSession, otherOriginHost } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const portal = new URL(baseUrl).origin;
const SHOTS = 'test-results';
const WIDTHS = [320, 768, 1200] as const;
const BUDGET = 100 * 1024;

/** Host pages by path (an article with the snippet pasted in), served on another origin. */
const { origin: hostOrigin, pages: hostPages } = await otherOriginHost();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

function article(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title><style>body{margin:0;font-family:serif}</style></head><body><p>Some journalism above the chart.</p>${snippet}<p>And below.</p></body></html>`;
}

interface HostSession {
  page: Page;
  context: BrowserContext;
  /** Requests outside the portal's and the host's origins (blocked). */
  foreign: string[];
  /** Bytes of each response from the portal. */
  portalBytes: Map<string, number>;
  errors: string[];
}

async function openArticle(path: string, width: number): Promise<HostSession> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const s: HostSession = { page, context, foreign: [], portalBytes: new Map(), errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isSameOrigin(url, portal) || isSameOrigin(url, hostOrigin)) return route.continue();
    s.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('response', async (res) => {
    if (!isSameOrigin(res.url(), portal) || res.url().startsWith('data:')) return;
    try {
      s.portalBytes.set(res.url(), (await res.body()).length);
    } catch {
      s.portalBytes.set(res.url(), Number.NaN);
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error') s.errors.push(m.text());
  });
  page.on('pageerror', (e) => s.errors.push(e.message));
  await page.goto(`${hostOrigin}${path}`, { waitUntil: 'networkidle' });
  return s;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await frame.waitForLoadState('load');
  return frame;
}

/** The snippet from the Share panel of the first chart of `path` that has an embed page. */
async function snippetFrom(path: string): Promise<{ snippet: string; title: string; id: string }> {
  const s = await openCleanPage(browser, baseUrl, path);
  // The Share tools arrive when a Share tab opens: open the first chart's with an embed page.
  const frame = s.page.locator('.chart-frame:has([data-embed-link])').first();
  await frame.locator('.chart-tabs button').nth(2).click();
  const id = (await frame.getAttribute('id'))!;
  const snippet = await frame.locator('[data-snippet]').inputValue();
  const title = (await frame.locator('.chart-title').textContent())!.trim();
  await s.close();
  return { snippet, title, id };
}

describe('a pre-built embed pasted into a page of another origin', () => {
  it.each([
    ['/en/trends', 'en'],
    ['/fr/countries/DEU', 'fr'],
  ])('renders the chart of %s at 320, 768 and 1200 px, in the page language, with unit, source and date, under 100 KB', async (path, lang) => {
    const { snippet, title, id } = await snippetFrom(path);
    // The snippet points at this server (the Share panel rewrites URLs to the page's origin).
    expect(snippet).toContain(`src="${portal}/${lang}/embed/`);
    const hostPath = `/article-${lang}.html`;
    hostPages.set(hostPath, article(snippet));
    for (const width of WIDTHS) {
      const s = await openArticle(hostPath, width);
      const frame = await embedFrame(s.page);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect((await frame.locator('h1').textContent())!.trim()).toBe(title);
      const text = (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
      expect(text).toMatch(lang === 'fr' ? /Unité : .+/ : /Unit: .+/);
      expect(text).toMatch(lang === 'fr' ? /Source : .+ · Données au \d{1,2} \S+ \d{4}/ : /Source: .+ · Data as of \d{1,2} \S+ \d{4}/);
      // The link back goes to the chart on its page, in a new tab (not inside the article's frame).
      const back = frame.locator('footer a');
      expect(await back.getAttribute('href')).toMatch(new RegExp(`/${lang}/.*#${id}$`));
      expect(await back.getAttribute('target')).toBe('_blank');
      // One drawing visible, fitting the frame: nothing cut off sideways.
      const shown = await frame.evaluate(() =>
        [...document.querySelectorAll('.chart-svg')]
          .filter((d) => getComputedStyle(d).display !== 'none')
          .map((d) => {
            const r = d.querySelector('svg')!.getBoundingClientRect();
            return { w: r.width, h: r.height, narrow: d.classList.contains('narrow') };
          }),
      );
      expect(shown).toHaveLength(1);
      expect(shown[0]!.narrow).toBe(width < 560);
      expect(shown[0]!.w).toBeGreaterThan(100);
      expect(shown[0]!.h).toBeGreaterThan(100);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await s.page.screenshot({ path: `${SHOTS}/embed-${lang}-${width}.png`, fullPage: true });
      // Only the two origins; the portal serves HTML only (no script, no DuckDB), under budget.
      expect(s.foreign).toEqual([]);
      expect(s.errors).toEqual([]);
      const urls = [...s.portalBytes.keys()];
      expect(urls.filter((u) => /\.(js|wasm|parquet)(\?|$)/.test(u))).toEqual([]);
      const total = [...s.portalBytes.values()].reduce((a, b) => a + b, 0);
      console.log(`[embed] ${urls.join(', ')} at ${width}px: ${total} bytes from the portal`);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(BUDGET);
      await s.context.close();
    }
  });
});

describe('an Explore state embedded (DuckDB-WASM in the embed page)', () => {
  it('takes the snippet from Explore, runs the query from the URL state and draws it, from the portal only', async () => {
    const state = 'reporter=DEU&direction=export&currency=EUR&group=year,basis&measure=value';
    const explore = await openCleanPage(browser, baseUrl, `/es/explore?${state}`);
    await waitForRuns(explore.page, '.explore-result', 1);
    const snippet = await explore.page.locator('#explore-embed').inputValue();
    await explore.close();
    expect(snippet).toContain(`src="${portal}/es/embed/explore?reporter=DEU&amp;direction=export&amp;currency=EUR&amp;group=year,basis&amp;measure=value"`);
    hostPages.set('/explore-article.html', article(snippet));
    const s = await openArticle('/explore-article.html', 768);
    const frame = await embedFrame(s.page);
    await frame.waitForSelector('.explore-embed[data-result-state="done"]', { timeout: 60_000 });
    await frame.waitForSelector('.chart-svg svg');
    // Laid out in order, nothing drawn over the heading or the footer.
    const box = async (sel: string) => (await frame.locator(sel).first().boundingBox())!;
    const [h1, svgBox, footer] = [await box('h1'), await box('.chart-svg svg'), await box('.explore-embed > footer')];
    expect(svgBox.y).toBeGreaterThanOrEqual(h1.y + h1.height);
    expect(footer.y).toBeGreaterThanOrEqual(svgBox.y + svgBox.height - 1);
    const text = (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Alemania');
    expect(text).toMatch(/Datos a \d{1,2} de \S+ de \d{4}/);
    // The chart's dots are the query's figures: as many as (year, basis) rows natively.
    const native = await nativeRows(`SELECT year, basis, SUM(value) AS v FROM transfers WHERE reporter_iso3 = 'DEU' AND direction = 'export' AND currency = 'EUR' AND value IS NOT NULL GROUP BY ALL`);
    expect(await frame.locator('.chart-svg svg circle').count()).toBe(native.length);
    // The screenshot after the frame's fonts are in and two frames have painted the chart.
    await frame.evaluate(() => document.fonts.ready.then(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)))));
    await s.page.screenshot({ path: `${SHOTS}/embed-explore-768.png`, fullPage: true });
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});

describe('Share downloads contain what the chart shows', () => {
  it('SVG, PNG and CSV of a trends chart', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/trends');
    const frame = s.page.locator('.chart-frame').first();
    const title = (await frame.locator('.chart-title').textContent())!.trim();
    const legend = (await frame.locator('.chart-legend li').allTextContents()).map((x) => x.trim());
    const paths = await frame.locator('.chart-svg--wide svg path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    const tableRows = await frame.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    await frame.locator('[role="tab"]').nth(2).click();

    const svg = await downloadText(s.page, `#${await frame.getAttribute('id')} [data-download="svg"]`);
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const svgTexts = await s.page.evaluate((xml) => [...new DOMParser().parseFromString(xml, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent), svg.text);
    expect(svgTexts).toContain(title);
    expect(svgTexts).toEqual(expect.arrayContaining(legend));
    expect(svgTexts.some((t) => /^Source: /.test(t ?? '') || /Source:/.test(t ?? ''))).toBe(true);
    expect(svgTexts.some((t) => /Data as of/.test(t ?? ''))).toBe(true);
    for (const d of paths) expect(svg.text).toContain(`d="${d}"`);

    const png = await downloadBytes(s.page, `#${await frame.getAttribute('id')} [data-download="png"]`);
    expect(png.name).toMatch(/\.png$/);
    const meta = await sharp(png.bytes).metadata();
    const svgWidth = Number(/width="(\d+)"/.exec(svg.text)![1]);
    const svgHeight = Number(/height="(\d+)"/.exec(svg.text)![1]);
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([svgWidth * 2, svgHeight * 2]);
    // The first series' colour is drawn (the PNG is not blank or only text).
    const { data, info } = await sharp(png.bytes).raw().toBuffer({ resolveWithObject: true });
    let blue = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 60 && data[i + 1]! > 70 && data[i + 1]! < 120 && data[i + 2]! > 140) blue++;
    expect(blue).toBeGreaterThan(200);

    const csv = await downloadText(s.page, `#${await frame.getAttribute('id')} [data-download="csv"]`);
    const [header, ...rows] = parseCsv(csv.text).filter((r) => r.length > 1);
    expect(header).toEqual(['year', ...legend]);
    expect(rows.map((r) => r[0])).toEqual(tableRows.map((r) => r[0]));
    expect(rows.length).toBe(tableRows.length);
    // Same figures: the table shows them rounded to whole units in the page's format.
    for (const [i, r] of rows.entries()) {
      for (let j = 1; j < r.length; j++) {
        const shownCell = tableRows[i]![j]!;
        if (r[j] === '') expect(shownCell).toBe('–');
        else expect(shownCell.replace(/[^\d]/g, '')).toBe(String(Math.round(Number(r[j]))));
      }
    }
    await s.close();
  });
});

describe('provenance', () => {
  it('the source rows of a country chart add up to the chart and show file and line in the SQL console', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/countries/DEU');
    const frame = s.page.locator('.chart-frame').first();
    const csvHref = (await frame.locator('[data-download="csv"]').getAttribute('href'))!;
    const [header, ...rows] = parseCsv(decodeURIComponent(csvHref.slice(csvHref.indexOf(',') + 1)).replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    const href = (await frame.locator('[data-source-rows]').getAttribute('href'))!;
    const sql = sharedQuery(new URL(href, baseUrl))!;
    expect(sql).toContain('t.source_file');
    expect(sql).toContain('t.source_line');
    const facts = await nativeRows(sql);
    expect(facts.length).toBeGreaterThan(0);
    // Sum the listed facts by year and basis: the chart's figures, series by series.
    for (const [i, series] of header!.slice(1).entries()) {
      const basis = ['authorized', 'actual', 'refused'].find((b) => basisLabel('en', b) === series)!;
      for (const r of rows) {
        const sum = facts.filter((f) => Number(f.year) === Number(r[0]) && f.basis === basis).reduce((a, f) => a + Number(f.value), 0);
        if (r[i + 1] === '') expect(sum).toBe(0);
        else expect(sum).toBeCloseTo(Number(r[i + 1]), 0);
      }
    }
    await s.page.goto(new URL(href, baseUrl).href, { waitUntil: 'networkidle' });
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const headers = await s.page.locator('.sql-result table thead th').allTextContents();
    expect(headers.join(' ')).toMatch(/source_file/);
    expect(headers.join(' ')).toMatch(/source_line/);
    await s.close();
  });

  it('every Explore result row links to its source rows', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/explore?reporter=AUT&currency=EUR&group=year&measure=value');
    await waitForRuns(s.page, '.explore-result', 1);
    const links = s.page.locator('.explore-result [data-row-sources]');
    const rows = await s.page.locator('.explore-result .result-table tbody tr').count();
    expect(await links.count()).toBe(rows);
    const first = sharedQuery(new URL((await links.first().getAttribute('href'))!, baseUrl))!;
    const year = (await s.page.locator('.explore-result .result-table tbody tr').first().locator('td').first().textContent())!.trim();
    expect(first).toContain(`t."year" = ${year}`);
    expect(first).toContain(`t."reporter_iso3" = 'AUT'`);
    const facts = await nativeRows(first);
    expect(facts.every((f) => f.reporter_iso3 === 'AUT' && Number(f.year) === Number(year) && f.currency === 'EUR')).toBe(true);
    await s.close();
  });
});

describe('every Share panel points at an embed page that exists', () => {
  it.each(['/en/', '/fr/trends', '/es/countries/GBR'])('%s', async (path) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    const embeds = [...html.matchAll(/data-embed="([^"]+)"/g)].map((m) => m[1]!);
    expect(embeds.length).toBeGreaterThan(0);
    for (const e of embeds) {
      const res = await fetch(`${baseUrl}${e}`);
      expect(res.status, e).toBe(200);
      const page = await res.text();
      expect(page).not.toContain('<script');
    }
  });
});

describe('social cards', () => {
  it.each([
    ['/en/countries/NGA', '/og/countries/NGA.png'],
    ['/fr/countries/NGA', '/og/countries/NGA.png'],
    ['/es/trends', '/og/es/trends.png'],
  ])('%s names a 1200×630 PNG rendered at build time', async (path, image) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og).toBeDefined();
    expect(new URL(og!).pathname).toBe(image);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    const res = await fetch(`${baseUrl}${image}`);
    expect(res.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });
});
