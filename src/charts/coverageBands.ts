/**
 * Years a chart's sources do not (fully) cover, drawn as hatched bands with a "not covered" label,
 * so an empty year reads as "no data", never as zero. The hatch is an SVG pattern added to the
 * drawing's own <defs> (no inline style; the pattern id is unique per drawing).
 */
import * as Plot from '@observablehq/plot';

export interface CoverageBands {
  /** Years drawn hatched (not covered, or covered only in part, by a source of the chart). */
  years: readonly number[];
  /** Text at the top of each band wide enough to hold it (e.g. "not covered"). */
  label: string;
}

let serial = 0;

/** Contiguous runs of years: [2014, 2015, 2017] → [[2014, 2015], [2017, 2017]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else out.push([y, y]);
  }
  return out;
}

/** Marks for a linear year scale over [min, max]: one hatched rect per run, clipped to the span. */
export function yearBandMarks(bands: CoverageBands | undefined, span: [number, number], pxPerYear: number, patternId: string): Plot.Markish[] {
  if (!bands?.years.length) return [];
  const runs = yearRuns(bands.years.filter((y) => y >= span[0] && y <= span[1])).map(([a, b]) => ({ x1: Math.max(span[0], a - 0.5), x2: Math.min(span[1], b + 0.5) }));
  const labelled = runs.filter((r) => (r.x2 - r.x1) * pxPerYear >= bands.label.length * 6.5 + 6);
  return [
    Plot.rect(runs, { x1: 'x1', x2: 'x2', fill: `url(#${patternId})`, className: 'not-covered' }),
    Plot.text(labelled, { x: (r: { x1: number; x2: number }) => (r.x1 + r.x2) / 2, frameAnchor: 'top', dy: 4, text: () => bands.label, fill: '#4b535c', stroke: 'white', strokeWidth: 3, className: 'not-covered-label' }),
  ];
}

/** Marks for a band (categorical) year scale: one hatched bar per year, from zero to `top` (the largest figure drawn). */
export function yearCellMarks(bands: CoverageBands | undefined, channel: 'x' | 'fx', top: number, patternId: string): Plot.Markish[] {
  if (!bands?.years.length) return [];
  return [Plot.barY(bands.years, { [channel]: (y: number) => y, y1: 0, y2: () => top, fill: `url(#${patternId})`, className: 'not-covered' })];
}

export function newPatternId(): string {
  serial += 1;
  return `not-covered-${serial}`;
}

/** Adds the hatch pattern to a drawing (each <svg> of it) when it has bands. */
export function addHatch(node: Element, patternId: string): void {
  const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
  for (const svg of svgs) {
    if (!svg.querySelector(`[fill="url(#${patternId})"]`)) continue;
    const doc = svg.ownerDocument;
    const ns = 'http://www.w3.org/2000/svg';
    const defs = doc.createElementNS(ns, 'defs');
    const pattern = doc.createElementNS(ns, 'pattern');
    pattern.setAttribute('id', patternId);
    pattern.setAttribute('width', '6');
    pattern.setAttribute('height', '6');
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const bg = doc.createElementNS(ns, 'rect');
    bg.setAttribute('width', '6');
    bg.setAttribute('height', '6');
    bg.setAttribute('fill', '#f4f6f8');
    const line = doc.createElementNS(ns, 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('y1', '0');
    line.setAttribute('x2', '0');
    line.setAttribute('y2', '6');
    line.setAttribute('stroke', '#b9c0c8');
    line.setAttribute('stroke-width', '2');
    pattern.append(bg, line);
    defs.append(pattern);
    svg.prepend(defs);
  }
}
