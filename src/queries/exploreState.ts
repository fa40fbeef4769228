/**
 * The Explore page's state and its URL. Every choice on the page lives in the query string, so a
 * copied URL (a permalink) restores exactly the same query, chart and sort.
 *
 * Format (keys in this order; lists are comma-separated; empty keys are left out):
 *
 *   source=eu-coarm-okfn,uk-siel-caat   sources (ids from the manifest)
 *   reporter=AUT,DEU                    reporting States, ISO alpha-3
 *   partner=NGA                         partner States, ISO alpha-3
 *   direction=export                    export | import
 *   basis=authorized,actual             authorized | actual | refused
 *   currency=EUR                        ISO 4217
 *   category_scheme=ML                  ATT | ML | UK | CH_KM (scheme of `category`)
 *   category=ML4,ML6                    categories in their own scheme
 *   att_category=VII                    ATT Art. 2(1) categories through the crosswalk (I–VIII)
 *   year_from=2008&year_to=2013         inclusive year range
 *   group=year,partner                  up to three dimensions (empty: one total); default year
 *   measure=value                       value | items | licences | reports | facts; default value
 *   chart=line                          line | bar | stacked | multiples; default line (left out)
 *   view=map                            chart | map: the result as a chart or a world map; default chart (left out)
 *   sort=-value                         result column, `-` for descending (left out when unsorted)
 *
 * `group` and `measure` are always written, so a link says what it shows. A bad value falls back
 * to that key's default and is reported (`problems`) so the page can say what it ignored.
 * `src/links/explore.ts` (the other pages' links into Explore) goes through these two functions.
 */
import { z } from '../schema/zod.ts';
import type { ParamProblem } from './filterParams.ts';
// From the schema's own modules, not its index: Explore's first-answer worker loads this file, and
// the index brings every table's definition with it (src/workers/firstAnswer.worker.ts).
import { ATT_CATEGORIES, BASES, CATEGORY_SCHEMES, DIRECTIONS, type AttCategory, type Basis, type CategoryScheme, type Direction } from '../schema/codes.ts';

export const DIMENSIONS = ['year', 'reporter', 'partner', 'reporter_region', 'partner_region', 'category', 'att_category', 'source', 'instrument', 'basis', 'direction'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const MEASURES = ['value', 'items', 'licences', 'reports', 'facts'] as const;
export type Measure = (typeof MEASURES)[number];

export const CHART_KINDS = ['line', 'bar', 'stacked', 'multiples'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** How the result is drawn: as a chart, or as a world map (when grouped by reporter or partner). */
export const VIEWS = ['chart', 'map'] as const;
export type View = (typeof VIEWS)[number];

export const MAX_GROUPS = 3;

export interface SortState {
  column: string;
  desc: boolean;
}

export interface ExploreState {
  source: string[];
  reporter: string[];
  partner: string[];
  direction: Direction | null;
  basis: Basis[];
  currency: string | null;
  categoryScheme: CategoryScheme | null;
  category: string[];
  attCategory: AttCategory[];
  yearFrom: number | null;
  yearTo: number | null;
  group: Dimension[];
  measure: Measure;
  chart: ChartKind;
  view: View;
  sort: SortState | null;
}

export function defaultState(): ExploreState {
  return {
    source: [],
    reporter: [],
    partner: [],
    direction: null,
    basis: [],
    currency: null,
    categoryScheme: null,
    category: [],
    attCategory: [],
    yearFrom: null,
    yearTo: null,
    group: ['year'],
    measure: 'value',
    chart: 'line',
    view: 'chart',
    sort: null,
  };
}

const iso3 = z.string().regex(/^[A-Z]{3}$/);
const sourceId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/);
const categoryCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._()/-]{0,31}$/);
const year = z.coerce.number().int().min(1900).max(2100);
const MAX_LIST = 300;

/** A comma-separated list of at most MAX_LIST unique values, each matching `item`. */
function list<T extends string>(item: z.ZodType<T>) {
  return z.string().transform((text, ctx) => {
    const parts = text === '' ? [] : text.split(',');
    const out: T[] = [];
    for (const p of parts) {
      const r = item.safeParse(p);
      if (!r.success) {
        ctx.addIssue({ code: 'custom', message: `bad value '${p}'` });
        return z.NEVER;
      }
      out.push(r.data);
    }
    if (parts.length > MAX_LIST || new Set(parts).size !== parts.length) {
      ctx.addIssue({ code: 'custom', message: 'too many or repeated values' });
      return z.NEVER;
    }
    return out;
  });
}

const PARAMS = {
  source: list(sourceId),
  reporter: list(iso3),
  partner: list(iso3),
  direction: z.enum(DIRECTIONS),
  basis: list(z.enum(BASES)),
  currency: z.string().regex(/^[A-Z]{3}$/),
  category_scheme: z.enum(CATEGORY_SCHEMES),
  category: list(categoryCode),
  att_category: list(z.enum(ATT_CATEGORIES)),
  year_from: year,
  year_to: year,
  group: list(z.enum(DIMENSIONS)).refine((g) => g.length <= MAX_GROUPS, `at most ${MAX_GROUPS} dimensions`),
  measure: z.enum(MEASURES),
  chart: z.enum(CHART_KINDS),
  view: z.enum(VIEWS),
  sort: z.string().regex(/^-?[a-z][a-z0-9_]{0,63}$/),
} as const;

export type ParamKey = keyof typeof PARAMS;
export const PARAM_KEYS = Object.keys(PARAMS) as ParamKey[];

export type { ParamProblem } from './filterParams.ts';

