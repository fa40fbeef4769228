/**
 * A map as everything a ChartFrame shows, at build time: the static SVG (world map with each State's
 * fill, a link and a label per State with a figure), the legend with its unit, the text alternative,
 * the table of every figure and the CSV. Pages pass the atlas (src/site-data/worldAtlas.ts).
 */
import { exactFormat } from '../charts/altText.ts';
import { mapChart, unplaced } from '../charts/mapChart.ts';
import { mapLegend, mapModel, type MapDatum, type MapModel } from '../charts/mapModel.ts';
import { svgDocument } from '../charts/svgDocument.ts';
import type { Atlas } from '../charts/worldAtlas.ts';
import { formatCompact, localePath, t, type Lang } from '../i18n/index.ts';
import { map as mapStrings } from '../i18n/strings/map.ts';
import type { FrameModel } from './chartModel.ts';

export interface MapSpec {
  id: string;
  title: string;
  unit: string;
  source: string;
  /** Header of the States column ("Partner", "Reporter"). */
  stateHeader: string;
  data: readonly MapDatum[];
  stateName: (iso3: string) => string;
  exploreHref?: string;
  embedHref?: string;
  sourcesHref?: string;
  note?: string;
}

/** The map's model for a page language: classes labelled in that language, "no data" and "zero" named. */
export function mapModelFor(lang: Lang, data: readonly MapDatum[], unit: string): MapModel {
  return mapModel(data, { unit, format: (v) => formatCompact(lang, v), zeroLabel: t(lang, mapStrings, 'zero'), noDataLabel: t(lang, mapStrings, 'noData') });
}

/** The map's SVG markup; HTML serialization writes &nbsp; (French spacing), which XML does not know. */
export function mapSvgMarkup(atlas: Atlas, model: MapModel, o: { lang: Lang; ariaLabel: string; stateName: (iso3: string) => string; links: boolean; overlay?: boolean }): string {
  const fmt = exactFormat(o.lang);
  const m = (k: keyof typeof mapStrings, v: Record<string, string>) => t(o.lang, mapStrings, k, v);
  const describe = (iso3: string, v: number | null) => (v === null ? m('stateNoData', { state: o.stateName(iso3) }) : m('stateValue', { state: o.stateName(iso3), value: `${fmt(v)} ${model.unit}` }));
  const svg = mapChart(atlas, model, { document: svgDocument(), ariaLabel: o.ariaLabel, describe, href: (iso3) => (o.links ? localePath(o.lang, `/countries/${iso3}`) : null), overlay: o.overlay });
  return svg.outerHTML.replaceAll('&nbsp;', '&#160;');
}

export function mapFrame(lang: Lang, atlas: Atlas, o: MapSpec): FrameModel {
  const fmt = exactFormat(lang);
  const m = (k: keyof typeof mapStrings, v?: Record<string, string | number>) => t(lang, mapStrings, k, v);
  const model = mapModelFor(lang, o.data, o.unit);
  const withFigures = model.fills.filter((f) => f.value !== null);
  const top = withFigures[0];
  const missing = unplaced(atlas, model);
  const notes = [o.note, missing.length ? m('unplaced', { states: missing.map(o.stateName).join(', ') }) : undefined].filter(Boolean);
  return {
    id: o.id,
    title: o.title,
    unit: o.unit,
    source: o.source,
    exploreHref: o.exploreHref,
    embedHref: o.embedHref,
    sourcesHref: o.sourcesHref,
    note: notes.join(' '),
    svg: mapSvgMarkup(atlas, model, { lang, ariaLabel: `${o.title} (${o.unit})`, stateName: o.stateName, links: true }),
    alt: m('alt', {
      measure: o.title,
      unit: o.unit,
      dimension: o.stateHeader,
      count: withFigures.length,
      top: top && top.value !== null ? `${o.stateName(top.iso3)} (${formatCompact(lang, top.value)})` : '–',
    }),
    legend: mapLegend(model),
    table: {
      columns: [{ label: o.stateHeader }, { label: o.unit, numeric: true }],
      rows: model.fills.map((f) => [o.stateName(f.iso3), f.value === null ? '–' : fmt(f.value)]),
    },
    csv: { file: `${o.id}.csv`, header: ['iso3', o.stateHeader, o.unit], rows: model.fills.map((f) => [f.iso3, o.stateName(f.iso3), f.value]) },
  };
}
