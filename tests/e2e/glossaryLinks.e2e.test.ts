/**
 * Names, not codes, and every category label one click from its glossary entry (issue 12, item 8):
 * Explore result tables, country profiles, Trends legends and the data dictionary link to the
 * glossary; UK ratings (English only in the source) and source titles are marked as the source's
 * wording in French and Spanish; the French and Spanish dictionary says TCA for the Treaty.
 */
import { describe, expect, it } from 'vitest';
import { chartClarity } from '../../src/i18n/strings/chartClarity.ts';
import { defaultState, serializeExploreState } from '../../src/queries/exploreState.ts';
import { attCategoryLabel } from '../../src/ui/labels.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();

describe.each(LANGS)('glossary links (%s)', (lang) => {
  it('Explore links each ATT category of its table to the glossary row, which exists', async () => {
    const state = { ...defaultState(), group: ['att_category'] as never, measure: 'facts' as const };
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, '.explore-result', 1)).toBe('done');
    const link = s.page.locator('.explore-result table a[data-cell-link]', { hasText: attCategoryLabel(lang, 'IV') }).first();
    expect(await link.getAttribute('href')).toBe(`/${lang}/glossary#ATT-IV`);
    await link.click();
    await s.page.waitForURL(/glossary/);
    expect(await s.page.locator('#ATT-IV').isVisible()).toBe(true);
    await s.close();
  });

  it('a country profile links its categories and marks UK ratings as the source’s wording', async () => {
    const [uk] = await nativeRows(`SELECT reporter_iso3 FROM transfers WHERE category_scheme = 'UK' GROUP BY reporter_iso3 ORDER BY count(*) DESC LIMIT 1`);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/${uk!.reporter_iso3}`);
    const links = await s.page.locator('.flow table a[href*="/glossary#"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })));
    expect(links.length).toBeGreaterThan(0);
    const ukLinks = links.filter((l) => /#UK-/.test(l.href));
    expect(ukLinks.length).toBeGreaterThan(0);
    for (const l of ukLinks) expect(l.text.endsWith(chartClarity.sourceWording[lang]), l.text).toBe(lang !== 'en');
    await s.close();
  });

  it('Trends legends of category charts link to the glossary; the dictionary does too', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    const href = await s.page.locator('.chart-legend a[href*="/glossary#ATT-"]').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${lang}/glossary/?#ATT-[IVX]+`));
    await s.close();
    const d = await openCleanPage(browser, baseUrl, `/${lang}/data`);
    expect(await d.page.locator('[data-glossary-link]').getAttribute('href')).toMatch(new RegExp(`^/${lang}/glossary`));
    const marks = await d.page.locator('#sources ~ * .source-wording, section[aria-labelledby="sources"] .source-wording').count();
    expect(marks > 0).toBe(lang !== 'en');
    if (lang !== 'en') {
      // The Treaty is the TCA in French and Spanish, in the generated dictionary too.
      const dict = (await d.page.locator('#dict-transfers').textContent()) ?? '';
      expect(dict).not.toMatch(/(catégorie|categoría|correspondance|correspondencia|modèle|plantilla) ATT\b/);
      expect(dict).toContain('TCA');
    }
    await d.close();
  });
});
