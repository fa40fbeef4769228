/**
 * Names, not codes: the glossary lists every category of every scheme with its crosswalk to the ATT
 * categories (exact / approximate / none and the note), and the HS chapter 93 headings with their
 * approximate correspondence and source; ATT categories carry their Treaty names in EN/FR/ES, also
 * in Explore, which links to the glossary.
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/i18n/strings/glossary.ts';
import { HS_CHAPTER_93 } from '../../src/reference/hsChapter93.ts';
import { CATEGORY_SCHEMES } from '../../src/schema/index.ts';
import { attCategoryLabel } from '../../src/ui/labels.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe.each(LANGS)('glossary of categories (%s)', (lang) => {
  it('lists every category of every scheme with its ATT category by name, the match and the note, and the HS 93 headings', async () => {
    // The page lists the schemes in the schema's order (ATT, ML, UK, …), each in its own order.
    const native = (await nativeRows(`SELECT scheme, code, att_category, att_match, crosswalk_note FROM categories ORDER BY scheme, sort_order, code`)).sort(
      (a, b) => CATEGORY_SCHEMES.indexOf(a.scheme as never) - CATEGORY_SCHEMES.indexOf(b.scheme as never),
    );
    const s = await openCleanPage(browser, baseUrl, `/${lang}/glossary`);
    await expectShell(s.page, lang, '/glossary');
    const rows = await s.page.locator('section:not([aria-labelledby="hs-heading"]) table.glossary-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.querySelector('th')?.textContent?.trim(),
        att: tr.children[2]?.textContent?.trim(),
        href: tr.children[2]?.querySelector('a')?.getAttribute('href') ?? null,
        match: tr.children[3]?.getAttribute('data-match'),
        note: tr.children[4]?.textContent?.trim(),
      })),
    );
    expect(rows.length).toBe(native.length);
    for (const [i, r] of native.entries()) {
      expect(rows[i]!.code).toBe(r.code);
      expect(rows[i]!.att).toBe(attCategoryLabel(lang, r.att_category as string | null));
      expect(rows[i]!.href).toBe(r.att_category ? `#ATT-${r.att_category}` : null);
      expect(rows[i]!.match).toBe(r.att_match);
      expect(rows[i]!.note).toBe(r.crosswalk_note ?? '');
    }
    // The ATT rows the links point at exist.
    expect(await s.page.locator('#ATT-IV').count()).toBe(1);
    const hs = s.page.locator('section[aria-labelledby="hs-heading"] tbody tr');
    expect(await hs.locator('th').allInnerTexts()).toEqual(HS_CHAPTER_93.map((h) => h.heading));
    expect(await hs.nth(1).locator('td').first().innerText()).toBe(HS_CHAPTER_93[1]!.description[lang]);
    expect(await s.page.locator('section[aria-labelledby="hs-heading"] a[href^="https://cbsa-asfc.gc.ca/"]').count()).toBe(1);
    expect(await s.page.locator('h1').innerText()).toBe(glossary.title[lang]);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('Explore names the ATT categories and links to the glossary', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore`);
    await waitForRuns(s.page, '.explore-result', 1);
    const labels = await s.page.locator('.explore-filters .checklist').last().locator('.checklist-option span').allInnerTexts();
    expect(labels).toContain(attCategoryLabel(lang, 'IV'));
    expect(attCategoryLabel(lang, 'IV')).toMatch(/^IV — \S/);
    expect(await s.page.locator(`.explore-filters a[href="/${lang}/glossary"]`).count()).toBe(1);
    await s.close();
  });
});
