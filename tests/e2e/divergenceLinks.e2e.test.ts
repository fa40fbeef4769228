/**
 * Provenance one click further on the divergences page (issue 12, item 10): a printed total that
 * differs from its lines links to its line of the pinned file at its commit; a UN Register pair and
 * a cell of the UK's two instruments (sums of facts) link to exactly those facts in the SQL console,
 * each line linked to its file. Expected links come from the builders over the manifest's pins and
 * the rows from native DuckDB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartClarity } from '../../src/i18n/strings/chartClarity.ts';
import { clarity } from '../../src/i18n/strings/clarity.ts';
import { channelCellHref, registerPairHref, sourceOfFile } from '../../src/links/divergenceLinks.ts';
import { pinsOf, provenanceLink } from '../../src/links/provenance.ts';
import { registerPairFactsQuery } from '../../src/queries/divergenceFacts.ts';
import { largestMismatchesQuery, twoChannelsQuery } from '../../src/queries/divergences.ts';
import { registerMirrorQuery } from '../../src/queries/registerMirrors.ts';
import { DATA_DIR, nativeRows, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
const pins = pinsOf(JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')).sources);

describe.each(LANGS)('divergences: rows link to their lines (%s)', (lang) => {
  it('printed totals link to their line; Register pairs and two-instrument cells to their facts', async () => {
    const q = largestMismatchesQuery(50);
    const mismatches = (await nativeRows(q.sql, q.params)).slice(0, 20);
    expect(mismatches.length).toBeGreaterThan(0);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/analyses/divergences`);
    const recon = s.page.locator('section[aria-labelledby="recon-heading"] table').last();
    const lines = await recon.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.querySelector('a')?.getAttribute('href') ?? null));
    const texts = await recon.locator('tbody tr > :last-child').allTextContents();
    expect(lines).toHaveLength(mismatches.length);
    for (const [i, r] of mismatches.entries()) {
      const file = String(r.source_file);
      const want = provenanceLink(pins, sourceOfFile(pins, file)!, file, Number(r.source_line))!;
      expect(lines[i]).toBe(want.href);
      expect(texts[i]).toBe(chartClarity[want.kind === 'row' ? 'openFileRow' : 'openLine'][lang].replace('{file}', file).replace('{line}', String(r.source_line)));
    }

    const rq = registerMirrorQuery(500);
    const pair = (await nativeRows(rq.sql, rq.params)).find((r) => r.reported_by === 'both');
    expect(pair, 'a UN Register pair reported by both sides').toBeDefined();
    const pairLink = s.page.locator('#register-mirrors table tbody tr').first().locator('a');
    expect(await pairLink.textContent()).toBe(clarity.factsLink[lang]);
    expect(await pairLink.getAttribute('href')).toBe(registerPairHref(lang, pair as never));

    const tq = twoChannelsQuery('EU_COARM', 'UK_SIEL', 'GBR', 200);
    const [cell] = await nativeRows(tq.sql, tq.params);
    if (cell)
      expect(await s.page.locator('section[aria-labelledby="two-heading"] table').last().locator('tbody tr').first().locator('a').getAttribute('href')).toBe(
        channelCellHref(lang, ['EU_COARM', 'UK_SIEL'], 'GBR', cell as never),
      );
    await s.close();
  });
});

describe('from a UN Register pair to the lines of both reports', () => {
  it('the link opens both sides’ facts, each line linked to the pinned file, summing to the pair’s items', async () => {
    const rq = registerMirrorQuery(500);
    // The page's first pair (the first reported by both sides, as the page lists them).
    const pair = (await nativeRows(rq.sql, rq.params)).find((r) => r.reported_by === 'both')!;
    const f = registerPairFactsQuery(pair as never);
    const facts = await nativeRows(f.sql, f.params);
    const s = await openCleanPage(browser, baseUrl, '/en/analyses/divergences');
    await s.page.locator('#register-mirrors table tbody tr').first().locator('a').click();
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const rows = await s.page.locator('.sql-result table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const headers = [...tr.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent);
        const cells = [...tr.querySelectorAll('td')];
        const at = (name: string) => cells[headers.indexOf(name)]!;
        return { direction: at('direction').textContent, file: at('source_file').textContent, href: at('source_line').querySelector('a')?.getAttribute('href') ?? null };
      }),
    );
    expect(rows).toHaveLength(facts.length);
    expect(new Set(rows.map((r) => r.direction))).toEqual(new Set(['export', 'import']));
    expect(rows.every((r) => r.href?.startsWith('https://github.com/'))).toBe(true);
    // Counts given as text ("classified") are counted apart by the pair, never as 0: only whole sides are summed.
    const sum = (d: string) => facts.filter((r) => r.direction === d).reduce((a, r) => a + Number(r.items ?? 0), 0);
    if (Number(pair.exporter_items_text) === 0) expect(sum('export')).toBe(Number(pair.exporter_items));
    if (Number(pair.importer_items_text) === 0) expect(sum('import')).toBe(Number(pair.importer_items));
    await s.close();
  });
});
