/**
 * The choropleth drawing: the atlas's shapes filled by a map model (src/charts/mapModel.ts), States
 * without a shape as points. Built with DOM calls on the given document (`window.document` in the
 * browser, `svgDocument()` at build time), so a State's name is always a text node, never markup.
 * Each State with a figure is a link (keyboard-focusable; its title shows on hover) named with its
 * figure; the rest of the land is drawn once, uncoloured, as "no data".
 */
import type { Atlas } from './worldAtlas.ts';
import type { MapModel } from './mapModel.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface MapChartOptions {
  document: Document;
  /** Short description for screen readers (the map's title and unit). */
  ariaLabel: string;
  /** "France: 1,234 licences", the name and figure of a State as the reader sees them. */
  describe: (iso3: string, value: number | null) => string;
  /** Where a State's shape leads (e.g. its country profile); null: focusable without a link. */
  href: (iso3: string) => string | null;
  /**
   * `overlay`: only the States with a figure, plain shapes without labels, drawn over the shared base
   * map (/map/world.svg) in an <img>; the country profiles use it to stay within their byte budget.
   */
  overlay?: boolean;
}

export function mapChart(atlas: Atlas, model: MapModel, o: MapChartOptions): SVGSVGElement {
  const doc = o.document;
  const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] => {
    const node = doc.createElementNS(SVG, name) as SVGElementTagNameMap[K];
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const svg = el('svg', { viewBox: `0 0 ${atlas.width} ${atlas.height}`, width: atlas.width, height: atlas.height, class: 'map-svg', 'aria-label': o.ariaLabel });
  const fills = new Map(model.fills.filter((f) => f.value !== null).map((f) => [f.iso3, f]));
  // The land without a figure, in one path: one element instead of a hundred keeps the page small.
  const base = [...atlas.other, ...atlas.shapes.filter((s) => !fills.has(s.iso3)).map((s) => s.d)].join('');
  // Strokes are attributes (not CSS) so a downloaded file draws the same borders as the page.
  if (!o.overlay) svg.append(el('path', { d: base, fill: model.noData.color, stroke: '#ffffff', 'stroke-width': 0.5, class: 'map-nodata' }));
  const link = (iso3: string, child: SVGElement) => {
    if (o.overlay) return child;
    const href = o.href(iso3);
    const label = o.describe(iso3, fills.get(iso3)?.value ?? null);
    const a = href ? el('a', { href, 'aria-label': label, 'data-iso3': iso3, class: 'map-state' }) : el('g', { tabindex: 0, role: 'img', 'aria-label': label, 'data-iso3': iso3, class: 'map-state' });
    const title = el('title', {});
    title.textContent = label;
    a.append(title, child);
    return a;
  };
  const data = el('g', { class: 'map-data', stroke: '#ffffff', 'stroke-width': 0.5 });
  for (const s of atlas.shapes) {
    const f = fills.get(s.iso3);
    if (f) data.append(link(s.iso3, el('path', { d: s.d, fill: f.color })));
  }
  for (const p of atlas.points) {
    const f = fills.get(p.iso3);
    if (f) data.append(link(p.iso3, el('circle', { cx: p.x, cy: p.y, r: 4, fill: f.color, stroke: '#1b1f24', 'stroke-width': 0.75, class: 'map-point' })));
  }
  svg.append(data);
  return svg;
}

/** States of the model that the atlas cannot place (neither shape nor point): listed under the map. */
export function unplaced(atlas: Atlas, model: MapModel): string[] {
  const placed = new Set([...atlas.shapes.map((s) => s.iso3), ...atlas.points.map((p) => p.iso3)]);
  return model.fills.filter((f) => f.value !== null && !placed.has(f.iso3)).map((f) => f.iso3);
}
