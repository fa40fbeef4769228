/**
 * A chart's files, for a page with a tight byte budget (Home): instead of inlining the phone
 * drawing and the data as a `data:` URL, the page names two static files per chart, written at
 * build time by `src/pages/[lang]/charts/[...file].ts` from the same specs:
 * - `/{lang}/charts/{page}/{chartId}.phone.svg`: the phone drawing, which ChartFrame's script
 *   fetches only where the viewport is phone-sized (a desktop reader never pays for it);
 * - `/{lang}/charts/{page}/{chartId}.csv`: the Share panel's CSV download (a plain link, so it
 *   works without JavaScript too);
 * - `/{lang}/charts/{page}/{chartId}.sql`: the query of the chart's source rows, which the SQL
 *   console reads from the file its link names (`#qf=`, src/links/sqlFragment.ts).
 */
import { localePath, type Lang } from '../i18n/index.ts';
import { sqlFileFragment } from './sqlFragment.ts';

/** `page` is the page's path without language, e.g. `home`. */
export function phoneChartHref(lang: Lang, page: string, chartId: string): string {
  return localePath(lang, `/charts/${page}/${chartId}.phone.svg`);
}

export function chartCsvHref(lang: Lang, page: string, chartId: string): string {
  return localePath(lang, `/charts/${page}/${chartId}.csv`);
}

/** The SQL console with the chart's source-rows query, read from its file. */
export function chartSourceRowsHref(lang: Lang, page: string, chartId: string): string {
  return `${localePath(lang, '/sql')}${sqlFileFragment(localePath(lang, `/charts/${page}/${chartId}.sql`))}`;
}
