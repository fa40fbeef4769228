/**
 * Provenance one click further (issue 12, item 10): "file, line" opens that line of the pinned
 * file at its commit — in the source rows behind an Explore row (SQL console), on the Data page's
 * reconciliation table and in a State's treaty facts. Expected links come from the one builder
 * (src/links/provenance.ts) over the manifest's pins, and the rows from native DuckDB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartClarity } from '../../src/i18n/strings/chartClarity.ts';
import { pinsOf, provenanceLink } from '../../src/links/provenance.ts';
import { topMismatchesQuery } from '../../src/queries/dataSummary.ts';
import { DATA_DIR, nativeRows, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
const pins = pinsOf(JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')).sources);
const lineWord = { en: 'line', fr: 'ligne', es: 'línea' } as const;

describe.each(LANGS)('provenance links (%s)', (lang) => {
  it('the reconciliation table links each printed total to its line of the pinned file', async () => {
    const q = topMismatchesQuery(10);
    const native = await nativeRows(q.sql, q.params);
    expect(native.length).toBeGreaterThan(0);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/data`);
    const links = await s.page
      .locator('#reconciliation ~ * a[href^="https://github.com/"], section[aria-labelledby="reconciliation"] a[href^="https://github.com/"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    expect(links.length).toBe(native.length);
    for (const [i, r] of native.entries()) {
      const want = provenanceLink(pins, String(r.source_id), String(r.source_file), Number(r.source_line))!;
      expect(want.kind).toBe('line');
      expect(links[i]!.href).toBe(want.href);
      expect(links[i]!.href).toMatch(/\/blob\/[0-9a-f]{40}\/.+#L\d+$/);
      expect(links[i]!.text).toBe(`${r.source_file}, ${lineWord[lang]} ${r.source_line}`);
    }
    await s.close();
  });

  it('a State’s treaty facts link to the row of the pinned depositary page', async () => {
    const [st] = await nativeRows(`SELECT iso3, att_source_id, att_source_line FROM states WHERE att_source_line IS NOT NULL ORDER BY iso3 LIMIT 1`);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/${st!.iso3}`);
    const a = s.page.locator('.treaty-status a.provenance-link');
    const file = Object.keys(pins[String(st!.att_source_id)]!)[0]!;
    expect(await a.getAttribute('href')).toBe(provenanceLink(pins, String(st!.att_source_id), file, Number(st!.att_source_line))!.href);
    expect(await a.textContent()).toBe(chartClarity.openLine[lang].replace('{file}', file).replace('{line}', String(st!.att_source_line)));
    await s.close();
  });
});

describe('from an Explore row to the line of its source file', () => {
  it('the Sources link of a row opens its facts, each line linked to the pinned file at its commit', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/explore?group=year&measure=facts&source=uk-siel-caat&year_from=2015&year_to=2015');
    expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
    await s.page.locator('.explore-result a[data-row-sources]').first().click();
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const first = await s.page
      .locator('.sql-result table tbody tr')
      .first()
      .evaluate((tr) => {
        const headers = [...tr.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent);
        const cells = [...tr.querySelectorAll('td')];
        const at = (name: string) => cells[headers.indexOf(name)]!;
        return { source: at('source_id').textContent, file: at('source_file').textContent, line: at('source_line').textContent, href: at('source_line').querySelector('a')?.getAttribute('href') ?? null };
      });
    expect(first.source).toBe('uk-siel-caat');
    expect(first.href).toBe(provenanceLink(pins, first.source!, first.file!, Number(first.line!.replace(/\D/g, '')))!.href);
    await s.close();
  });
});
