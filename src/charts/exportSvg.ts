/**
 * A chart as a file that stands on its own: the chart's SVG with its title above, the legend (the
 * page draws it in HTML, a file must carry it) and the unit, source, "data as of" date and link
 * below. A pure function of strings, used by the Share panels in the browser and by tests.
 */
import { FONT_FAMILY, textWidth } from './frame.ts';

export interface ExportMeta {
  title: string;
  legend: readonly { label: string; color: string }[];
  /** Lines under the chart: unit, source, date, URL. */
  footer: readonly string[];
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const TITLE = 16;
const SMALL = 11;
const LEGEND_ROW = 18;

export function escapeXml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The chart's drawing size from its viewBox (Plot always writes one), else its width/height. */
export function svgSize(markup: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(markup.trim())?.[0];
  if (!open) throw new Error('exportSvg: not an <svg> element');
  const vb = /\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  const w = /\bwidth="([\d.]+)"/.exec(open);
  const h = /\bheight="([\d.]+)"/.exec(open);
  if (!w || !h) throw new Error('exportSvg: the <svg> has neither viewBox nor width and height');
  return { width: Number(w[1]), height: Number(h[1]) };
}

/** Splits text into lines of at most `width` px (estimated), on spaces. */
function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `chart` is the chart's SVG markup as XML (in the browser: XMLSerializer output; at build time:
 * our chart functions' output). Returns a complete SVG document with its pixel size.
 */
export function standaloneSvg(chart: string, meta: ExportMeta): ExportedSvg {
  const { width: cw, height: ch } = svgSize(chart);
  const width = Math.round(cw + 2 * PAD);
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  for (const line of wrap(meta.title, inner, TITLE)) {
    y += TITLE + 4;
    out.push(`<text x="${PAD}" y="${y}" font-size="${TITLE}" font-weight="bold">${escapeXml(line)}</text>`);
  }
  y += 8;
  // Legend: swatch and label, wrapping to a new row when the next item would not fit.
  let x = PAD;
  if (meta.legend.length > 1) {
    y += LEGEND_ROW - 6;
    for (const l of meta.legend) {
      const w = 16 + textWidth(l.label, SMALL) + 14;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += LEGEND_ROW;
      }
      out.push(`<rect x="${x}" y="${y - 10}" width="11" height="11" rx="2" fill="${escapeXml(l.color)}"/>`);
      out.push(`<text x="${x + 16}" y="${y}" font-size="${SMALL}">${escapeXml(l.label)}</text>`);
      x += w;
    }
    y += 10;
  }
  const chartTop = y;
  // The chart keeps its own coordinates; placed as a nested <svg> at (PAD, chartTop).
  const nested = chart
    .trim()
    .replace(/^<svg\b/, `<svg x="${PAD}" y="${chartTop}"`)
    .replace(/^(<svg\b[^>]*?)\s(?:width|height)="[^"]*"/, '$1')
    .replace(/^(<svg\b[^>]*?)\s(?:width|height)="[^"]*"/, '$1');
  out.push(nested.replace(/^<svg\b/, `<svg width="${cw}" height="${ch}"`));
  y = chartTop + ch + 8;
  for (const text of meta.footer) {
    for (const line of wrap(text, inner, SMALL)) {
      y += SMALL + 4;
      out.push(`<text x="${PAD}" y="${y}" font-size="${SMALL}" fill="#4f5863">${escapeXml(line)}</text>`);
    }
  }
  const height = Math.round(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" font-size="12" color="#1b1f24" fill="#1b1f24">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg, width, height };
}
