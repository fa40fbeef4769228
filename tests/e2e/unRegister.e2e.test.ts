/**
 * UN Register transfers (source unroca-transfers) in the built site, in each language: Explore shows
 * them by ATT category (the same rows as native DuckDB), Germany's profile has their flows, and the
 * divergences page shows the Register mirror pairs with the counts of the named query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { registerMirrorSummaryQuery } from '../../src/queries/registerMirrors.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { sourceTitle } from '../../src/site-data/coverage.ts';
import { DATA_DIR, nativeRows, waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const SOURCE = 'unroca-transfers';
const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
const source = manifest.sources.find((s) => s.id === SOURCE);

describe.skipIf(!source)('UN Register transfers in the site', () => {
  describe.each(LANGS)('%s', (lang) => {
    it('Explore: items by ATT category from the Register, exports and imports apart, the same rows as native DuckDB', async () => {
      const state: ExploreState = { ...defaultState(), source: [SOURCE], group: ['att_category'], measure: 'items' };
      const q = exploreQuery(state);
      const native = await nativeRows(q.sql, q.params);
      // Each ATT category I–VII, exports and imports kept apart (the same transfer may be in both).
      expect([...new Set(native.map((r) => r.att_category))]).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
      expect(native.map((r) => r.direction)).toEqual(['export', 'import', 'export', 'import', 'export', 'import', 'export', 'import', 'export', 'import', 'export', 'import', 'export', 'import']);
      const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
      expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
      expect(await s.page.locator('.explore-result table tbody tr').count()).toBe(native.length);
      expect(s.consoleErrors).toEqual([]);
      await s.close();
    });

    it("Germany's profile shows flows read from the Register's tables", async () => {
      const [{ n }] = (await nativeRows(`SELECT count(*)::INTEGER AS n FROM transfers WHERE source_id = ? AND (reporter_iso3 = 'DEU' OR partner_iso3 = 'DEU')`, [SOURCE])) as [{ n: number }];
      expect(n).toBeGreaterThan(0);
      const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/DEU`);
      const summaries = await s.page.locator('section.flow p.muted').allTextContents();
      // The source line names the source in the page's language.
      expect(summaries.filter((t) => t.includes(sourceTitle(manifest, SOURCE, lang))).length).toBeGreaterThan(0);
      await s.close();
    });

    it('divergences: the Register mirror pairs, counted as the named query counts them', async () => {
      const q = registerMirrorSummaryQuery();
      const summary = await nativeRows(q.sql, q.params);
      const both = Number(summary.find((r) => r.reported_by === 'both')?.pairs ?? 0);
      expect(both).toBeGreaterThan(0);
      const s = await openCleanPage(browser, baseUrl, `/${lang}/analyses/divergences`);
      expect(await s.page.getAttribute('#register-summary', 'data-both')).toBe(String(both));
      expect(await s.page.locator('#register-mirrors table tbody tr').count()).toBe(Math.min(50, both));
      expect(await s.page.locator('#register-mirrors .sql-block a[download]').count()).toBe(1);
      await expectNoSeriousAxeViolations(s.page);
      await s.close();
    });
  });
});
