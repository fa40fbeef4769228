/**
 * The charts of the Trends page as specs: one section per source, currency and basis (values by
 * ATT category, category, reporter, partner and region), then reporting States per year. The
 * page and the embed pages both build them from here.
 */
import { glossaryHref } from '../links/glossary.ts';
import { formatList, translator, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import { trends } from '../i18n/strings/trends.ts';
import { defaultState } from '../queries/exploreState.ts';
import { provenanceQuery, reportsProvenanceQuery } from '../queries/provenance.ts';
import type { Basis } from '../schema/index.ts';
import type { LineSpec } from '../specs/chartModel.ts';
import { allSourceTitles, sourceTitle } from './coverage.ts';
import { embedHref } from '../links/embed.ts';
import { exploreHref, type ExploreParams } from '../links/explore.ts';
import { attCategoryLabel, basisLabel, currencyUnit, instrumentLabel, regionLabel } from '../ui/labels.ts';
import type { Manifest } from '../schema/manifest.ts';
import { categoryLabel, reference, stateName } from './reference.ts';
import { topKeys, topSeries } from '../specs/series.ts';
import { sqlConsoleHref } from '../links/sqlConsole.ts';
import { moneyGroups, reportingByYear, valueByYear } from './trends.ts';
import type { TrendDim, TrendRow } from '../queries/trends.ts';
import type { MapSpec } from '../specs/mapFrame.ts';
import { map as mapStrings } from '../i18n/strings/map.ts';
import { coverageMarks, drawnSourceGaps } from '../specs/coverageMarks.ts';
import { buildYearCoverage } from './yearCoverage.ts';
import { reportingCoverage } from './homeCharts.ts';

const TOP = 6;
const DIMS: TrendDim[] = ['att_category', 'category', 'reporter', 'partner', 'region'];

export interface TrendSection {
  id: string;
  heading: string;
  intro: string;
  charts: LineSpec[];
  /** Destinations in the section's year with most facts on a world map (the first section only: a map weighs ~80 KB). */
  map?: MapSpec;
}

export interface TrendCharts {
  sections: TrendSection[];
  reporting?: LineSpec;
}

/** The figures of every language's Trends page, queried once (pages and embeds call `trendCharts` per language). */
export interface TrendData {
  groups: ReturnType<typeof moneyGroups>;
  byDim: Map<TrendDim, TrendRow[]>;
  reporting: Awaited<ReturnType<typeof reportingByYear>>;
}

export async function trendData(): Promise<TrendData> {
  const byDim = new Map<TrendDim, TrendRow[]>();
  for (const d of DIMS) byDim.set(d, await valueByYear(d));
  return { groups: moneyGroups(await valueByYear('basis')), byDim, reporting: await reportingByYear() };
}

export async function trendCharts(lang: Lang, manifest: Manifest, data: TrendData): Promise<TrendCharts> {
  const s = translator(lang, trends);
  const c = translator(lang, common);
  const ref = await reference();
  const yearCoverage = await buildYearCoverage();
  const sections = data.groups.map((g, gi): TrendSection => {
    const basis = basisLabel(lang, g.basis);
    const source = sourceTitle(manifest, g.sourceId, lang);
    const rowsOf = (d: TrendDim) => data.byDim.get(d)!.filter((r) => r.source_id === g.sourceId && r.currency === g.currency && r.basis === g.basis);
    const explore = (p: ExploreParams) => exploreHref(lang, { source: g.sourceId, currency: g.currency, basis: g.basis, year_from: g.yearMin, year_to: g.yearMax, measure: 'value', ...p });
    // Every chart of a section draws the same facts, split differently: one listing of rows serves them all.
    const sourcesHref = sqlConsoleHref(lang, provenanceQuery({ ...defaultState(), source: [g.sourceId], direction: 'export', currency: g.currency, basis: [g.basis as Basis], yearFrom: g.yearMin, yearTo: g.yearMax }));
    const chart = (d: TrendDim, title: (shown: number) => string, label: (k: string | null) => string, n: number, group: string, note?: string, href?: (k: string) => string): LineSpec | undefined => {
      const rows = rowsOf(d);
      const keys = new Set(rows.map((r) => r.key));
      if (keys.size < 1 || (d === 'reporter' && keys.size < 2)) return undefined; // one reporter: the basis chart says it all
      const { series, points } = topSeries(rows, n, label);
      const id = `g${gi + 1}-${d}`;
      // Category series link to their glossary entries from the legend.
      const seriesHref = href ? Object.fromEntries(topKeys(rows, n).flatMap((k) => (k ? [[label(k), href(k)]] : []))) : undefined;
      return {
        id,
        title: title(Math.min(n, keys.size)),
        unit: currencyUnit(lang, g.currency),
        yLabel: g.currency,
        source,
        series,
        points,
        note: note ?? (keys.size > n ? s('topNote') : undefined),
        exploreHref: explore({ group }),
        embedHref: embedHref(lang, 'trends', id),
        sourcesHref,
        seriesHref,
        coverage: coverageMarks(lang, drawnSourceGaps(yearCoverage, [{ source: g.sourceId, direction: 'export' }], [g.yearMin, g.yearMax]), (id) => sourceTitle(manifest, id, lang)),
      };
    };
    const charts = [
      chart(
        'att_category',
        () => s('byAtt', { basis }),
        (k) => attCategoryLabel(lang, k),
        9,
        'year,att_category',
        s('crosswalkNote'),
        (k) => glossaryHref(lang, 'ATT', k),
      ),
      chart(
        'category',
        (n) => s('byCategory', { n, basis }),
        (k) => (k ? categoryLabel(ref, lang, k.split(':')[0]!, k.slice(k.indexOf(':') + 1)) : '–'),
        TOP,
        'year,category',
        undefined,
        (k) => glossaryHref(lang, k.split(':')[0]!, k.slice(k.indexOf(':') + 1)),
      ),
      chart(
        'reporter',
        (n) => s('byReporter', { n, basis }),
        (k) => stateName(ref, lang, k) ?? c('notStated'),
        TOP,
        'year,reporter',
      ),
      chart(
        'partner',
        (n) => s('byPartner', { n, basis }),
        (k) => stateName(ref, lang, k) ?? c('notStated'),
        TOP,
        'year,partner',
      ),
      chart(
        'region',
        () => s('byRegion', { basis }),
        (k) => regionLabel(lang, k),
        8,
        'year,partner_region',
      ),
    ].filter((x): x is LineSpec => x !== undefined);
    // The year with most facts, not the last one: a source's last year is often a part year (SIEL ends in March 2015).
    const factsByYear = new Map<number, number>();
    for (const r of rowsOf('partner')) factsByYear.set(r.year, (factsByYear.get(r.year) ?? 0) + r.facts);
    const mapYear = [...factsByYear].reduce((best, y) => (y[1] > best[1] || (y[1] === best[1] && y[0] > best[0]) ? y : best), [g.yearMax, -1])[0];
    const partners = rowsOf('partner').filter((r) => r.year === mapYear);
    const map: MapSpec | undefined =
      gi === 0 && partners.some((r) => r.key)
        ? {
            id: `g${gi + 1}-map`,
            title: translator(lang, mapStrings)('trendsMapTitle', { year: String(mapYear), basis }),
            unit: currencyUnit(lang, g.currency),
            source,
            stateHeader: c('colPartner'),
            data: partners.filter((r) => r.key).map((r) => ({ iso3: r.key!, value: r.value })),
            stateName: (k) => stateName(ref, lang, k) ?? k,
            exploreHref: explore({ group: 'partner', year_from: mapYear, year_to: mapYear, view: 'map' }),
            sourcesHref,
          }
        : undefined;
    return {
      id: `source-${gi + 1}`,
      map,
      heading: s('groupHeading', { source, currency: g.currency }),
      intro: s('groupIntro', {
        years: `${g.yearMin}–${g.yearMax}`,
        basis,
        bases: formatList(
          lang,
          g.bases.map((b) => basisLabel(lang, b)),
        ),
      }),
      charts,
    };
  });
  const instruments = [...new Set(data.reporting.map((r) => r.instrument))];
  const reporting: LineSpec | undefined = data.reporting.length
    ? {
        id: 'reporting',
        title: s('reportingTitle'),
        unit: c('unitStates'),
        integer: true,
        source: allSourceTitles(manifest, lang),
        series: instruments.map((i) => instrumentLabel(lang, i)),
        points: data.reporting.map((r) => ({ year: r.year, series: instrumentLabel(lang, r.instrument), value: r.states })),
        exploreHref: exploreHref(lang, { group: 'year,instrument', measure: 'reports' }),
        embedHref: embedHref(lang, 'trends', 'reporting'),
        coverage: reportingCoverage(lang, manifest, yearCoverage, instruments, data.reporting),
        sourcesHref: sqlConsoleHref(lang, reportsProvenanceQuery()),
      }
    : undefined;
  return { sections, reporting };
}
