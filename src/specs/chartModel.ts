/**
 * Turns series into everything a ChartFrame shows: the static SVG (rendered now, at build time),
 * the text alternative, the legend, the table (formatted for the page language) and the CSV
 * (unformatted numbers). One function per chart type.
 */
import { barChart, type BarDatum } from '../charts/barChart.ts';
import { describeBars, describeLines, exactFormat } from '../charts/altText.ts';
import { lineChart, type YearPoint } from '../charts/lineChart.ts';
import { colorsFor } from '../charts/palette.ts';
import { svgDocument } from '../charts/svgDocument.ts';
import { t, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import type { CsvCell } from '../formats/csv.ts';
import { formatYearRanges, pivotByYear } from './series.ts';
import type { CoverageMarks } from './coverageMarks.ts';

/** Drawing widths: two charts side by side on desktop; the narrow one fills a 390 px phone at scale 1. */
export const CHART_WIDTH = 460;
export const CHART_WIDTH_NARROW = 340;

export interface FrameModel {
  id: string;
  title: string;
  unit: string;
  source: string;
  /** The years the chart has figures for ("2005–2013"), when years are on x. */
  years?: string;
  svg: string;
  /** Same chart drawn for phones (shown below 34rem instead of `svg`). */
  svgNarrow?: string;
  alt: string;
  /** `href`: where the series is explained (e.g. a category's glossary entry). */
  legend?: { label: string; color: string; href?: string }[];
  table: { columns: { label: string; numeric?: boolean }[]; rows: string[][] };
  csv: { file: string; header: string[]; rows: CsvCell[][] };
  exploreHref?: string;
  /** The chart's pre-built embed page (`/{lang}/embed/…`), when it has one (see embeds.ts). */
  embedHref?: string;
  /** The transfers rows behind the chart, with their source file and line, in the SQL console. */
  sourcesHref?: string;
  note?: string;
  /** Years a source of the chart does not cover (hatched in the drawing), the legend's label and the note naming them. */
  coverage?: { years: readonly number[]; label: string; note: string };
}

interface Common {
  id: string;
  title: string;
  unit: string;
  source: string;
  exploreHref?: string;
  embedHref?: string;
  sourcesHref?: string;
  note?: string;
  width?: number;
  /** Also draw the chart at phone width (doubles the SVG bytes; pages with a tight budget skip it). */
  narrow?: boolean;
  /** Width of the phone drawing (default CHART_WIDTH_NARROW). */
  narrowWidth?: number;
}

/** What every frame takes from its spec as given, and the chart drawn at page width and (unless told not to) phone width. */
function framed(o: Common, draw: (width: number) => string): Pick<FrameModel, 'id' | 'title' | 'unit' | 'source' | 'exploreHref' | 'embedHref' | 'sourcesHref' | 'note' | 'svg' | 'svgNarrow'> {
  return {
    id: o.id,
    title: o.title,
    unit: o.unit,
    source: o.source,
    exploreHref: o.exploreHref,
    embedHref: o.embedHref,
    sourcesHref: o.sourcesHref,
    note: o.note,
    svg: draw(o.width ?? CHART_WIDTH),
    svgNarrow: o.narrow === false ? undefined : draw(o.narrowWidth ?? CHART_WIDTH_NARROW),
  };
}

/** Everything a line chart is drawn from: pages and embed pages build the same spec, drawn at their own widths. */
export type LineSpec = Common & { series: readonly string[]; points: readonly YearPoint[]; yLabel?: string; integer?: boolean; seriesHref?: Record<string, string>; coverage?: CoverageMarks | null };

export function lineFrame(lang: Lang, o: LineSpec): FrameModel {
  const fmt = exactFormat(lang);
  const colors = colorsFor(o.series);
  const { years, cells } = pivotByYear(o.points, o.series);
  const draw = (width: number) =>
    lineChart(o.points, { width, lang, ariaLabel: `${o.title} (${o.unit})`, yLabel: o.yLabel ?? o.unit, series: o.series, integer: o.integer, coverage: o.coverage?.bands, document: svgDocument() });
  return {
    ...framed(o, draw),
    coverage: o.coverage ? { years: o.coverage.bands.years, label: o.coverage.bands.label, note: o.coverage.note } : undefined,
    years: years.length ? formatYearRanges(years) : undefined,
    alt: describeLines(lang, { title: o.title, unit: o.unit, series: o.series, points: o.points, format: fmt }),
    legend: o.series.map((s) => ({ label: s, color: colors.get(s)!, href: o.seriesHref?.[s] })),
    table: {
      columns: [{ label: t(lang, common, 'colYear') }, ...o.series.map((s) => ({ label: s, numeric: true }))],
      rows: years.map((y, i) => [String(y), ...cells[i]!.map((v) => (v === null ? '–' : fmt(v)))]),
    },
    csv: { file: `${o.id}.csv`, header: ['year', ...o.series], rows: years.map((y, i) => [y, ...cells[i]!]) },
  };
}

export interface BarRow extends BarDatum {
  /** Further figures shown in the table (e.g. number of licences), aligned with `extraHeaders`. */
  extra?: (number | null)[];
}

/** `format`: how values are printed in the bars, the table and the text alternative (e.g. barometer scores); whole numbers when absent. */
export function barFrame(lang: Lang, o: Common & { rows: readonly BarRow[]; labelHeader: string; valueHeader: string; extraHeaders?: string[]; format?: (v: number) => string }): FrameModel {
  const fmt = o.format ?? exactFormat(lang);
  const rows = [...o.rows].sort((a, b) => b.value - a.value);
  const extra = o.extraHeaders ?? [];
  const draw = (width: number) => barChart(rows, { width, lang, ariaLabel: `${o.title} (${o.unit})`, xLabel: o.unit, format: o.format, document: svgDocument() });
  return {
    ...framed(o, draw),
    alt: describeBars(lang, { title: o.title, unit: o.unit, rows, format: fmt }),
    table: {
      columns: [{ label: o.labelHeader }, { label: o.valueHeader, numeric: true }, ...extra.map((h) => ({ label: h, numeric: true }))],
      rows: rows.map((r) => [r.label, fmt(r.value), ...extra.map((_, i) => (r.extra?.[i] == null ? '–' : fmt(r.extra[i]!)))]),
    },
    csv: { file: `${o.id}.csv`, header: [o.labelHeader, o.valueHeader, ...extra], rows: rows.map((r) => [r.label, r.value, ...(r.extra ?? extra.map(() => null))]) },
  };
}
