/**
 * Links into the Explore page, pre-filtered. The query-string format belongs to Explore and is
 * written once, in `src/queries/exploreState.ts`: a link here is read with Explore's own parser and
 * written back with its own serializer, so the two can never disagree (keys in a fixed order, lists
 * comma-separated, empty keys left out, `group` and `measure` always written).
 */
import { localePath, type Lang } from '../i18n/index.ts';
import { parseExploreQuery, serializeExploreState } from '../queries/exploreState.ts';

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
  /** `map` shows the result as a world map (grouped by reporter or partner). */
  view?: 'chart' | 'map';
}

/** A link Explore would not accept is a bug in the page building it: fail the build, naming the parameter. */
export function exploreHref(lang: Lang, p: ExploreParams): string {
  const given = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== '') given.set(k, String(v));
  const { state, problems } = parseExploreQuery(given);
  if (problems.length) throw new Error(`Explore link with parameters it would ignore: ${problems.map((x) => `${x.key}=${x.value}`).join(', ')}`);
  return `${localePath(lang, '/explore')}?${serializeExploreState(state)}`;
}
