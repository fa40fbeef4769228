/**
 * How an Explore result reads: column headings, cell text (codes turned into names in the page
 * language, numbers formatted per locale), units, and the chart's x, series and panels. Plain
 * functions, so the island stays a thin layer of state and markup.
 */
import { markedLabel } from '../ui/sourceWording.ts';
import type { ChartInput, ChartPanel } from '../charts/exploreChartData.ts';
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import { explore } from '../i18n/strings/explore.ts';
import { attCategoryLabel, basisLabel, currencyUnit, directionLabel, instrumentLabel, regionLabel } from '../ui/labels.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { DIMENSION_COLUMNS, splitsBasis, splitsDirection, type Dimension, type ExploreState, type Measure } from '../queries/exploreState.ts';
import type { Cell, Row } from '../db/results.ts';

const DIM_OF_COLUMN: Record<string, Dimension> = Object.fromEntries((Object.entries(DIMENSION_COLUMNS) as [Dimension, readonly string[]][]).flatMap(([d, cols]) => cols.map((c) => [c, d])));

const MEASURES = new Set<string>(['value', 'items', 'licences', 'reports', 'facts']);

export interface Labeller {
  column(name: string): string;
  cell(column: string, v: Cell, row?: Row): string;
  isNumeric(column: string): boolean;
  dimension(d: Dimension): string;
  measure(m: Measure): string;
  unit(m: Measure, currency: string | null): string;
  /** Titles of the selected sources (all when none is selected), only those with figures in `currency` when given. */
  sourceTitles(ids: readonly string[], currency?: string | null): string;
}

export function labeller(lang: Lang, o: ExploreOptions): Labeller {
  const states = new Map(o.states.map((s) => [s.iso3, s.name]));
  const cats = new Map(o.categories.map((c) => [`${c.scheme}:${c.code}`, c.label]));
  const sources = new Map(o.sources.map((s) => [s.id, s.title]));
  const currenciesOf = new Map(o.sources.map((s) => [s.id, s.currencies]));
  const e = (k: keyof typeof explore, vars?: Record<string, string | number>) => t(lang, explore, k, vars);
  const notStated = t(lang, common, 'notStated');
  const l: Labeller = {
    column(name) {
      if (name === 'category_code') return e('dim_category');
      if (name === 'category_scheme') return e('col_category_scheme');
      const d = DIM_OF_COLUMN[name];
      if (d) return e(`dim_${d}`);
      if (name === 'currency' || MEASURES.has(name)) return e(`col_${name}` as keyof typeof explore);
      return name;
    },
    cell(column, v, row) {
      if (typeof v === 'number') return column === 'year' ? String(v) : formatNumber(lang, v);
      if (v === null) return MEASURES.has(column) ? '–' : notStated;
      const s = String(v);
      switch (column) {
        case 'reporter_iso3':
        case 'partner_iso3':
          return states.get(s) ?? s;
        case 'reporter_region':
        case 'partner_region':
          return regionLabel(lang, s);
        case 'category_code': {
          const label = row ? cats.get(`${row.category_scheme}:${s}`) : undefined;
          return label ? markedLabel(lang, String(row?.category_scheme ?? ''), `${s} — ${label}`) : s;
        }
        case 'att_category':
          return attCategoryLabel(lang, s);
        case 'source_id':
          return sources.get(s) ?? s;
        case 'instrument':
          return instrumentLabel(lang, s);
        case 'basis':
          return basisLabel(lang, s);
        case 'direction':
          return directionLabel(lang, s);
        default:
          return s;
      }
    },
    isNumeric: (column) => MEASURES.has(column),
    dimension: (d) => e(`dim_${d}`),
    measure: (m) => e(`measure_${m}`),
    unit(m, currency) {
      if (m === 'value') return currency ? currencyUnit(lang, currency) : '';
      if (m === 'items') return t(lang, common, 'unitItems');
      if (m === 'licences') return t(lang, common, 'unitLicences');
      if (m === 'reports') return t(lang, common, 'unitReports');
      return t(lang, common, 'unitCount');
    },
    sourceTitles: (ids, currency) => {
      const chosen = ids.length ? ids : [...sources.keys()];
      const inCurrency = currency ? chosen.filter((id) => currenciesOf.get(id)?.includes(currency)) : chosen;
      return (inCurrency.length ? inCurrency : chosen).map((id) => sources.get(id) ?? id).join('; ');
    },
  };
  return l;
}