/** Reads the state from a query string; each bad or unknown parameter is ignored and reported. */
export function parseExploreQuery(search: string | URLSearchParams): { state: ExploreState; problems: ParamProblem[] } {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const s = defaultState();
  const problems: ParamProblem[] = [];
  const seen = new Set<string>();
  for (const [key, value] of q) {
    if (!(key in PARAMS) || seen.has(key)) {
      problems.push({ key, value });
      continue;
    }
    seen.add(key);
    const k = key as ParamKey;
    const r = PARAMS[k].safeParse(value);
    if (!r.success) {
      problems.push({ key, value });
      continue;
    }
    apply(s, k, r.data);
  }
  if (s.yearFrom !== null && s.yearTo !== null && s.yearFrom > s.yearTo) {
    problems.push({ key: 'year_from', value: String(s.yearFrom) }, { key: 'year_to', value: String(s.yearTo) });
    s.yearFrom = null;
    s.yearTo = null;
  }
  if (s.sort && !resultColumns(s).includes(s.sort.column)) {
    problems.push({ key: 'sort', value: `${s.sort.desc ? '-' : ''}${s.sort.column}` });
    s.sort = null;
  }
  return { state: s, problems };
}

function apply(s: ExploreState, k: ParamKey, v: unknown): void {
  switch (k) {
    case 'source':
    case 'reporter':
    case 'partner':
    case 'category':
      s[k] = v as string[];
      break;
    case 'basis':
      s.basis = v as Basis[];
      break;
    case 'att_category':
      s.attCategory = v as AttCategory[];
      break;
    case 'direction':
      s.direction = v as Direction;
      break;
    case 'currency':
      s.currency = v as string;
      break;
    case 'category_scheme':
      s.categoryScheme = v as CategoryScheme;
      break;
    case 'year_from':
      s.yearFrom = v as number;
      break;
    case 'year_to':
      s.yearTo = v as number;
      break;
    case 'group':
      s.group = v as Dimension[];
      break;
    case 'measure':
      s.measure = v as Measure;
      break;
    case 'chart':
      s.chart = v as ChartKind;
      break;
    case 'view':
      s.view = v as View;
      break;
    case 'sort': {
      const t = v as string;
      s.sort = { column: t.replace(/^-/, ''), desc: t.startsWith('-') };
      break;
    }
  }
}

/** Writes the state as a query string (without `?`), keys in the documented order. */
export function serializeExploreState(s: ExploreState): string {
  const d = defaultState();
  const q = new URLSearchParams();
  const put = (k: ParamKey, v: string | number | null | readonly string[], always = false) => {
    const text = v === null ? '' : Array.isArray(v) ? v.join(',') : String(v);
    if (text !== '' || always) q.set(k, text);
  };
  put('source', s.source);
  put('reporter', s.reporter);
  put('partner', s.partner);
  put('direction', s.direction);
  put('basis', s.basis);
  put('currency', s.currency);
  put('category_scheme', s.categoryScheme);
  put('category', s.category);
  put('att_category', s.attCategory);
  put('year_from', s.yearFrom);
  put('year_to', s.yearTo);
  put('group', s.group, true);
  put('measure', s.measure, true);
  if (s.chart !== d.chart) put('chart', s.chart);
  if (s.view !== d.view) put('view', s.view);
  if (s.sort) put('sort', `${s.sort.desc ? '-' : ''}${s.sort.column}`);
  // Commas are safe in a query string and keep permalinks readable.
  return q.toString().replaceAll('%2C', ',');
}

/** Result column names of each dimension (schema column names where there is one). */
export const DIMENSION_COLUMNS: Record<Dimension, readonly string[]> = {
  year: ['year'],
  reporter: ['reporter_iso3'],
  partner: ['partner_iso3'],
  reporter_region: ['reporter_region'],
  partner_region: ['partner_region'],
  category: ['category_scheme', 'category_code'],
  att_category: ['att_category'],
  source: ['source_id'],
  instrument: ['instrument'],
  basis: ['basis'],
  direction: ['direction'],
};

/**
 * Whether the result keeps bases apart without the reader asking: sums of values, items or licences
 * over several bases would add licences granted to deliveries (or to refusals), which measure
 * different things, so unless basis is a group or filtered to one, it is grouped by as well.
 */
export function splitsBasis(s: Pick<ExploreState, 'group' | 'measure' | 'basis'>): boolean {
  return (s.measure === 'value' || s.measure === 'items' || s.measure === 'licences') && !s.group.includes('basis') && s.basis.length !== 1;
}

/**
 * Whether the result keeps directions apart without the reader asking: an export reported by one State
 * and the same transfer reported as an import by its partner (UN Register mirror pairs) are one
 * transfer told twice, so a sum of values, items or licences over both directions would count it twice.
 * Unless direction is a group or filtered to one, it is grouped by as well.
 */
export function splitsDirection(s: Pick<ExploreState, 'group' | 'measure' | 'direction'>): boolean {
  return (s.measure === 'value' || s.measure === 'items' || s.measure === 'licences') && !s.group.includes('direction') && s.direction === null;
}

/** The columns of the result, in order: the groups, the direction and basis (see splitsDirection, splitsBasis), the currency (value only), the measure. */
export function resultColumns(s: Pick<ExploreState, 'group' | 'measure' | 'basis' | 'direction'>): string[] {
  const cols = s.group.flatMap((g) => DIMENSION_COLUMNS[g]);
  if (splitsDirection(s)) cols.push('direction');
  if (splitsBasis(s)) cols.push('basis');
  if (s.measure === 'value') cols.push('currency');
  cols.push(s.measure);
  return cols;
}
