/**
 * The charts of the home page as specs (drawn by `lineFrame`): value of exports per year and basis
 * for each source and currency, and reporting States per year. The home page and the embed pages
 * both build them from here, so an embed shows exactly the chart of the page.
 */
import { translator, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import { home } from '../i18n/strings/home.ts';
import { provenanceQuery, reportsProvenanceQuery } from '../queries/provenance.ts';
import { defaultState } from '../queries/exploreState.ts';
import type { Basis } from '../schema/index.ts';
import type { LineSpec } from '../specs/chartModel.ts';
import { allSourceTitles, sourceTitle } from './coverage.ts';
import { embedHref } from '../links/embed.ts';
import { exploreHref } from '../links/explore.ts';
import { basisLabel, currencyUnit, instrumentLabel } from '../ui/labels.ts';
import type { Manifest } from '../schema/manifest.ts';
import { sqlConsoleHref } from '../links/sqlConsole.ts';
import { moneyGroups, reportingByYear, valueByYear } from './trends.ts';
import { coverageMarks, drawnSourceGaps, type CoverageMarks } from '../specs/coverageMarks.ts';
import type { SourceYears } from '../queries/yearCoverage.ts';
import { buildYearCoverage, instrumentReportYears } from './yearCoverage.ts';

const BASES = ['authorized', 'actual', 'refused'];

export async function homeCharts(lang: Lang, manifest: Manifest): Promise<LineSpec[]> {
  const s = translator(lang, home);
  const c = translator(lang, common);
  const groups = moneyGroups(await valueByYear('basis'));
  const reporting = await reportingByYear();
  const coverage = await buildYearCoverage();
  const title = (id: string) => sourceTitle(manifest, id, lang);
  const specs: LineSpec[] = groups.map((g, i) => {
    const id = `home-value-${i + 1}`;
    const present = BASES.filter((b) => g.bases.includes(b));
    return {
      id,
      title: s('chartValueTitle', { currency: g.currency }),
      unit: currencyUnit(lang, g.currency),
      yLabel: g.currency,
      source: sourceTitle(manifest, g.sourceId, lang),
      series: present.map((b) => basisLabel(lang, b)),
      points: g.rows.map((r) => ({ year: r.year, series: basisLabel(lang, r.basis), value: r.value })),
      exploreHref: exploreHref(lang, { source: g.sourceId, currency: g.currency, year_from: g.yearMin, year_to: g.yearMax, group: 'year,basis', measure: 'value' }),
      embedHref: embedHref(lang, 'home', id),
      // Years inside the span the source skips, and a first or last year it covers only in part (UK SIEL 2015).
      coverage: coverageMarks(lang, drawnSourceGaps(coverage, [{ source: g.sourceId, direction: 'export' }], [g.yearMin, g.yearMax]), title),
      sourcesHref: sqlConsoleHref(lang, provenanceQuery({ ...defaultState(), source: [g.sourceId], direction: 'export', currency: g.currency, basis: present as Basis[], yearFrom: g.yearMin, yearTo: g.yearMax })),
    };
  });
  const instruments = [...new Set(reporting.map((r) => r.instrument))];
  if (reporting.length)
    specs.push({
      id: 'home-reporting',
      title: s('chartReportingTitle'),
      unit: c('unitStates'),
      integer: true,
      source: allSourceTitles(manifest, lang),
      series: instruments.map((i) => instrumentLabel(lang, i)),
      points: reporting.map((r) => ({ year: r.year, series: instrumentLabel(lang, r.instrument), value: r.states })),
      embedHref: embedHref(lang, 'home', 'home-reporting'),
      coverage: reportingCoverage(lang, manifest, coverage, instruments, reporting),
      sourcesHref: sqlConsoleHref(lang, reportsProvenanceQuery()),
    });
  return specs;
}

/**
 * Coverage marks of "reporting States per year": an instrument's years after its first one with no
 * report in the data (the UN Register's index ends in 2022) are not covered, never zero States.
 */
export function reportingCoverage(lang: Lang, manifest: Manifest, coverage: readonly SourceYears[], instruments: readonly string[], rows: readonly { year: number }[]): CoverageMarks | null {
  if (!rows.length) return null;
  const years = rows.map((r) => r.year);
  const named = instruments.map((i) => instrumentReportYears(coverage, manifest, i, instrumentLabel(lang, i)));
  return coverageMarks(
    lang,
    drawnSourceGaps(
      named,
      named.map((n) => ({ source: n.source, reports: true })),
      [Math.min(...years), Math.max(...years)],
      { leading: false },
    ),
    (name) => name,
  );
}