/** Text of a dimension's value in a row (both columns for the category dimension). */
function dimensionText(l: Labeller, d: Dimension, r: Row): string {
  const cols = DIMENSION_COLUMNS[d];
  if (d === 'category') return `${r.category_scheme ?? ''} ${l.cell('category_code', r.category_code ?? null, r)}`.trim();
  return cols.map((c) => l.cell(c, r[c] ?? null, r)).join(' ');
}

/** What the chart draws: years (or the first group) on x, the other groups as series, one panel per currency and (where kept apart) basis. */
export function exploreChartInput(s: ExploreState, rows: readonly Row[], l: Labeller): ChartInput & { xDimension: Dimension | null; seriesDimensions: Dimension[] } {
  const xDim = s.group.includes('year') ? 'year' : (s.group[0] ?? null);
  const rest = s.group.filter((g) => g !== xDim);
  return {
    rows,
    xDimension: xDim,
    seriesDimensions: rest,
    x: (r) => (xDim === 'year' ? Number(r.year) : xDim ? dimensionText(l, xDim, r) : l.measure(s.measure)),
    series: rest.length ? (r) => rest.map((d) => dimensionText(l, d, r)).join(' · ') : null,
    y: s.measure,
    // Directions and bases kept apart get their own panels rather than series, so a stacked chart never piles them up.
    panel: panelOf(s, l),
    currency: s.measure === 'value' ? (r) => String(r.currency ?? '') : undefined,
    xIsYear: xDim === 'year',
  };
}

function panelOf(s: ExploreState, l: Labeller): ((r: Row) => string) | null {
  // Each part that the result keeps apart (currency, direction, basis) names the panel.
  const parts: ((r: Row) => string)[] = [];
  if (s.measure === 'value') parts.push((r) => String(r.currency ?? ''));
  if (splitsDirection(s)) parts.push((r) => l.cell('direction', r.direction ?? null, r));
  if (splitsBasis(s)) parts.push((r) => l.cell('basis', r.basis ?? null, r));
  return parts.length ? (r) => parts.map((p) => p(r)).join(' · ') : null;
}

/** Sorts rows by a result column: numbers numerically, text in the language's collation order, empty last. */
export function sortRows(rows: readonly Row[], column: string, desc: boolean, lang: Lang, text: (c: string, v: Cell, r: Row) => string): Row[] {
  const coll = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const dir = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[column] ?? null;
    const y = b[column] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
    return coll.compare(text(column, x, a), text(column, y, b)) * dir;
  });
}

/** The chart's text alternative: what it shows, its span, and its highest point. */
export function chartAlt(lang: Lang, p: { kind: string; measure: string; unit: string; x: string; series: string | null; panel: ChartPanel }): string {
  const pts = p.panel.points;
  if (!pts.length) return t(lang, explore, 'chartNothing');
  const max = pts.reduce((m, q) => (q.value > m.value ? q : m), pts[0]!);
  const xText = (x: string | number) => String(x);
  return t(lang, explore, 'altSummary', {
    kind: p.kind,
    measure: p.measure,
    unit: p.unit,
    x: p.x,
    series: p.series ? t(lang, explore, 'altSeries', { series: p.series }) : '',
    count: pts.length,
    first: xText(pts[0]!.x),
    last: xText(pts[pts.length - 1]!.x),
    max: formatNumber(lang, max.value),
    maxAt: [xText(max.x), max.series].filter(Boolean).join(', '),
  });
}
