/**
 * What the Explore filters offer: sources with their years, States (with whether they appear as
 * reporter or partner), categories present in the data with their labels, and currencies. The
 * page runs these at build time, so the filters work before DuckDB has started in the browser.
 */
import { categories, states, transfers } from '../schema/index.ts';
import { coverageQuery, type CoverageCell } from './exploreCoverage.ts';
import type { Query, Runner } from '../db/query.ts';

type Lang = 'en' | 'fr' | 'es';

const T = `"${transfers.name}"`;
const S = `"${states.name}"`;
const C = `"${categories.name}"`;

const NAME_COLUMN: Record<Lang, keyof typeof states.columns> = { en: 'name_en', fr: 'name_fr', es: 'name_es' };
const LABEL_COLUMN: Record<Lang, keyof typeof categories.columns> = { en: 'label_en', fr: 'label_fr', es: 'label_es' };

export interface SourceOption {
  source_id: string;
  year_min: number;
  year_max: number;
  facts: number;
  /** Currencies of the source's values, comma-separated in alphabetical order (null when it has none). */
  currencies: string | null;
}

export function sourceOptionsQuery(): Query {
  return {
    sql: `SELECT source_id, CAST(MIN(year) AS INTEGER) AS year_min, CAST(MAX(year) AS INTEGER) AS year_max, CAST(COUNT(*) AS INTEGER) AS facts,
  string_agg(DISTINCT currency, ',' ORDER BY currency) AS currencies
FROM ${T}
GROUP BY source_id
ORDER BY source_id`,
    params: [],
    tables: ['transfers'],
  };
}

export interface StateOption {
  iso3: string;
  name: string;
  region: string | null;
  is_reporter: boolean;
  is_partner: boolean;
}

/** Every State with its name in `lang`, in alphabetical order of that name (accents ignored, so Åland sits with A); the flags say which filters list it. */
export function stateOptionsQuery(lang: Lang): Query {
  return {
    sql: `SELECT s.iso3, s."${NAME_COLUMN[lang]}" AS name, s.region,
  s.iso3 IN (SELECT reporter_iso3 FROM ${T} WHERE reporter_iso3 IS NOT NULL) AS is_reporter,
  s.iso3 IN (SELECT partner_iso3 FROM ${T} WHERE partner_iso3 IS NOT NULL) AS is_partner
FROM ${S} AS s
ORDER BY strip_accents(lower(name)), s.iso3`,
    params: [],
    tables: ['states', 'transfers'],
  };
}

export interface CategoryOption {
  scheme: string;
  code: string;
  /** Null when the category is in the data but not in the categories table. */
  label: string | null;
  att_category: string | null;
  facts: number;
  /** Sources whose facts use the category, comma-separated in alphabetical order. */
  sources: string;
}

/** Categories that occur in transfers, in scheme order, labelled in `lang`. */
export function categoryOptionsQuery(lang: Lang): Query {
  return {
    sql: `SELECT t.category_scheme AS scheme, t.category_code AS code, c."${LABEL_COLUMN[lang]}" AS label, c.att_category, CAST(COUNT(*) AS INTEGER) AS facts,
  string_agg(DISTINCT t.source_id, ',' ORDER BY t.source_id) AS sources
FROM ${T} AS t
LEFT JOIN ${C} AS c ON c.scheme = t.category_scheme AND c.code = t.category_code
GROUP BY t.category_scheme, t.category_code, c."${LABEL_COLUMN[lang]}", c.att_category, c.sort_order
ORDER BY t.category_scheme, c.sort_order NULLS LAST, t.category_code`,
    params: [],
    tables: ['transfers', 'categories'],
  };
}

export interface CurrencyOption {
  currency: string;
  facts: number;
}

export function currencyOptionsQuery(): Query {
  return {
    sql: `SELECT currency, CAST(COUNT(*) AS INTEGER) AS facts
FROM ${T}
WHERE currency IS NOT NULL AND value IS NOT NULL
GROUP BY currency
ORDER BY facts DESC, currency`,
    params: [],
    tables: ['transfers'],
  };
}

/** Everything the Explore filters and labels need, as the page passes it to the island. */
export interface ExploreOptions {
  /** `currencies`: so a chart of one currency names only the sources that published figures in it. */
  /**
   * `categories` (only where the page asked for it, see loadExploreOptions): positions in
   * `categories` of those the source's facts use, so a form lists a source's own categories.
   */
  sources: { id: string; title: string; yearMin: number; yearMax: number; currencies: string[]; categories?: number[] }[];
  states: { iso3: string; name: string; region: string | null; reporter: boolean; partner: boolean }[];
  categories: { scheme: string; code: string; label: string | null; att: string | null }[];
  currencies: string[];
  yearMin: number | null;
  yearMax: number | null;
  /** Facts per source, basis and direction, and how many carry each figure (see exploreCoverage.ts). */
  coverage: CoverageCell[];
}

/**
 * Runs the option queries with the given runner (Node at build time, tests on fixtures).
 * `sourceCategories`: say which categories each source uses (the flows and register forms need
 * it; left out elsewhere, as every byte of the options is in the page).
 */
export async function loadExploreOptions(run: Runner, lang: Lang, sourceTitle: (id: string) => string, { sourceCategories = false } = {}): Promise<ExploreOptions> {
  // One after another: a DuckDB connection runs one statement at a time.
  const sources = await run<SourceOption>(sourceOptionsQuery());
  const stateRows = await run<StateOption>(stateOptionsQuery(lang));
  const cats = await run<CategoryOption>(categoryOptionsQuery(lang));
  const currencies = await run<CurrencyOption>(currencyOptionsQuery());
  const coverage = await run<CoverageCell>(coverageQuery());
  const years = sources.flatMap((s) => [s.year_min, s.year_max]);
  return {
    sources: sources.map((s) => ({
      id: s.source_id,
      title: sourceTitle(s.source_id),
      yearMin: s.year_min,
      yearMax: s.year_max,
      currencies: s.currencies ? s.currencies.split(',') : [],
      ...(sourceCategories ? { categories: cats.flatMap((c, i) => (c.sources.split(',').includes(s.source_id) ? [i] : [])) } : {}),
    })),
    states: stateRows.filter((s) => s.is_reporter || s.is_partner).map((s) => ({ iso3: s.iso3, name: s.name, region: s.region, reporter: s.is_reporter, partner: s.is_partner })),
    categories: cats.map((c) => ({ scheme: c.scheme, code: c.code, label: c.label, att: c.att_category })),
    currencies: currencies.map((c) => c.currency),
    yearMin: years.length ? Math.min(...years) : null,
    yearMax: years.length ? Math.max(...years) : null,
    coverage: coverage.map((c) => ({ ...c })),
  };
}

export function emptyExploreOptions(): ExploreOptions {
  return { sources: [], states: [], categories: [], currencies: [], yearMin: null, yearMax: null, coverage: [] };
}
