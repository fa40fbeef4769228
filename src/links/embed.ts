/**
 * Embeddable charts: every named chart on Home, Trends and the country profiles has a chrome-less
 * page at `/{lang}/embed/{page}/{chartId}` (static SVG, no DuckDB), and any Explore state has one at
 * `/{lang}/embed/explore?{state}` (DuckDB-WASM in the page). This module names those URLs and the
 * `<iframe>` snippet offered by the Share panels; `src/pages/[lang]/embed/[...chart].astro` builds
 * the pages from the same chart specs the pages use (homeCharts, trendCharts, flowChart).
 *
 * To make a new page's charts embeddable, build its specs in a `src/site-data/*Charts.ts` module, pass
 * `embedHref: embedHref(lang, page, id)` and list them in `embedViews()` of the embed route.
 */
import { localePath, type Lang } from '../i18n/index.ts';

/** Widths the embed pages draw at: a phone drawing and a wide one, the SVG scales in between. */
export const EMBED_WIDTH = 760;
export const EMBED_WIDTH_NARROW = 360;
/** Default height of the iframe in the snippet (the embed page fits its chart to any height). */
export const EMBED_HEIGHT = 520;

/** `page` is the page's path without language, e.g. `home`, `trends`, `countries/AUT`. */
export function embedHref(lang: Lang, page: string, chartId: string): string {
  return localePath(lang, `/embed/${page}/${chartId}`);
}

export function exploreEmbedHref(lang: Lang, query: string): string {
  return `${localePath(lang, '/embed/explore')}${query ? `?${query}` : ''}`;
}

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The HTML a journalist pastes into an article: a responsive iframe with a title for screen readers. */
export function iframeSnippet(absoluteUrl: string, title: string, height = EMBED_HEIGHT): string {
  return `<iframe src="${escapeAttr(absoluteUrl)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0;max-width:1200px" loading="lazy"></iframe>`;
}
