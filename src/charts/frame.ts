/**
 * Shared options of every chart: the same type size, font and margins, so charts on one page
 * look like one family, and the accessibility attributes Plot leaves to us.
 */
import type { Lang } from '../i18n/index.ts';

export interface ChartOptions {
  /** Width in CSS pixels of the SVG's coordinate system (the SVG scales down on narrow screens). */
  width: number;
  height?: number;
  lang: Lang;
  /** Short description read by screen readers (the chart's title and unit). */
  ariaLabel: string;
  /** Longer text alternative (what the chart shows, in words). */
  ariaDescription?: string;
  /** Where to create elements: `window.document` in the browser, `svgDocument()` at build time. */
  document: Document;
}

export const FONT_SIZE = 12;
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const baseStyle = {
  fontSize: `${FONT_SIZE}px`,
  fontFamily: FONT_FAMILY,
  background: 'transparent',
  color: '#1b1f24',
  overflow: 'visible',
};

/** Plot's SVG element as markup, marked up as one image with a label, coordinates rounded. */
export function serialize(node: Element): string {
  if (node.tagName.toLowerCase() !== 'svg') throw new Error(`chart: expected an <svg>, got <${node.tagName}>`);
  node.setAttribute('role', 'img');
  // Plot labels its inner groups ("line", "y-axis tick"); inside role=img they are noise, and
  // aria-label on a <g> without a role is prohibited ARIA.
  for (const el of node.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label');
  // Plot repeats a <style> block and an inline style in every chart; the page's stylesheet has the
  // same rules once (global.css, .chart-svg svg), so a page of charts stays small.
  for (const el of node.querySelectorAll('style')) el.remove();
  node.removeAttribute('style');
  node.setAttribute('font-size', String(FONT_SIZE));
  compactMarks(node);
  // HTML serialization writes &nbsp; (Intl's French and Spanish spacing), which XML does not know.
  return roundCoordinates(node.outerHTML).replaceAll('&nbsp;', '&#160;');
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const NUM = String.raw`-?\d*\.?\d+(?:e-?\d+)?`;
const TRANSLATE = new RegExp(`^translate\\((${NUM}),\\s*(${NUM})\\)$`);
const TICK = new RegExp(`^M0,0L(${NUM}),(${NUM})$`);

/** The element children of `g` when every one is a `tag` carrying exactly the attributes `names`. */
function uniform(g: Element, tag: string, names: readonly string[]): Element[] | null {
  const kids = [...g.children];
  if (kids.length < 2 || g.childNodes.length !== kids.length) return null;
  const ok = kids.every((k) => k.localName === tag && k.children.length === 0 && k.attributes.length === names.length && names.every((n) => k.hasAttribute(n)));
  return ok ? kids : null;
}

/** A tick's stroke from its origin: horizontal and vertical ones in their short forms. */
function relative(dx: string, dy: string): string {
  return Number(dy) === 0 ? `h${dx}` : Number(dx) === 0 ? `v${dy}` : `l${dx},${dy}`;
}

function onePath(g: Element, d: string, attrs: Record<string, string> = {}): void {
  const path = g.ownerDocument.createElementNS(SVG_NS, 'path');
  for (const [k, v] of Object.entries(attrs)) path.setAttribute(k, v);
  path.setAttribute('d', d);
  g.replaceChildren(path);
}

/**
 * Writes the same drawing in fewer bytes (a page of charts carries every byte of it): Plot draws
 * each axis tick as its own translated path and each grid line as its own <line>; one path per
 * group draws exactly the same strokes. Dots that share a colour take it from a group around
 * them (in drawing order, so the keyboard readout still walks the marks as before). Marks with
 * a <title> (the readout's figures) keep their own element.
 */
export function compactMarks(svg: Element): void {
  for (const g of [...svg.querySelectorAll('g')]) {
    const ticks = uniform(g, 'path', ['transform', 'd']);
    if (ticks) {
      const parts = ticks.map((t) => [TRANSLATE.exec(t.getAttribute('transform')!), TICK.exec(t.getAttribute('d')!)] as const);
      if (parts.every(([at, d]) => at && d)) onePath(g, parts.map(([at, d]) => `M${at![1]},${at![2]}${relative(d![1]!, d![2]!)}`).join(''));
      continue;
    }
    const lines = uniform(g, 'line', ['x1', 'x2', 'y1', 'y2']);
    if (lines) {
      const a = (l: Element, n: string) => l.getAttribute(n)!;
      // fill="none": the group may not say it, and a path would otherwise be filled (a line never is).
      const to = (l: Element) => (a(l, 'y1') === a(l, 'y2') ? `H${a(l, 'x2')}` : a(l, 'x1') === a(l, 'x2') ? `V${a(l, 'y2')}` : `L${a(l, 'x2')},${a(l, 'y2')}`);
      onePath(g, lines.map((l) => `M${a(l, 'x1')},${a(l, 'y1')}${to(l)}`).join(''), g.hasAttribute('fill') ? {} : { fill: 'none' });
      continue;
    }
    const dots = [...g.children];
    if (g.hasAttribute('fill') || !dots.length || g.childNodes.length !== dots.length || !dots.every((d) => d.localName === 'circle' && d.hasAttribute('fill'))) continue;
    const runs: Element[][] = [];
    for (const d of dots) {
      const last = runs.at(-1);
      if (last && last[0]!.getAttribute('fill') === d.getAttribute('fill')) last.push(d);
      else runs.push([d]);
    }
    if (runs.length > 1 && runs.some((r) => r.length < 3)) continue;
    for (const run of runs) {
      const fill = run[0]!.getAttribute('fill')!;
      for (const d of run) d.removeAttribute('fill');
      if (runs.length === 1) {
        g.setAttribute('fill', fill);
        break;
      }
      const sub = g.ownerDocument.createElementNS(SVG_NS, 'g');
      sub.setAttribute('fill', fill);
      g.append(sub);
      sub.append(...run);
    }
  }
}

const GEOMETRY = /\b(x|y|x1|x2|y1|y2|cx|cy|r|d|transform|width|height|points)="([^"]*)"/g;

/**
 * Rounds numbers in geometry attributes to one decimal (a tenth of a pixel is invisible and
 * halves the markup). Text and aria attributes are left alone: they carry figures readers see.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(GEOMETRY, (_, name: string, value: string) => `${name}="${value.replace(/(\d+\.\d)\d+/g, '$1').replace(/(\d+)\.0\b/g, '$1')}"`);
}

/** Integer ticks for a span of years, about one per 55 px, always whole years. */
export function yearTicks(min: number, max: number, width: number): number[] {
  const span = max - min;
  const room = Math.max(2, Math.floor(width / 55));
  const step = Math.max(1, Math.ceil(span / room));
  const ticks: number[] = [];
  for (let y = min; y <= max; y += step) ticks.push(y);
  return ticks;
}

/** Rough width of a label in px at the chart font size (for margins; no text measuring in Node). */
export function textWidth(s: string, fontSize = FONT_SIZE): number {
  return Math.ceil(s.length * fontSize * 0.56);
}

/** Shortens a label to `max` characters with an ellipsis. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
