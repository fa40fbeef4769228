/**
 * Social card of a country profile (language-neutral, one per State: see src/formats/socialCard.ts):
 * the State's names in EN/FR/ES, its ISO code and the value (or count) by year of its largest
 * stream of facts, drawn with the site's own line chart.
 */
import type { APIRoute } from 'astro';
import { lineChart } from '../../../charts/lineChart.ts';
import { svgDocument } from '../../../charts/svgDocument.ts';
import { formatDate, LANGS } from '../../../i18n/index.ts';
import { countryProfiles } from '../../../site-data/countryProfiles.ts';
import { flowMeasure, measureOf, type Flow } from '../../../specs/flow.ts';
import { readManifest } from '../../../site-data/manifest.ts';
import { ogSvg } from '../../../formats/socialCard.ts';
import { ogPng } from '../../../formats/socialCardPng.ts';
import { reference, stateNameOf } from '../../../site-data/reference.ts';
import type { StateRow } from '../../../schema/index.ts';

export async function getStaticPaths() {
  const { states } = await reference();
  return states.map((state) => ({ params: { iso3: state.iso3 }, props: { state } }));
}

/** The flow a card shows: the State's own exports first, then the flow with most facts. */
function mainFlow(flows: readonly Flow[]): Flow | undefined {
  const own = flows.filter((f) => f.role === 'exporter' && f.direction === 'export' && f.currency);
  return [...(own.length ? own : flows)].sort((a, b) => b.facts - a.facts)[0];
}

export const GET: APIRoute = async ({ props, site }) => {
  const state = (props as { state: StateRow }).state;
  const manifest = readManifest();
  const names = [...new Set(LANGS.map((l) => stateNameOf(state, l)))];
  const flow = mainFlow((await countryProfiles()).get(state.iso3)?.flows ?? []);
  let chart: string | undefined;
  let caption = '';
  if (flow) {
    const measure = flowMeasure(flow);
    const points = flow.yearly
      .filter((y) => y.basis === flow.basis)
      .map((y) => ({ year: y.year!, series: flow.basis, value: measureOf(y, measure) }))
      .filter((p): p is { year: number; series: string; value: number } => p.value !== null);
    if (points.length) {
      chart = lineChart(points, { width: 560, height: 170, lang: 'en', ariaLabel: state.iso3, yLabel: flow.currency ?? '', integer: measure !== 'value', document: svgDocument() });
      const years = flow.yearMin === flow.yearMax ? String(flow.yearMin) : `${flow.yearMin}–${flow.yearMax}`;
      // Which way the goods went, without words: "DEU →" exports by the State, "→ NGA" transfers to it.
      caption = [flow.role === 'exporter' ? `${state.iso3} →` : `→ ${state.iso3}`, flow.currency, years, manifest?.sources.find((s) => s.id === flow.sourceId)?.instrument.replace('_', ' ')].filter(Boolean).join(' · ');
    }
  }
  const svg = ogSvg({
    kicker: [state.iso3, state.iso2].join(' · '),
    heading: names[0]!,
    lines: [names.slice(1).join(' · '), caption].filter(Boolean),
    chart,
    footer: [site?.host, manifest ? formatDate('en', manifest.builtAt.slice(0, 10)) : ''].filter(Boolean).join(' · '),
  });
  return new Response(await ogPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
