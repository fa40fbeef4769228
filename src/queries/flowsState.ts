/**
 * The flows view's state and its URL. Every choice lives in the query string, so a copied URL
 * restores the same flows, chart and selected flow.
 *
 * Format (keys in this order; empty keys left out; a bad value falls back to the default and is
 * reported in `problems`, as Explore does):
 *
 *   source=eu-coarm-okfn        one source (flows of two sources would count one transfer twice)
 *   reported_by=export          export: the exporters' reports | import: the importers' reports
 *   basis=authorized            authorized | actual | refused
 *   measure=value               value | items | licences | facts
 *   currency=EUR                ISO 4217; only with measure=value (sums never mix currencies)
 *   year_from=2010&year_to=2013 inclusive year range
 *   category=ML:ML10            one category in its own scheme (scheme:code)
 *   att_category=II             one ATT Art. 2(1) category through the crosswalk
 *   top=10                      exporters and importers drawn by name in the chart (the rest: "others")
 *   flow=DEU>FRA                the selected flow (exporter>importer; `-` for a State not stated)
 */
import { BASES, DIRECTIONS, type AttCategory, type Basis, type Direction } from '../schema/index.ts';
import { factFilterParams, paramTaker, readIso3, readSourceId, takeFactFilters, writeParams, type CategoryChoice, type ParamProblem } from './filterParams.ts';

export type { ParamProblem } from './filterParams.ts';

export const FLOW_MEASURES = ['value', 'items', 'licences', 'facts'] as const;
export type FlowMeasure = (typeof FLOW_MEASURES)[number];

export const TOP_CHOICES = [5, 10, 15, 20] as const;
const DEFAULT_TOP = 10;

/** A State of a flow: ISO alpha-3, or null where the source does not name it. */
export interface FlowKey {
  exporter: string | null;
  importer: string | null;
}

export interface FlowsState {
  source: string;
  reportedBy: Direction;
  basis: Basis;
  measure: FlowMeasure;
  currency: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  category: CategoryChoice | null;
  attCategory: AttCategory | null;
  top: number;
  flow: FlowKey | null;
}

/** The default view: the first source's exports as reported, licences granted, value in its first currency. */
export function defaultFlowsState(source = 'eu-coarm-okfn', currency: string | null = 'EUR'): FlowsState {
  return { source, reportedBy: 'export', basis: 'authorized', measure: currency ? 'value' : 'facts', currency, yearFrom: null, yearTo: null, category: null, attCategory: null, top: DEFAULT_TOP, flow: null };
}

const CURRENCY = /^[A-Z]{3}$/;

function flowKey(v: string): FlowKey | null {
  const [x, m, ...rest] = v.split('>');
  if (x === undefined || m === undefined || rest.length) return null;
  const side = (s: string) => (s === '-' ? null : (readIso3(s) ?? undefined));
  const exporter = side(x);
  const importer = side(m);
  return exporter === undefined || importer === undefined ? null : { exporter, importer };
}

export function flowKeyText(k: FlowKey): string {
  return `${k.exporter ?? '-'}>${k.importer ?? '-'}`;
}

/** Reads a query string (without `?`); `fallback` is the page's default view. */
export function parseFlowsQuery(query: string | URLSearchParams, fallback: FlowsState = defaultFlowsState()): { state: FlowsState; problems: ParamProblem[] } {
  const p = typeof query === 'string' ? new URLSearchParams(query) : query;
  const s: FlowsState = { ...fallback };
  const problems: ParamProblem[] = [];
  const take = paramTaker(p, problems);
  take('source', readSourceId, (v) => (s.source = v));
  take(
    'reported_by',
    (v) => ((DIRECTIONS as readonly string[]).includes(v) ? (v as Direction) : null),
    (v) => (s.reportedBy = v),
  );
  take(
    'basis',
    (v) => ((BASES as readonly string[]).includes(v) ? (v as Basis) : null),
    (v) => (s.basis = v),
  );
  take(
    'measure',
    (v) => ((FLOW_MEASURES as readonly string[]).includes(v) ? (v as FlowMeasure) : null),
    (v) => (s.measure = v),
  );
  // A link without a currency keeps the default one only while it asks for values.
  if (p.has('measure') && s.measure !== 'value') s.currency = null;
  take(
    'currency',
    (v) => (CURRENCY.test(v) ? v : null),
    (v) => (s.currency = v),
  );
  takeFactFilters(take, s);
  take(
    'top',
    (v) => (TOP_CHOICES as readonly number[]).find((n) => String(n) === v),
    (v) => (s.top = v),
  );
  take('flow', flowKey, (v) => (s.flow = v));
  if (s.measure !== 'value') s.currency = null;
  else if (!s.currency) {
    problems.push({ key: 'currency', value: '' });
    s.measure = 'facts';
  }
  return { state: s, problems };
}

/** The query string of a state: keys in a fixed order, defaults of the top and empty keys left out. */
export function serializeFlowsState(s: FlowsState): string {
  return writeParams([
    ['source', s.source],
    ['reported_by', s.reportedBy],
    ['basis', s.basis],
    ['measure', s.measure],
    ['currency', s.measure === 'value' && s.currency ? s.currency : null],
    ...factFilterParams(s),
    ['top', s.top !== DEFAULT_TOP ? String(s.top) : null],
    ['flow', s.flow ? flowKeyText(s.flow) : null],
  ]);
}
