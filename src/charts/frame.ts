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
  // HTML serialization writes &nbsp; (Intl's French and Spanish spacing), which XML does not know.
  return roundCoordinates(node.outerHTML).replaceAll('&nbsp;', '&#160;');
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
