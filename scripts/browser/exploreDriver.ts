/**
 * Drives the Explore page as a reader would, for the benchmarks (scripts/benchSite.ts,
 * scripts/benchScale.ts): waits for a result, sets the controls to a state, and reads the time of
 * the query that state ran (the `att:query` User Timing measure of src/db/run.ts).
 */
import type { Page } from 'playwright-core';
import { serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';

/** Waits until the result has run at least `runs` queries and none is pending; throws with the page's error otherwise. */
export async function waitForResult(page: Page, timeout = 120_000, runs = 1): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('.explore-result');
      return el !== null && Number(el.getAttribute('data-runs')) >= n && el.getAttribute('data-result-state') !== 'pending';
    },
    runs,
    { timeout },
  );
  const state = await page.getAttribute('.explore-result', 'data-result-state');
  if (state !== 'done')
    throw new Error(
      `Explore query failed: ${await page
        .locator('.error-box')
        .innerText()
        .catch(() => state)}`,
    );
}

/** Sets the Explore controls to `state` the way a reader would (reset, then measure, groups, filters). */
export async function applyState(page: Page, state: ExploreState): Promise<void> {
  await page.getByRole('button', { name: 'Reset all' }).click();
  await page.getByRole('combobox', { name: /^Measure/ }).selectOption(state.measure);
  for (const [i, g] of state.group.entries()) await page.getByRole('combobox', { name: new RegExp(`^Group by \\(${i + 1}\\)`) }).selectOption(g);
  if (state.group.length === 0) await page.getByRole('combobox', { name: /^Group by \(1\)/ }).selectOption('');
  for (const b of state.basis)
    await page
      .getByRole('group', { name: /^Basis/ })
      .locator(`input[value="${b}"]`)
      .check();
  for (const [legend, values] of [
    [/^Reporting States/, state.reporter],
    [/^Partner States/, state.partner],
  ] as const)
    for (const v of values) {
      const group = page.getByRole('group', { name: legend });
      // A long list is folded behind its search box: search for the code, tick it, clear the search.
      const search = group.locator('input[type="search"]');
      const long = (await search.count()) > 0;
      if (long) await search.fill(v);
      await group.locator(`input[type="checkbox"][value="${v}"]`).check();
      if (long) await search.fill('');
    }
  if (state.yearFrom !== null) await page.getByLabel('From year').selectOption(String(state.yearFrom));
  if (state.yearTo !== null) await page.getByLabel('To year').selectOption(String(state.yearTo));
}

/** Waits until the URL shows `state` and the island has finished the query for it; returns that query's time. */
export async function settledQueryMs(page: Page, state: ExploreState): Promise<number> {
  const search = `?${serializeExploreState(state)}`;
  await page.waitForFunction((s) => window.location.search === s, search, { timeout: 30_000 });
  // Past the island's debounce, then until no query is pending.
  await page.waitForTimeout(250);
  await waitForResult(page);
  return page.evaluate(() => {
    const all = performance.getEntriesByName('att:query');
    return all[all.length - 1]?.duration ?? Number.NaN;
  });
}
