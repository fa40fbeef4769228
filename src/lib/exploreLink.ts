/**
 * Links into the Explore page, pre-filtered. The query-string format belongs to Explore and is
 * documented in `src/queries/exploreState.ts`: keys in a fixed order, lists comma-separated,
 * empty keys left out, `group` and `measure` always written. A test parses every link shape built
 * here with Explore's own parser.
 */
import { localePath, type Lang } from '../i18n/index.ts';

export interface ExploreParams {
  source?: string;
  reporter?: string;
  partner?: string;
  direction?: string;
  basis?: string;
  currency?: string;
  category_scheme?: string;
  category?: string;
  att_category?: string;
  year_from?: number;
  year_to?: number;
  /** Up to three dimensions, comma-separated, e.g. `year,partner`; default `year`. */
  group?: string;
  measure?: 'value' | 'items' | 'licences' | 'reports' | 'facts';
}

/** The documented key order, so the same filters always give the same URL. */
const ORDER: (keyof ExploreParams)[] = ['source', 'reporter', 'partner', 'direction', 'basis', 'currency', 'category_scheme', 'category', 'att_category', 'year_from', 'year_to', 'group', 'measure'];

export function exploreHref(lang: Lang, p: ExploreParams): string {
  const full: ExploreParams = { group: 'year', measure: 'value', ...p };
  const q = new URLSearchParams();
  for (const k of ORDER) {
    const v = full[k];
    if (v !== undefined && v !== '') q.set(k, String(v));
  }
  // Commas are safe in a query string and keep links readable (as Explore writes them).
  return `${localePath(lang, '/explore')}?${q.toString().replaceAll('%2C', ',')}`;
}
