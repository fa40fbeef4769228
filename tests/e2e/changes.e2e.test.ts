/**
 * The changes page and the feeds, in Chromium. On the SYNTHETIC two-build fixture (see initialMode.ts)
 * the diff page must name exactly the one amended report; on any data it must agree with the
 * changes.json and snapshots.json it is built from, and every kept manifest must download.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE_ID, initialMode } from './initialMode.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const { mode } = await initialMode(baseUrl);
const changes = (await (await fetch(`${baseUrl}/data/changes.json`)).json()) as { snapshotId: string; previousSnapshotId: string | null; added: unknown[]; amended: unknown[]; withdrawn: unknown[] };
const snapshots = (await (await fetch(`${baseUrl}/data/snapshots.json`)).json()) as { snapshotId: string; manifest?: string | null }[];

describe.each(LANGS)('changes page (%s)', (lang) => {
  it('renders cleanly, passes axe, and agrees with changes.json', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/changes`);
    await expectShell(s.page, lang, '/changes');
    await expectNoSeriousAxeViolations(s.page);
    expect(await s.page.locator('#current-snapshot').textContent()).toContain(changes.snapshotId);
    const count = async (id: string) => Number((await s.page.locator(id).textContent())!.replace(/\D/g, ''));
    expect(await count('#count-added')).toBe(changes.added.length);
    expect(await count('#count-amended')).toBe(changes.amended.length);
    expect(await count('#count-withdrawn')).toBe(changes.withdrawn.length);
    expect(await s.page.locator(`head link[rel="alternate"][type="application/atom+xml"][href="/${lang}/feed.xml"]`).count()).toBe(1);
    await s.close();
  });

  it('is linked from the Data page', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/data`);
    await s.page.locator('#changes-link').click();
    await s.page.waitForURL(`**/${lang}/changes`);
    expect(await s.page.locator('h1').count()).toBe(1);
    await s.close();
  });
});

describe('earlier snapshots', () => {
  it('lists every snapshot kept, newest first, each kept manifest downloadable and naming its snapshot', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/changes');
    const ids = await s.page.locator('#snapshot-history tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-snapshot')));
    expect(ids).toEqual(snapshots.map((x) => x.snapshotId).reverse());
    const links = await s.page.locator('#snapshot-history a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const manifests = links.filter((h) => h.endsWith('.manifest.json'));
    expect(manifests.length).toBe(snapshots.filter((x) => x.manifest).length);
    for (const href of manifests) {
      const res = await fetch(`${baseUrl}${href}`);
      expect(res.status).toBe(200);
      expect(href).toContain(((await res.json()) as { snapshotId: string }).snapshotId);
    }
    await s.close();
  });
});

describe('feeds', () => {
  it.each(LANGS)('(%s) the portal feed is served as well-formed Atom', async (lang) => {
    const xml = await (await fetch(`${baseUrl}/${lang}/feed.xml`)).text();
    const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe(lang);
  });
});

describe.runIf(mode === 'fixture')('diff page of two SYNTHETIC builds differing by one amended report', () => {
  it.each(LANGS)('(%s) names exactly the amended report, and nothing as added or withdrawn', async (lang) => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/changes`);
    const rows = s.page.locator('#amended-reports tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('th, td').allTextContents();
    expect(cells[0]).toBe({ en: 'Norway', fr: 'Norvège', es: 'Noruega' }[lang]);
    expect(cells[4]).toBe(`${FIXTURE_SOURCE_ID}:NOR:initial:v2`);
    expect(cells[3]).toBe(`${FIXTURE_SOURCE_ID}:NOR:initial:v1`);
    expect(await s.page.locator('#added-reports tbody tr').count()).toBe(0);
    expect(await s.page.locator('#withdrawn-reports tbody tr').count()).toBe(0);
    // Only Norway's version 2 appears anywhere in the change lists.
    expect(
      await s.page.locator('.change-list').evaluateAll((els) =>
        els
          .map((e) => e.textContent)
          .join(' ')
          .match(/:initial:v\d/g),
      ),
    ).toEqual([':initial:v1', ':initial:v2']);
    expect(await s.page.locator('#snapshot-history tbody tr').count()).toBe(2);
    await s.close();
  });

  it('puts the amendment first in the portal feed and in Norway’s feed', async () => {
    const parse = async (path: string) => new new JSDOM('').window.DOMParser().parseFromString(await (await fetch(`${baseUrl}${path}`)).text(), 'application/xml');
    const site = await parse('/en/feed.xml');
    expect(site.getElementsByTagName('entry')[0]!.getElementsByTagName('title')[0]!.textContent).toBe('Norway: initial report (ATT initial reports — SYNTHETIC) amended');
    const nor = await parse('/fr/countries/NOR/feed.xml');
    expect([...nor.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('title')[0]!.textContent)).toEqual([
      'Norvège : rapport initial (Rapports initiaux au titre du TCA — SYNTHETIC) modifié',
      'Norvège : rapport initial (Rapports initiaux au titre du TCA — SYNTHETIC) ajouté',
    ]);
  });
});

describe.runIf(mode !== 'fixture' && changes.previousSnapshotId === null)('changes page on a first snapshot', () => {
  it('says it is the first snapshot and counts reports per source instead of listing them', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/changes');
    expect(await s.page.locator('#current-snapshot').textContent()).toContain('first snapshot');
    expect(await s.page.locator('#added-reports tbody tr').count()).toBe(0);
    await s.close();
  });
});
