/**
 * From figures per State to what a choropleth draws: colour classes for one unit (one currency, or
 * one count), a legend whose labels carry the unit, and the fill of each State. A State with a figure
 * of zero has its own colour; a State without a figure is "no data", never zero. Pure: no DOM.
 */

export interface MapDatum {
  iso3: string;
  /** The figure, or null when the State is in the result without one (shown as no data). */
  value: number | null;
}

export interface MapClass {
  color: string;
  /** Lowest and highest figure of the class (inclusive bounds as drawn in the legend). */
  min: number;
  max: number;
  label: string;
}

export interface MapFill {
  iso3: string;
  value: number | null;
  color: string;
}

export interface MapModel {
  /** Classes of positive figures, lightest first. */
  classes: MapClass[];
  zero: { color: string; label: string } | null;
  noData: { color: string; label: string };
  /** Every State of the input, largest figure first, no data last. */
  fills: MapFill[];
  unit: string;
}

/** Sequential blues, light to dark; the darkest keeps 3:1 against white, the lightest is still apart from the no-data grey. */
export const CLASS_COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const ZERO_COLOR = '#fbe3b8';
export const NO_DATA_COLOR = '#e3e5e8';
export const MAX_CLASSES = CLASS_COLORS.length;

export interface MapModelOptions {
  unit: string;
  /** A figure as the legend shows it, e.g. "1,234" or "€1.2M". */
  format: (v: number) => string;
  zeroLabel: string;
  noDataLabel: string;
}

/** Rounds a class break to two significant digits, so the legend reads 1,200 rather than 1,187.5. */
export function niceBreak(v: number): number {
  if (v <= 0) return v;
  const p = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
}

/** Class breaks: quantiles of the positive figures (equal numbers of States per class), rounded, without repeats. */
export function classBreaks(values: readonly number[], classes = MAX_CLASSES): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const b = niceBreak(sorted[Math.floor((i * sorted.length) / classes)]!);
    if (b > sorted[0]! && b <= sorted[sorted.length - 1]! && !breaks.includes(b)) breaks.push(b);
  }
  return breaks.sort((a, b) => a - b);
}

export function mapModel(data: readonly MapDatum[], opts: MapModelOptions): MapModel {
  const positive = data.map((d) => d.value).filter((v): v is number => v !== null && v > 0);
  const breaks = classBreaks(positive);
  // Class i holds figures in [breaks[i-1], breaks[i]); its legend shows the figures it actually holds.
  const classOf = (v: number) => breaks.filter((b) => v >= b).length;
  const members: number[][] = Array.from({ length: breaks.length + 1 }, () => []);
  for (const v of positive) members[classOf(v)]!.push(v);
  // Darker colours for fewer classes spread over the whole ramp, so two classes are not two pale blues.
  const ramp = (i: number, n: number) => CLASS_COLORS[n === 1 ? CLASS_COLORS.length - 2 : Math.round((i * (CLASS_COLORS.length - 1)) / (n - 1))]!;
  const used = members.filter((m) => m.length > 0);
  const colorByClass = new Map<number, string>();
  const classes: MapClass[] = [];
  members.forEach((m, i) => {
    if (!m.length) return;
    const color = ramp(classes.length, used.length);
    colorByClass.set(i, color);
    const min = Math.min(...m);
    const max = Math.max(...m);
    classes.push({ color, min, max, label: min === max ? opts.format(min) : `${opts.format(min)} – ${opts.format(max)}` });
  });
  const hasZero = data.some((d) => d.value === 0);
  const fills = data
    .map((d): MapFill => ({ iso3: d.iso3, value: d.value, color: d.value === null || d.value < 0 ? NO_DATA_COLOR : d.value === 0 ? ZERO_COLOR : colorByClass.get(classOf(d.value))! }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.iso3.localeCompare(b.iso3));
  return {
    classes,
    zero: hasZero ? { color: ZERO_COLOR, label: opts.zeroLabel } : null,
    noData: { color: NO_DATA_COLOR, label: opts.noDataLabel },
    fills,
    unit: opts.unit,
  };
}

/** The legend as rows (classes, then zero, then no data), for the page's legend and for downloaded files. */
export function mapLegend(m: MapModel): { label: string; color: string }[] {
  return [...m.classes.map((c) => ({ label: c.label, color: c.color })), ...(m.zero ? [m.zero] : []), m.noData];
}
