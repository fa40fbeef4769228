/**
 * The SQL console's "Chart this result" describes itself like Explore's charts (issue 12, items 7
 * and 11): the measure with the schema's description and unit, the years on x, the series, the
 * tables the query read and their sources' titles, in the reader's language; years a source of the
 * result does not cover are hatched, named under the chart and keyed in the legend, never drawn as zero.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartClarity } from '../../src/i18n/strings/chartClarity.ts';
import { clarity } from '../../src/i18n/strings/clarity.ts';
import { explore } from '../../src/i18n/strings/explore.ts';
import { sqlFragment } from '../../src/links/sqlFragment.ts';
import { transfers } from '../../src/schema/index.ts';
import { formatYearRanges } from '../../src/specs/series.ts';
import { DATA_DIR, nativeRows, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';
import { SOURCE_TEXT } from '../../src/i18n/sourceTitles.ts';

const { baseUrl, browser } = await e2eSession();
const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { sources: { id: string; title: string }[] };
const SQL = `SELECT year::INTEGER AS year, source_id, sum(licences)::BIGINT AS licences FROM transfers WHERE direction = 'export' AND licences IS NOT NULL GROUP BY ALL ORDER BY ALL`;

describe.each(LANGS)('SQL chart (%s)', (lang) => {
  it('states measure, unit, years, series, tables and sources, and hatches the years a source does not cover', async () => {
    const native = await nativeRows(SQL);
    const ids = [...new Set(native.map((r) => String(r.source_id)))];
    expect(ids.length, 'several sources with licences').toBeGreaterThan(1);
    const years = native.map((r) => Number(r.year));
    const [lo, hi] = [Math.min(...years), Math.max(...years)];
    // Years of the span a source of the result has no export fact for: not covered by it.
    const covered = await nativeRows(`SELECT DISTINCT source_id, year::INTEGER AS year FROM transfers WHERE direction = 'export'`);
    const gaps = ids.flatMap((id) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((y) => !covered.some((c) => c.source_id === id && Number(c.year) === y)));
    expect(gaps.length, 'sources of different spans').toBeGreaterThan(0);

    const s = await openCleanPage(browser, baseUrl, `/${lang}/sql${sqlFragment(SQL)}`);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const figure = s.page.locator('.sql-result figure.explore-chart').first();
    expect(await figure.locator('.chart-title').textContent()).toBe(clarity.sqlTitle[lang].replace('{measure}', 'licences').replace('{x}', 'year'));
    const meta = (await figure.locator('.chart-meta').textContent()) ?? '';
    expect(meta).toContain(clarity.sqlMeasure[lang].replace('{column}', 'licences').replace('{description}', transfers.columns.licences.description[lang].replace(/\.$/, '')));
    expect(meta).toContain(explore.chartUnit[lang].replace('{unit}', clarity.sqlUnitCount[lang]));
    expect(meta).toContain(`year ${formatYearRanges(years)}`);
    expect(meta).toContain(clarity.sqlSeries[lang].split('{columns}')[0]!.trim());
    expect(meta).toContain(clarity.sqlTables[lang].replace('{tables}', 'transfers'));
    // Each source by its title in the page's language.
    for (const id of ids) expect(meta).toContain(SOURCE_TEXT[id]?.title[lang] ?? manifest.sources.find((x) => x.id === id)!.title);

    const note = figure.locator('.chart-coverage');
    const marked = ((await note.getAttribute('data-not-covered')) ?? '').split(',').map(Number);
    for (const y of gaps) expect(marked).toContain(y);
    expect(await note.textContent()).toContain(chartClarity.notCoveredNote[lang].split('{sources}')[0]!.trim());
    expect((await figure.locator('.chart-legend .legend-not-covered').textContent())?.trim()).toBe(chartClarity.notCovered[lang]);
    await s.page.waitForSelector('.sql-result .chart-svg svg [fill^="url(#not-covered"]', { state: 'attached' });
    await s.close();
  });
});
