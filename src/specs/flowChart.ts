/**
 * The chart of one stream of facts on a country profile (one line per basis, by year) as a spec.
 * FlowSection and the embed pages both build it from here; its id is `{role}-{n}-chart`, n
 * counting the State's flows on that side in profile order.
 */
import { t, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import { countries } from '../i18n/strings/countries.ts';
import { parseExploreQuery } from '../queries/exploreState.ts';
import { provenanceQuery } from '../queries/provenance.ts';
import type { LineSpec } from './chartModel.ts';
import { flowMeasure, measureOf, type Flow, type FlowMeasure } from './flow.ts';
import { embedHref } from '../links/embed.ts';
import { exploreHref, type ExploreParams } from '../links/explore.ts';
import { basisLabel, currencyUnit } from '../ui/labels.ts';
import { sqlConsoleHref } from '../links/sqlConsole.ts';

/** The Explore filters of a flow: the State is the reporter when it reported the facts itself, the partner otherwise. */
export function flowExploreParams(iso3: string, flow: Flow, group: string): ExploreParams {
  const selfReported = (flow.role === 'exporter') === (flow.direction === 'export');
  return {
    source: flow.sourceId,
    ...(selfReported ? { reporter: iso3 } : { partner: iso3 }),
    direction: flow.direction,
    currency: flow.currency ?? undefined,
    year_from: flow.yearMin,
    year_to: flow.yearMax,
    group,
    measure: flowMeasure(flow),
  };
}

export function flowUnit(lang: Lang, flow: Flow, measure: FlowMeasure = flowMeasure(flow)): string {
  const c = (k: keyof typeof common) => t(lang, common, k);
  return measure === 'value' ? currencyUnit(lang, flow.currency!) : measure === 'items' ? c('unitItems') : measure === 'licences' ? c('unitLicences') : c('unitCount');
}

export function flowTitle(lang: Lang, flow: Flow, name: string): string {
  return t(lang, countries, `flow_${flow.role}_${flow.direction}`, { name });
}

/** The flow's chart, or undefined when no basis has a figure to draw. */
export function flowChartSpec(lang: Lang, o: { id: string; iso3: string; name: string; flow: Flow; sourceTitle: string }): LineSpec | undefined {
  const { flow } = o;
  const measure = flowMeasure(flow);
  const unit = flowUnit(lang, flow, measure);
  const points = flow.yearly.map((y) => ({ year: y.year!, series: basisLabel(lang, y.basis), value: measureOf(y, measure) })).filter((p): p is { year: number; series: string; value: number } => p.value !== null);
  if (!points.length) return undefined;
  // Bases with a figure to draw (refusals, for one, often come without a value).
  const series = flow.bases.map((b) => basisLabel(lang, b)).filter((b) => points.some((p) => p.series === b));
  const explore = exploreHref(lang, flowExploreParams(o.iso3, flow, 'year,basis'));
  const state = parseExploreQuery(explore.slice(explore.indexOf('?') + 1)).state;
  return {
    id: `${o.id}-chart`,
    title: t(lang, countries, 'chartByYear', { flow: flowTitle(lang, flow, o.name) }),
    unit,
    yLabel: flow.currency ?? unit,
    source: o.sourceTitle,
    series,
    points,
    integer: measure !== 'value',
    exploreHref: explore,
    embedHref: embedHref(lang, `countries/${o.iso3}`, `${o.id}-chart`),
    sourcesHref: sqlConsoleHref(lang, provenanceQuery(state)),
  };
}
